package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.Measure;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The compiled plan reports exactly the findings Hibernate Validator gives: for every subject, the
 * validator with the plan and the one without it ({@code withoutConstraintPlan()}) make equal
 * reports — the same rule ids, places, values, arguments and texts, and past a small cap the same
 * findings kept and the same summary. The subjects here are every case of {@link RuleCasesTest}
 * and a few with many violations; {@link ConstraintPlanPropertiesTest} compares thousands of
 * generated ones.
 */
class ConstraintPlanFindingsTest {

  private static final List<WoonzorgValidator> PLANNED = List.of(
      WoonzorgValidator.builder().build(),
      WoonzorgValidator.builder().maxFindingsPerRule(2).locale(Locale.ENGLISH).build());
  private static final List<WoonzorgValidator> HIBERNATE_VALIDATOR = List.of(
      WoonzorgValidator.builder().withoutConstraintPlan().build(),
      WoonzorgValidator.builder().withoutConstraintPlan().maxFindingsPerRule(2)
          .locale(Locale.ENGLISH).build());

  @Test
  void everyRuleCase() {
    AtomicInteger beanCases = new AtomicInteger();
    RuleCasesTest.cases().forEach(c -> {
      for (int i = 0; i < PLANNED.size(); i++) {
        assertSameReport(c.report().apply(HIBERNATE_VALIDATOR.get(i)),
            c.report().apply(PLANNED.get(i)), c.toString());
      }
      if (c.id().startsWith(BeanConstraints.PREFIX)) {
        beanCases.incrementAndGet();
      }
    });
    assertEquals(BeanConstraints.DEFINITIONS.size() - 1, beanCases.get(),
        "a case per WZ-BEAN rule but WZ-BEAN-OTHER, which the model cannot break");
  }

  @Test
  void aBeanTwiceInAListIsReportedAtBothPlaces() {
    // Hibernate Validator skips a bean it has validated only on a path that contains it, so a
    // shared immutable value is reported wherever it occurs.
    Measure overspent = Measure.builder().description("domotica").budget(Budget.of(-5000)).build();
    HousingCareVision vision = Fixtures.agreement(0, a -> a.measures(List.of(overspent, overspent)));
    assertEquals(2, assertSameFindings(vision).findings("WZ-BEAN-POSITIVEORZERO").size());
  }

  @Test
  void blankIdsInASortedSetAreReportedAtTheirPositions() {
    Report report = assertSameFindings(Fixtures.goal(g -> g.scope(
        Scope.builder().addAreaIds(" ", "\t", "", "wijk-y", "\u2003").build())));
    assertEquals(4, report.findings("WZ-BEAN-NOTBLANK").size());
  }

  @Test
  void manyBlankIdsPastTheCap() {
    Report report = assertSameFindings(Fixtures.goal(g -> g.ownerPartyIds(
        Collections.nCopies(250, ""))));
    assertEquals(100, report.findings("WZ-BEAN-NOTBLANK").size());
  }

  @Test
  void aDwellingWithEveryCodeWrong() {
    Dwelling dwelling = Fixtures.dwelling().id(" ").municipalityCode("0363")
        .districtCode("wk036301").neighbourhoodCode("BU0363010").postalCode("1011 ab").rooms(0)
        .ownerPartyId("").build();
    assertTrue(assertSameFindings(dwelling).getFindings().size() >= 6);
  }

  /**
   * Asserts that the validators with and without the plan give {@code subject} equal reports,
   * and returns the one with the default cap.
   */
  static Report assertSameFindings(Object subject) {
    for (int i = 0; i < PLANNED.size(); i++) {
      assertSameReport(HIBERNATE_VALIDATOR.get(i).validate(subject),
          PLANNED.get(i).validate(subject), subject.toString());
    }
    return PLANNED.get(0).validate(subject);
  }

  private static void assertSameReport(Report expected, Report actual, String subject) {
    assertEquals(expected.getFindings(), actual.getFindings(), subject);
    assertEquals(expected, actual, subject);
  }
}
