package nl.woonzorg.validation.builtin.document;

import java.util.List;
import java.util.function.Predicate;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-10</b>: the ids a document's own header and content refer to resolve within it: an
 * analysis's makers and commissioners, a programme's adopters, a covenant's signatories and the
 * parties, owners and goals of its tasks and working arrangements, and a monitor's makers and its
 * conclusions' indicators and areas. What a document shares with a vision is checked by the
 * WZ-REF rules.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class DocumentReferencesResolve implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-10")
      .severity(Severity.ERROR)
      .rationale("Who made, commissioned or signed a document, and what a conclusion rests on, is"
          + " read through these ids; one that names nothing leaves the statement without its"
          + " subject.")
      .source("Issue 16: who made an analysis, for whom; a covenant's parties and tasks")
      .example("A covenant whose signatoryPartyIds names \"zorgkantoor-vgz\" without such a party,"
          + " or whose task works towards a goal the covenant does not have.")
      .arguments("id", "kind")
      .build();

  /** Creates the rule; it holds no state. */
  public DocumentReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    Predicate<String> party = id -> document.findParty(id).isPresent();
    if (document instanceof AnalysisDocument analysis) {
      ids(analysis.getAuthorPartyIds(), JsonPointer.of("authorPartyIds"), party, context);
      ids(analysis.getCommissionerPartyIds(), JsonPointer.of("commissionerPartyIds"), party,
          context);
    } else if (document instanceof ProgrammeDocument programme) {
      ids(programme.getAdoptedByPartyIds(), JsonPointer.of("adoptedByPartyIds"), party, context);
    } else if (document instanceof CovenantDocument covenant) {
      ids(covenant.getSignatoryPartyIds(), JsonPointer.of("signatoryPartyIds"), party, context);
      Predicate<String> goal = id -> covenant.getGoals().stream()
          .anyMatch(g -> g.getId().equals(id));
      tasks(covenant.getTasks(), JsonPointer.of("tasks"), party, goal, context);
      tasks(covenant.getWorkingArrangements(), JsonPointer.of("workingArrangements"), party,
          goal, context);
    } else if (document instanceof MonitorReport monitor) {
      ids(monitor.getAuthorPartyIds(), JsonPointer.of("authorPartyIds"), party, context);
      Predicate<String> indicator = id -> monitor.getMonitoring().findIndicator(id).isPresent();
      Predicate<String> area = id -> monitor.findArea(id).isPresent();
      List<MonitorConclusion> conclusions = monitor.getConclusions();
      for (int i = 0; i < conclusions.size(); i++) {
        JsonPointer at = JsonPointer.of("conclusions").append(i);
        ids(conclusions.get(i).getIndicatorIds(), at.append("indicatorIds"), indicator, context);
        conclusions.get(i).getAreaId().filter(area.negate()).ifPresent(id ->
            context.report(at.append("areaId"), id, id, "areaId"));
      }
    }
  }

  /**
   * The parties of each task, and its owner and the goals of the covenant it works towards
   * (format 1.1).
   */
  private static void tasks(List<CovenantTask> tasks, JsonPointer at, Predicate<String> party,
      Predicate<String> goal, RuleContext context) {
    for (int i = 0; i < tasks.size(); i++) {
      JsonPointer task = at.append(i);
      ids(tasks.get(i).getPartyIds(), task.append("partyIds"), party, context);
      tasks.get(i).getOwnerPartyId().filter(party.negate()).ifPresent(id ->
          context.report(task.append("ownerPartyId"), id, id, "ownerPartyId"));
      ids(tasks.get(i).getGoalIds(), task.append("goalIds"), goal, context);
    }
  }

  /** Reports each of {@code ids}, listed at {@code at}, that {@code resolves} refuses. */
  private static void ids(List<String> ids, JsonPointer at, Predicate<String> resolves,
      RuleContext context) {
    String property = at.tokens().get(at.tokens().size() - 1);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!resolves.test(id)) {
        context.report(at.append(i), id, id, property);
      }
    }
  }
}
