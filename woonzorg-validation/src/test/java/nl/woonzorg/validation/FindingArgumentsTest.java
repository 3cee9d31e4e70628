package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import org.junit.jupiter.api.Test;

/**
 * A finding keeps its message arguments by name, in placeholder order; every built-in rule names
 * exactly the arguments its messages use; a caller's rule without names gets positions.
 */
class FindingArgumentsTest {

  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);
  private static final List<String> PARTS = List.of("message", "expected", "hint");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  @Test
  void everyBuiltInRuleNamesEachPlaceholderOfItsMessages() {
    List<String> problems = new ArrayList<>();
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      // Together, not per language: a message may leave out what its translation says (the
      // Dutch WZ-TOPIC-01 gives the Dutch label, the English one the English label).
      Set<Integer> used = new TreeSet<>();
      for (Locale language : LANGUAGES) {
        for (String part : PARTS) {
          Matcher placeholder = PLACEHOLDER.matcher(
              rule.messages().text(rule.id() + "." + part, language).orElse(""));
          while (placeholder.find()) {
            used.add(Integer.parseInt(placeholder.group(1)));
          }
        }
      }
      List<String> names = rule.arguments();
      Set<Integer> named = IntStream.range(0, names.size()).boxed()
          .collect(Collectors.toCollection(TreeSet::new));
      Set<Integer> unnamed = new TreeSet<>(used);
      unnamed.removeAll(named);
      Set<Integer> unused = new TreeSet<>(named);
      unused.removeAll(used);
      if (!unnamed.isEmpty()) {
        problems.add(rule.id() + " names " + names + " but its messages also use "
            + placeholders(unnamed) + ": add their names, in order, to arguments(...) in its"
            + " RuleDefinition");
      }
      if (!unused.isEmpty()) {
        problems.add(rule.id() + " names " + names + " but no message uses "
            + placeholders(unused) + ": use them in its Dutch or English messages, or drop"
            + " their names (and arguments)");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyBuiltInRuleReportsTheArgumentsItNames() {
    Map<String, List<String>> names = WoonzorgValidator.builtInRules().stream()
        .collect(Collectors.toMap(RuleDefinition::id, RuleDefinition::arguments));
    RuleCasesTest.cases().forEach(c -> {
      for (Finding finding : c.report().apply(VALIDATOR).findings(c.id())) {
        assertEquals(names.get(c.id()), List.copyOf(finding.getArguments().keySet()),
            finding.toString());
      }
    });
  }

  @Test
  void aGoalRuleKeepsItsArguments() {
    Finding finding = only(VALIDATOR.validate(
        Fixtures.goal(g -> g.target(Quantity.of(120, Unit.WONINGEN)))), "WZ-SMART-R-01");
    assertEquals(JsonPointer.parse("/goals/0/breakdowns/0"), finding.getLocation());
    assertArguments(finding, "goalId", "doel-geclusterd-110", "dimension", "BOUWWIJZE",
        "total", "110", "target", "120");
  }

  @Test
  void anAgreementRuleKeepsItsArguments() {
    Finding finding = only(VALIDATOR.validate(
        Fixtures.agreement(0, a -> a.deadline(Deadline.ofYear(2027)))), "WZ-SMART-T-05");
    assertEquals(JsonPointer.parse("/agreements/0/deadline"), finding.getLocation());
    assertArguments(finding, "agreementId", "afspraak-geclusterd-2025", "period", "2022–2025");
  }

  @Test
  void aBeanConstraintKeepsItsArguments() {
    Finding finding = only(VALIDATOR.validate(
        Fixtures.dwelling().municipalityCode("0363").districtCode("WK036301").build()),
        "WZ-BEAN-PATTERN");
    assertEquals(JsonPointer.parse("/municipalityCode"), finding.getLocation());
    assertArguments(finding, "property", "municipalityCode", "pattern", "GM\\d{4}");
  }

  @Test
  void aDwellingRuleKeepsItsArgumentsAsCodes() {
    Finding finding = only(VALIDATOR.validate(Fixtures.dwelling()
        .housingForm(HousingForm.ZORGGESCHIKTE_WONING)
        .accessibilityLabel(AccessibilityLabel.ROLLATORWONING_GEEN_NULTREDENWONING).build()),
        "WZ-DWELLING-02");
    assertEquals(JsonPointer.parse("/accessibilityLabel"), finding.getLocation());
    assertArguments(finding, "housingForm", "ZWO", "accessibilityLabel", "ROG");
  }

  @Test
  void theArgumentsDoNotDependOnTheLanguage() {
    Report english = WoonzorgValidator.builder().locale(Locale.ENGLISH).build()
        .validate(Fixtures.goal(g -> g.target(Quantity.of(120, Unit.WONINGEN))));
    Finding dutch = only(VALIDATOR.validate(
        Fixtures.goal(g -> g.target(Quantity.of(120, Unit.WONINGEN)))), "WZ-SMART-R-01");
    Finding translated = only(english, "WZ-SMART-R-01");
    assertNotEquals(dutch.getMessage(), translated.getMessage());
    assertEquals(dutch.getArguments(), translated.getArguments());
  }

  /** A caller's rule that reports a goal's id and title, naming as many of them as it is given. */
  private static GoalRule namingRule(String... names) {
    RuleDefinition definition = RuleDefinition.builder("GEMEENTE-A-02")
        .severity(Severity.WARNING)
        .rationale("Gemeente A derives every goal from an ambition of its vision.")
        .source("Gemeente A, local policy")
        .example("A goal without ambitionId.")
        .messages(RuleMessages.fromResources(FindingArgumentsTest.class, "local-rules"))
        .arguments(names)
        .build();
    return new GoalRule() {
      @Override
      public RuleDefinition definition() {
        return definition;
      }

      @Override
      public void check(Goal goal, RuleContext context) {
        context.report(JsonPointer.of("ambitionId"), null, goal.getId(), goal.getTitle());
      }
    };
  }

  private static Finding ownFinding(GoalRule rule) {
    return only(WoonzorgValidator.builder().addRule(rule).build()
        .validate(Fixtures.goal(g -> g.ambitionId(Optional.empty()))), "GEMEENTE-A-02");
  }

  @Test
  void aRuleThatNamesNoArgumentsGetsThemByPosition() {
    Finding finding = ownFinding(namingRule());
    assertEquals(List.of("0", "1"), List.copyOf(finding.getArguments().keySet()));
    assertEquals("doel-geclusterd-110", finding.getArguments().get("0"));
  }

  @Test
  void argumentsBeyondTheNamesGetTheirPositionAndNamesWithoutAnArgumentAreLeftOut() {
    assertEquals(List.of("goalId", "1"),
        List.copyOf(ownFinding(namingRule("goalId")).getArguments().keySet()));
    assertEquals(List.of("goalId", "title"),
        List.copyOf(ownFinding(namingRule("goalId", "title", "deadline"))
            .getArguments().keySet()));
  }

  @Test
  void argumentNamesAreLowerCamelCaseAndUnique() {
    RuleDefinition.Builder builder = RuleDefinition.builder("GEMEENTE-A-02");
    for (String bad : List.of("GoalId", "goal-id", "goal id", "0", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> builder.arguments(bad));
      assertEquals("an argument name is lowerCamelCase, a lower-case letter followed by letters"
          + " and digits: '" + bad + "'", e.getMessage());
    }
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> builder.arguments("goalId", "goalId"));
    assertEquals("argument name 'goalId' is given twice", twice.getMessage());
  }

  private static String placeholders(Set<Integer> indices) {
    return indices.stream().map(i -> "{" + i + "}").collect(Collectors.joining(", "));
  }

  private static Finding only(Report report, String ruleId) {
    List<Finding> found = report.findings(ruleId);
    assertEquals(1, found.size(), report.getFindings().toString());
    return found.get(0);
  }

  /** The exact entries, name then value, in the exact order. */
  private static void assertArguments(Finding finding, String... namesAndValues) {
    List<Map.Entry<String, String>> expected = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
    }
    assertEquals(expected, List.copyOf(finding.getArguments().entrySet()), finding.toString());
  }
}
