package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.Rule;
import org.junit.jupiter.api.Test;

/** Invariants of reports over documents derived from Gemeente A. */
class ReportPropertiesTest {

  private static final WoonzorgValidator VASTGESTELD = WoonzorgValidator.builder().build();
  private static final WoonzorgValidator CONCEPT =
      WoonzorgValidator.builder().profile(Profile.CONCEPT).build();

  @Test
  void aReportIsAFunctionOfTheDocument() {
    qt().withExamples(200).forAll(integers().between(0, 1023)).checkAssert(n -> {
      HousingCareVision document = Documents.document(n);
      Report first = VASTGESTELD.validate(document);
      assertEquals(first, VASTGESTELD.validate(document));
      assertEquals(first, WoonzorgValidator.builder().build().validate(Documents.document(n)));
    });
  }

  @Test
  void theOrderOfTheSettingsDoesNotMatter() {
    List<String> disabled = List.of("WZ-TOPIC-01", "WZ-SIGN-02", "WZ-REF-01", "WZ-SMART-M-01");
    List<String> raised = List.of("WZ-SMART-R-04", "WZ-PHASE-07", "WZ-AREA-01");
    WoonzorgValidator reference = build(disabled, raised, new RuleFailureTest.BaselineRequiredRule(),
        new ValidatorBuilderTest.GoalServesAmbition());
    qt().withExamples(100).forAll(integers().between(0, 1023), longs().all())
        .checkAssert((n, seed) -> {
          Random random = new Random(seed);
          List<String> off = shuffled(disabled, random);
          List<String> up = shuffled(raised, random);
          WoonzorgValidator validator = random.nextBoolean()
              ? build(off, up, new RuleFailureTest.BaselineRequiredRule(),
                  new ValidatorBuilderTest.GoalServesAmbition())
              : build(off, up, new ValidatorBuilderTest.GoalServesAmbition(),
                  new RuleFailureTest.BaselineRequiredRule());
          HousingCareVision document = Documents.document(n);
          assertEquals(reference.validate(document), validator.validate(document));
        });
  }

  @Test
  void theConceptProfileIsNeverStricter() {
    qt().withExamples(200).forAll(integers().between(0, 1023)).checkAssert(n -> {
      HousingCareVision document = Documents.document(n);
      List<Finding> strict = VASTGESTELD.validate(document).getFindings();
      List<Finding> lenient = CONCEPT.validate(document).getFindings();
      assertEquals(strict.size(), lenient.size());
      for (int i = 0; i < strict.size(); i++) {
        assertEquals(strict.get(i).getRuleId(), lenient.get(i).getRuleId());
        assertEquals(strict.get(i).getLocation(), lenient.get(i).getLocation());
        Severity concept = lenient.get(i).getSeverity();
        assertTrue(strict.get(i).getSeverity().isAtLeast(concept), strict.get(i).toString());
      }
    });
  }

  @Test
  void everyPointerLeadsIntoTheDocument() {
    qt().withExamples(300).forAll(integers().between(0, 1023)).checkAssert(n -> {
      HousingCareVision document = Documents.document(n);
      for (Finding finding : VASTGESTELD.validate(document).getFindings()) {
        assertTrue(PointerResolver.resolves(document, finding.getLocation()),
            "document " + n + ": " + finding);
      }
    });
  }

  @Test
  void findingsComeInDocumentOrder() {
    qt().withExamples(100).forAll(integers().between(0, 1023)).checkAssert(n -> {
      List<Finding> findings = VASTGESTELD.validate(Documents.document(n)).getFindings();
      List<Finding> sorted = new ArrayList<>(findings);
      sorted.sort(Collector.ORDER);
      assertEquals(sorted, findings);
    });
  }

  private static WoonzorgValidator build(List<String> disabled, List<String> raised,
      Rule first, Rule second) {
    WoonzorgValidator.Builder builder = WoonzorgValidator.builder();
    disabled.forEach(builder::disable);
    raised.forEach(id -> builder.severity(id, Severity.ERROR));
    return builder.addRule(first).addRule(second).build();
  }

  private static List<String> shuffled(List<String> ids, Random random) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, random);
    return copy;
  }
}
