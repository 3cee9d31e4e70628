package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import org.junit.jupiter.api.Test;

/** A finding keeps its message arguments by the names its rule gives them, or by position. */
class FindingArgumentsTest {

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

  private static Finding only(Report report, String ruleId) {
    List<Finding> found = report.findings(ruleId);
    assertEquals(1, found.size(), report.getFindings().toString());
    return found.get(0);
  }
}
