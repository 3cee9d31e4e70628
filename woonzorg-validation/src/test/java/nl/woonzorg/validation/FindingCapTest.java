package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import nl.woonzorg.model.HousingCareVision;
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

/**
 * A report holds the first findings of each rule in document order, and one WZ-ENGINE-02 finding
 * that counts the rest: bounded in size whatever the data, with the verdict unchanged.
 */
class FindingCapTest {

  /** Gemeente A, its first goal naming {@code unknown} owner parties that the vision lacks. */
  static HousingCareVision unknownOwners(int unknown) {
    return Fixtures.goal(g -> g.addAllOwnerPartyIds(Collections.nCopies(unknown, "onbekend")));
  }

  private static Report validate(HousingCareVision vision, int cap, Locale locale) {
    return WoonzorgValidator.builder().maxFindingsPerRule(cap).locale(locale).build()
        .validate(vision);
  }

  @Test
  void keepsTheFirstHundredOfARuleAndCountsTheRest() {
    // Gemeente A's goal names three owners; the unknown ones are at 3 .. 1002.
    Report report = WoonzorgValidator.builder().build().validate(unknownOwners(1000));

    List<Finding> kept = report.findings("WZ-REF-03");
    assertEquals(100, kept.size());
    assertEquals(IntStream.range(3, 103).mapToObj(i -> "/goals/0/ownerPartyIds/" + i).toList(),
        kept.stream().map(f -> f.getLocation().toString()).toList());
    Finding summary = summaryOf(report, "WZ-REF-03");
    assertEquals("/goals/0/ownerPartyIds/103", summary.getLocation().toString());
    assertEquals(Severity.ERROR, summary.getSeverity());
    assertEquals(Map.of("ruleId", "WZ-REF-03", "omitted", "900", "severity", "ERROR"),
        summary.getArguments());
    assertEquals("Vanaf hier nog 900 bevindingen (fout) van regel WZ-REF-03, die het rapport"
        + " niet toont.", summary.getMessage());
  }

  @Test
  void theCountIsInflectedAndGroupedInEachLanguage() {
    HousingCareVision one = unknownOwners(3);
    HousingCareVision many = unknownOwners(1_002);
    assertEquals("Vanaf hier nog 1 bevinding (fout) van regel WZ-REF-03, die het rapport niet"
        + " toont.", summaryOf(validate(one, 2, Locale.forLanguageTag("nl")), "WZ-REF-03")
        .getMessage());
    assertEquals("From here on, 1 more finding (error) of rule WZ-REF-03 that the report does"
        + " not show.", summaryOf(validate(one, 2, Locale.ENGLISH), "WZ-REF-03").getMessage());
    assertEquals("Vanaf hier nog 1.000 bevindingen (fout) van regel WZ-REF-03, die het rapport"
        + " niet toont.", summaryOf(validate(many, 2, Locale.forLanguageTag("nl")), "WZ-REF-03")
        .getMessage());
    assertEquals("From here on, 1,000 more findings (error) of rule WZ-REF-03 that the report"
        + " does not show.", summaryOf(validate(many, 2, Locale.ENGLISH), "WZ-REF-03")
        .getMessage());
  }

  @Test
  void aRuleAtTheCapGetsNoSummary() {
    Report report = validate(unknownOwners(3), 3, Locale.ENGLISH);
    assertEquals(3, report.findings("WZ-REF-03").size());
    assertEquals(List.of(), report.findings("WZ-ENGINE-02").stream()
        .filter(f -> f.getArguments().get("ruleId").equals("WZ-REF-03")).toList());
  }

  /**
   * A rule reports in any order it likes; what the report keeps is the first in document order,
   * not the first reported.
   */
  @Test
  void keepsTheFirstInDocumentOrderWhateverTheOrderOfReporting() {
    Report report = WoonzorgValidator.builder().maxFindingsPerRule(2)
        .addRule(new BackwardsRule()).build().validate(unknownOwners(0));
    assertEquals(List.of("/goals/0/ownerPartyIds/0", "/goals/0/ownerPartyIds/1"),
        report.findings("GEMEENTE-A-03").stream().map(f -> f.getLocation().toString()).toList());
    assertEquals("/goals/0/ownerPartyIds/2", summaryOf(report, "GEMEENTE-A-03").getLocation()
        .toString());
    assertEquals(Severity.WARNING, summaryOf(report, "GEMEENTE-A-03").getSeverity());
  }

