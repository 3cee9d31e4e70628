package nl.woonzorg.validation.builtin.breakdown;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-SUM-01</b>: an activity's breakdowns add up to its output, e.g. two clustered units of
 * 40 homes to 80.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ActivityBreakdownAddsUpToOutput implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-SUM-01")
      .severity(Severity.ERROR)
      .rationale("The implementation programme splits outputs by location, rent segment or year —"
          + " corporation y’s two clustered units of 40 homes, the market party’s 50% social and"
          + " 50% mid-rent; parts that do not add up contradict the output.")
      .source("DOMAIN.md § The process (Gemeente A); seed 001 (Taskforce Wonen en Zorg), Gemeente"
          + " A and Overzicht 1")
      .example("An activity with output 80 WONINGEN split per location as 40 + 30.")
      .arguments("activityId", "dimension", "total", "output")
      .build();

  /** Creates the rule; it holds no state. */
  public ActivityBreakdownAddsUpToOutput() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        if (activity.getOutput().isEmpty()) {
          continue;
        }
        Quantity output = activity.getOutput().get();
        for (int j = 0; j < activity.getBreakdowns().size(); j++) {
          Breakdown breakdown = activity.getBreakdowns().get(j);
          BigDecimal total = breakdown.total();
          Optional<BigDecimal> expected = breakdown.expectedTotal(output);
          if (!breakdown.getParts().isEmpty() && expected.isPresent()
              && total.compareTo(expected.get()) != 0) {
            context.report(JsonPointer.of("programme", "activities").append(i)
                    .append("breakdowns").append(j), total, activity.getId(),
                breakdown.getDimension(), total, expected.get());
          }
        }
      }
    });
  }

  /** A programme document is checked as the programme of a vision in UITVOERING. */
  @Override
  public boolean appliesTo(DocumentType<?> type) {
    return type == DocumentType.VISION || type == DocumentType.PROGRAMME;
  }
}
