package nl.woonzorg.validation.builtin.topic;

import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.VisionStatement;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-TOPIC-01</b>: the vision covers each of the Taskforce's eleven topics; one finding per
 * topic it does not cover. Advice only.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class TaskforceTopicsCovered implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TOPIC-01")
      .severity(Severity.INFO)
      .rationale("The Taskforce found eleven topics in municipal visions — from the housing-care"
          + " task to communication that creates urgency; a vision that leaves one out may have a"
          + " gap, or may cover it elsewhere, so this is advice.")
      .source("DOMAIN.md § Building blocks (the Taskforce’s completeness checklist); seed 002"
          + " (Taskforce Wonen en Zorg), Fase 2 Visie")
      .example("A vision whose taskforceTopics lack WONINGAANPASSINGEN.")
      .arguments("topic", "labelNl", "labelEn")
      .build();

  /** Creates the rule; it holds no state. */
  public TaskforceTopicsCovered() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    Set<TaskforceTopic> covered =
        vision.getVision().map(VisionStatement::getTaskforceTopics).orElse(Set.of());
    JsonPointer location = vision.getVision().isPresent()
        ? JsonPointer.of("vision", "taskforceTopics")
        : JsonPointer.of("vision");
    for (TaskforceTopic topic : TaskforceTopic.values()) {
      if (!covered.contains(topic)) {
        context.report(location, topic.getCode(), topic, topic.getLabelNl(), topic.getLabelEn());
      }
    }
  }
}