  /**
   * For any data and cap, the capped report holds of each rule the first findings of the full
   * report, its summary counts the others, and the verdict is the full report's.
   */
  @Test
  void aCappedReportIsTheStartOfTheFullReport() {
    qt().withExamples(40).forAll(integers().between(0, 60), integers().between(1, 30))
        .checkAssert((unknown, cap) -> {
          HousingCareVision vision = unknownOwners(unknown);
          Report full = validate(vision, Integer.MAX_VALUE, Locale.ENGLISH);
          Report capped = validate(vision, cap, Locale.ENGLISH);
          assertEquals(full.verdict(), capped.verdict());
          List<String> rules = full.getFindings().stream().map(Finding::getRuleId).distinct()
              .toList();
          for (String rule : rules) {
            List<Finding> all = full.findings(rule);
            assertEquals(all.subList(0, Math.min(cap, all.size())), capped.findings(rule), rule);
            long omitted = capped.findings("WZ-ENGINE-02").stream()
                .filter(f -> f.getArguments().get("ruleId").equals(rule))
                .mapToLong(f -> Long.parseLong(f.getArguments().get("omitted")))
                .sum();
            assertEquals(Math.max(0, all.size() - cap), omitted, rule);
          }
        });
  }

  @Test
  void theCapCannotHideEveryFindingNorTheSummaryBeSwitchedOff() {
    assertEquals("maxFindingsPerRule must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class,
            () -> WoonzorgValidator.builder().maxFindingsPerRule(0)).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().disable("WZ-ENGINE-02").build());
    assertThrows(IllegalArgumentException.class,
        () -> WoonzorgValidator.builder().severity("WZ-ENGINE-02", Severity.INFO).build());
    assertEquals(100, WoonzorgValidator.builder().build().maxFindingsPerRule());
  }

  /**
   * Twins, findings of one rule equal in place, value and message (a rule whose message leaves out
   * an argument), come in the order the rule's findings have always been kept in, below the cap
   * as at it: the order a heap of them gives, not the order reported.
   */
  @Test
  void twinsBelowTheCapKeepTheOrderTheyHaveAlwaysHad() {
    RuleDefinition definition = RuleDefinition.builder("GEMEENTE-A-02")
        .severity(Severity.WARNING)
        .rationale("A test rule whose message names only its first argument.")
        .source("FindingCapTest")
        .example("Any goal.")
        .messages(RuleMessages.fromResources(FindingCapTest.class, "local-rules"))
        .build();
    GoalRule twins = new GoalRule() {
      @Override
      public RuleDefinition definition() {
        return definition;
      }

      @Override
      public void check(Goal goal, RuleContext context) {
        context.report(JsonPointer.of("p5"), null, "x", "p");
        context.report(JsonPointer.of("p1"), null, "x", "q");
        context.report(JsonPointer.of("p3"), null, "x", "A");
        context.report(JsonPointer.of("p3"), null, "x", "B");
      }
    };
    List<String> order = WoonzorgValidator.builder().addRule(twins).build()
        .validate(Fixtures.goal(g -> g)).findings("GEMEENTE-A-02").stream()
        .map(f -> f.getArguments().get("1"))
        .toList();
    assertEquals(List.of("q", "B", "A", "p"), order);
  }

  private static Finding summaryOf(Report report, String ruleId) {
    List<Finding> summaries = report.findings("WZ-ENGINE-02").stream()
        .filter(f -> f.getArguments().get("ruleId").equals(ruleId))
        .toList();
    assertEquals(1, summaries.size(), () -> "summaries of " + ruleId + ": " + summaries);
    return summaries.get(0);
  }

  /** Reports each owner of a goal, the last first. */
  static final class BackwardsRule implements GoalRule {

    private static final RuleDefinition DEFINITION = RuleDefinition.builder("GEMEENTE-A-03")
        .severity(Severity.WARNING)
        .rationale("A test rule that reports from the end of a list.")
        .source("FindingCapTest")
        .example("Any goal with owners.")
        .messages(RuleMessages.fromResources(FindingCapTest.class, "local-rules"))
        .build();

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void check(Goal goal, RuleContext context) {
      List<String> owners = new ArrayList<>(goal.getOwnerPartyIds());
      for (int i = owners.size() - 1; i >= 0; i--) {
        context.report(JsonPointer.of("ownerPartyIds").append(i), owners.get(i), goal.getId());
      }
    }
  }
}
