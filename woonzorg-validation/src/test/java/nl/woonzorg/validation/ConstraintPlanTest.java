package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.Measure;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled plan per kind of constraint the model declares: data that breaks it is not passed,
 * and the report then holds exactly what Hibernate Validator finds; data just right for it is
 * passed, and Hibernate Validator agrees. Metadata the plan does not copy is left to Hibernate
 * Validator altogether.
 */
class ConstraintPlanTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  record Case(String what, Object subject, String finding) {
    @Override
    public String toString() {
      return what;
    }
  }

  record NearMiss(String what, Object subject) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Case> violations() {
    return Stream.of(
        new Case("@NotBlank: an em space is whitespace, though trim() would keep it",
            goal(g -> g.title("\u2003")), "/title WZ-BEAN-NOTBLANK"),
        new Case("@NotBlank: a record id of a unit separator, a control that is whitespace",
            Fixtures.dwelling().id("\u001F").build(), "/id WZ-BEAN-NOTBLANK"),
        new Case("@NotBlank on the elements of a list",
            agreement(a -> a.goalIds(List.of(GemeenteA.GOAL_CLUSTERED, "\t"))),
            "/goalIds/1 WZ-BEAN-NOTBLANK"),
        new Case("@NotBlank on the elements of a sorted set, in a @Valid scope",
            goal(g -> g.scope(Scope.builder().addAreaIds(GemeenteA.WIJK_Y, " ").build())),
            "/scope/areaIds/0 WZ-BEAN-NOTBLANK"),
        new Case("@NotBlankWhenPresent: a description of a newline and an ideographic space",
            goal(g -> g.description("\n\u3000")), "/description WZ-BEAN-NOTBLANKWHENPRESENT"),
        new Case("@NotEmpty: an agreement party without a role, in a list of @Valid parties",
            agreement(a -> a.parties(List.of(AgreementParty.of(GemeenteA.GEMEENTE)))),
            "/parties/0/roles WZ-BEAN-NOTEMPTY"),
        new Case("@Pattern on an optional: a postcode in lower case",
            Fixtures.dwelling().postalCode("1011ab").build(), "/postalCode WZ-BEAN-PATTERN"),
        new Case("@Pattern matches the whole code: a gemeentecode with a newline after it",
            Fixtures.dwelling().municipalityCode("GM0363\n").districtCode(Optional.empty())
                .build(), "/municipalityCode WZ-BEAN-PATTERN"),
        new Case("@Positive on an optional integer: a dwelling of zero rooms",
            Fixtures.dwelling().rooms(0).build(), "/rooms WZ-BEAN-POSITIVE"),
        new Case("@Positive on an int, in @Valid optional terms: consulting zero times a year",
            processAgreement(Frequency.of(0, CalendarPeriod.JAAR), 1),
            "/processTerms/frequency/times WZ-BEAN-POSITIVE"),
        new Case("@PositiveOrZero on a BigDecimal: a budget of minus one cent, in a measure",
            agreement(a -> a.measures(List.of(Measure.builder().description("dagbesteding")
                .budget(Budget.of(new BigDecimal("-0.01"))).build()))),
            "/measures/0/budget/amountEuro WZ-BEAN-POSITIVEORZERO"),
        new Case("a whole vision: a blank goal title, in the list of @Valid goals",
            Fixtures.goal(g -> g.title(" ")), "/goals/0/title WZ-BEAN-NOTBLANK"),
        new Case("a whole vision: its @Valid area without a name",
            Fixtures.vision(v -> v.area(
                Area.builder().from(GemeenteA.vision().getArea()).name("").build())),
            "/area/name WZ-BEAN-NOTBLANK"));
  }

  static Stream<NearMiss> nearMisses() {
    return Stream.of(
        new NearMiss("@NotBlank: a no-break space is not whitespace",
            goal(g -> g.title("\u00A0"))),
        new NearMiss("@NotBlank: a NUL is not whitespace, though trim() would drop it",
            goal(g -> g.title("\u0000"))),
        new NearMiss("@NotBlankWhenPresent: no description at all",
            goal(g -> g.description(Optional.empty()))),
        new NearMiss("@NotBlankWhenPresent: a zero-width space is not whitespace",
            goal(g -> g.description("\u200B"))),
        new NearMiss("@NotEmpty: an agreement party with one role",
            agreement(a -> a.parties(
                List.of(AgreementParty.of(GemeenteA.GEMEENTE, PartyRole.BETROKKENE))))),
        new NearMiss("@Pattern: the highest postcode and a gemeentecode of its four digits",
            Fixtures.dwelling().postalCode("9999ZZ").districtCode(Optional.empty())
                .municipalityCode("GM9999").build()),
        new NearMiss("@Positive: a dwelling of one room", Fixtures.dwelling().rooms(1).build()),
        new NearMiss("@Positive: consulting once a year, renewing every year",
            processAgreement(Frequency.of(1, CalendarPeriod.JAAR), 1)),
        new NearMiss("@PositiveOrZero: a budget of minus zero euro, which is zero",
            agreement(a -> a.measures(List.of(Measure.builder().description("dagbesteding")
                .budget(Budget.of(new BigDecimal("-0.00"))).build())))),
        new NearMiss("a whole vision: Gemeente A", GemeenteA.vision()));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void aViolationGoesToHibernateValidatorWhichReportsIt(Case violation) {
    assertFalse(ConstraintPlan.admits(violation.subject()));
    List<String> found = hibernateValidator(violation.subject());
    assertTrue(found.contains(violation.finding()), found.toString());
    assertEquals(found, beanFindings(violation.subject()));
  }

  @ParameterizedTest
  @MethodSource("nearMisses")
  void dataJustRightPassesAndHibernateValidatorAgrees(NearMiss nearMiss) {
    assertTrue(ConstraintPlan.admits(nearMiss.subject()));
    assertEquals(List.of(), hibernateValidator(nearMiss.subject()));
    assertEquals(List.of(), beanFindings(nearMiss.subject()));
  }

  /** A constraint on a field, where a getter of the same name says something else. */
  public static final class Labelled {
    @NotBlank
    private final String label = " ";

    public String getLabel() {
      return "etiket";
    }
  }

  /** A constraint in a group of its own. */
  public static final class Grouped {
    interface Strict {}

    @NotBlank(groups = Strict.class)
    public String getName() {
      return " ";
    }
  }

  /** A map's values, a container the plan does not compile. */
  public static final class Keyed {
    public Map<String, @NotBlank String> getLabels() {
      return Map.of("nl", " ");
    }
  }

  /** {@code @Positive} on a type the model does not use. */
  public static final class Counted {
    @Positive
    public Long getCount() {
      return 0L;
    }
  }

  @Test
  void metadataThePlanDoesNotCopyIsLeftToHibernateValidator() {
    Map<Class<?>, String> why = Map.of(
        BeanConstraintsTest.Contact.class, "@jakarta.validation.constraints.Email",
        Labelled.class, "constraints on the field",
        Grouped.class, "groups [interface " + Grouped.Strict.class.getName() + "]",
        Keyed.class, "container element java.util.Map<1>",
        Counted.class, "type java.lang.Long");
    why.forEach((type, reason) -> {
      String unsupported = ConstraintPlan.of(type).unsupported().orElse("compiled");
      assertTrue(unsupported.contains(reason), type.getSimpleName() + ": " + unsupported);
    });
    assertEquals(List.of("/label WZ-BEAN-NOTBLANK"), hibernateValidator(new Labelled()));
    assertFalse(ConstraintPlan.admits(new Labelled()));
  }

  /** A legacy {@code @Valid} on a list, which Hibernate Validator cascades into element-wise. */
  public static final class Listing {
    @Valid
    public List<Labelled> getEntries() {
      return List.of(new Labelled());
    }
  }

  @Test
  void aCascadeIntoAContainerIsLeftToHibernateValidator() {
    assertEquals(List.of("/entries/0/label WZ-BEAN-NOTBLANK"), hibernateValidator(new Listing()));
    assertFalse(ConstraintPlan.admits(new Listing()));
  }

  /** A getter that fails. */
  public static final class Broken {
    @NotBlank
    public String getName() {
      throw new IllegalStateException("kapot");
    }
  }

  @Test
  void aGetterThatFailsLeavesTheSubjectToHibernateValidator() {
    assertTrue(ConstraintPlan.of(Broken.class).unsupported().isEmpty());
    assertFalse(ConstraintPlan.admits(new Broken()));
  }

  @Test
  void notBlankWhenPresentIsTestedAsItsExpressionWouldMatch() {
    String regexp = NotBlankWhenPresent.class.getAnnotation(Pattern.class).regexp();
    assertEquals(KnownConstraints.NOT_BLANK, regexp);
    java.util.regex.Pattern expression = java.util.regex.Pattern.compile(regexp);
    List<String> texts = new ArrayList<>(ConstraintData.TEXT);
    texts.addAll(ConstraintData.BLANK);
    texts.addAll(List.of("\uDBFF\uDFFF", "\uDC00", "\uD800 ", " \uDFFF"));
    // Every UTF-16 unit alone, and between two kinds of whitespace.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      texts.add(String.valueOf((char) c));
      texts.add(" " + (char) c + "\u2003");
    }
    for (String text : texts) {
      assertEquals(expression.matcher(text).matches(), !text.isBlank(),
          () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  private static Goal goal(UnaryOperator<Goal.Builder> change) {
    return change.apply(Goal.builder().from(GemeenteA.clusteredHousingGoal())).build();
  }

  private static PerformanceAgreement agreement(
      UnaryOperator<PerformanceAgreement.Builder> change) {
    return change.apply(
        PerformanceAgreement.builder().from(GemeenteA.clusteredHousingAgreement())).build();
  }

  private static PerformanceAgreement processAgreement(Frequency frequency, int renewal) {
    return Fixtures.extraAgreementBuilder(AgreementType.PROCESAFSPRAAK)
        .processTerms(ProcessTerms.builder().cycle("jaarlijkse cyclus").frequency(frequency)
            .renewalIntervalYears(renewal).build())
        .build();
  }

  /** Hibernate Validator's own violations, as pointer and rule id, sorted. */
  private static List<String> hibernateValidator(Object subject) {
    return BeanConstraints.validator().validate(subject).stream()
        .map(v -> PropertyPaths.toPointer(v) + " " + BeanConstraints.ruleId(v.getConstraintDescriptor()))
        .sorted().toList();
  }

  /** The constraint findings of the validator's report, as pointer and rule id, sorted. */
  private static List<String> beanFindings(Object subject) {
    Report report;
    if (subject instanceof Dwelling dwelling) {
      report = VALIDATOR.validate(dwelling);
    } else if (subject instanceof Goal goal) {
      report = VALIDATOR.validate(goal);
    } else if (subject instanceof PerformanceAgreement agreement) {
      report = VALIDATOR.validate(agreement);
    } else {
      report = VALIDATOR.validate((HousingCareVision) subject);
    }
    return report.getFindings().stream()
        .filter(f -> f.getRuleId().startsWith(BeanConstraints.PREFIX))
        .map(f -> f.getLocation() + " " + f.getRuleId())
        .sorted().toList();
  }
}
