package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.VisionStatus;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.Rule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import org.junit.jupiter.api.Test;

/** Profiles, switching rules off, changing severities, languages, and a municipality's own rule. */
class ValidatorBuilderTest {

  /** Gemeente A's local rule: every goal serves an ambition. */
  static final class GoalServesAmbition implements GoalRule {

    private static final RuleDefinition DEFINITION = RuleDefinition.builder("GEMEENTE-A-02")
        .severity(Severity.INFO, Severity.ERROR)
        .rationale("Gemeente A derives every goal from an ambition of its vision.")
        .source("Gemeente A, local policy")
        .example("A goal without ambitionId.")
        .messages(RuleMessages.fromResources(ValidatorBuilderTest.class, "local-rules"))
        .build();

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void check(Goal goal, RuleContext context) {
      if (goal.getAmbitionId().isEmpty()) {
        context.report(JsonPointer.of("ambitionId"), null, goal.getId());
      }
    }
  }

  private static final HousingCareVision WITHOUT_AMBITION =
      Fixtures.goal(g -> g.ambitionId(Optional.empty()));

  @Test
  void aMunicipalityAddsItsOwnRuleWithoutForking() {
    WoonzorgValidator validator =
        WoonzorgValidator.builder().addRule(new GoalServesAmbition()).build();
    List<Finding> found = validator.validate(WITHOUT_AMBITION).findings("GEMEENTE-A-02");
    assertEquals(1, found.size());
    Finding finding = found.get(0);
    assertEquals("/goals/0/ambitionId", finding.getLocation().toString());
    assertEquals(Severity.ERROR, finding.getSeverity());
    assertEquals("Doel doel-geclusterd-110 is aan geen ambitie gekoppeld.", finding.getMessage());
    assertEquals(Optional.of("een ambitionId"), finding.getExpected());
    assertEquals(Optional.empty(), finding.getHint(), "an empty hint is left out");
    assertEquals(Optional.empty(), finding.getValue(), "a missing value has no value");
    assertTrue(validator.rules().stream().anyMatch(d -> d.id().equals("GEMEENTE-A-02")));
  }

  @Test
  void englishTextsOnRequest() {
    WoonzorgValidator validator = WoonzorgValidator.builder().locale(Locale.ENGLISH)
        .addRule(new GoalServesAmbition()).build();
    Finding finding = validator.validate(WITHOUT_AMBITION).findings("GEMEENTE-A-02").get(0);
    assertEquals("Goal doel-geclusterd-110 is linked to no ambition.", finding.getMessage());
    Finding builtIn = validator.validate(Fixtures.goal(g -> g.target(Optional.empty())))
        .findings("WZ-SMART-M-01").get(0);
    assertEquals("Goal doel-geclusterd-110 has no target.", builtIn.getMessage());
    assertEquals(Optional.of("an amount with a unit, such as 110 dwellings"),
        builtIn.getExpected());
    assertEquals(Optional.of("Give the goal a target with amount and unit."), builtIn.getHint());
  }

  @Test
  void dutchIsTheDefaultAndTheFallback() {
    Report report = WoonzorgValidator.builder().locale(Locale.GERMAN).build()
        .validate(Fixtures.goal(g -> g.target(Optional.empty())));
    assertEquals("Doel doel-geclusterd-110 heeft geen streefwaarde.",
        report.findings("WZ-SMART-M-01").get(0).getMessage());
    assertEquals(Locale.forLanguageTag("nl"), WoonzorgValidator.builder().build().locale());
  }

  @Test
  void rulesCanBeSwitchedOffAndTheirSeverityChanged() {
    HousingCareVision noTarget = Fixtures.goal(g -> g.target(Optional.empty()));
    WoonzorgValidator validator = WoonzorgValidator.builder()
        .disable("WZ-TOPIC-01", "WZ-BEAN-NOTBLANK")
        .severity("WZ-SMART-M-01", Severity.INFO)
        .severity("WZ-SIGN-02", Severity.WARNING)
        .build();
    Report report = validator.validate(noTarget);
    assertEquals(List.of(), report.findings("WZ-TOPIC-01"));
    assertEquals(List.of(Severity.INFO), report.findings("WZ-SMART-M-01").stream()
        .map(Finding::getSeverity).toList());
    assertEquals(Verdict.CONFORM_WITH_WARNINGS, report.verdict());
    assertEquals(Optional.empty(), validator.severity("WZ-TOPIC-01"));
    assertEquals(Optional.of(Severity.WARNING), validator.severity("WZ-SIGN-02"));
    assertEquals(List.of(), validator.validate(Fixtures.goal(g -> g.title(" ")))
        .findings("WZ-BEAN-NOTBLANK"));
  }

  @Test
  void misuseThrowsAtOnce() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().disable("WZ-SMART-Z-01").build());
    assertEquals("unknown rule id(s) [WZ-SMART-Z-01]; WoonzorgValidator.builtInRules() and"
        + " RULES.md list the built-in ones", unknown.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().severity("wz-smart-m-01", Severity.INFO).build());
    assertThrows(IllegalArgumentException.class, () -> WoonzorgValidator.builder()
        .addRule(new GoalServesAmbition()).addRule(new GoalServesAmbition()).build());
    Rule nothing = () -> GoalServesAmbition.DEFINITION;
    IllegalArgumentException runsNever = assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().addRule(nothing).build());
    assertTrue(runsNever.getMessage().contains("would never run"), runsNever.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().build().severity("WZ-NONE"));
    assertThrows(NullPointerException.class,
        () -> WoonzorgValidator.builder().build().validate((HousingCareVision) null));
    assertThrows(IllegalArgumentException.class,
        () -> RuleMessages.fromResources(ValidatorBuilderTest.class, "no-such-messages"));
    assertThrows(IllegalArgumentException.class, () -> RuleDefinition.builder("two words")
        .severity(Severity.INFO).rationale("r").source("s").example("e")
        .messages(GoalServesAmbition.DEFINITION.messages()).build());
    assertThrows(IllegalStateException.class, () -> RuleDefinition.builder("X-1").build());
  }

  @Test
  void aRuleWithoutItsTextsIsRefused() {
    RuleDefinition untitled = RuleDefinition.builder("GEMEENTE-A-99")
        .severity(Severity.INFO).rationale("r").source("s").example("e")
        .messages(GoalServesAmbition.DEFINITION.messages()).build();
    GoalRule rule = new GoalRule() {
      @Override
      public RuleDefinition definition() {
        return untitled;
      }

      @Override
      public void check(Goal goal, RuleContext context) {}
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().addRule(rule).build());
    assertTrue(e.getMessage().startsWith("rule GEMEENTE-A-99 has no text GEMEENTE-A-99.title"),
        e.getMessage());
  }

  @Test
  void theProfileFollowsTheStatusWhenAsked() {
    assertEquals(Profile.VASTGESTELD, Profile.forStatus(VisionStatus.VASTGESTELD));
    assertEquals(Profile.VASTGESTELD, Profile.forStatus(VisionStatus.INGETROKKEN));
    assertEquals(Profile.CONCEPT, Profile.forStatus(VisionStatus.CONCEPT));
    assertEquals(Profile.CONCEPT, Profile.forStatus(VisionStatus.TER_INSPRAAK));
    assertEquals(Profile.VASTGESTELD, WoonzorgValidator.builder().build().profile());
    assertFalse(WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(
        Fixtures.goal(g -> g.target(Optional.empty()))).passes(Severity.WARNING));
  }
}
