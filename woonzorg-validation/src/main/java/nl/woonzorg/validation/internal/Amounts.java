package nl.woonzorg.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.validation.rule.RuleContext;
import org.apiguardian.api.API;

/**
 * The amounts a goal, an agreement or the rest of a vision states, each with its unit where it
 * has one and where it is written, for the rules on negative amounts and percentages. Breakdown
 * parts are in the breakdown's own unit, or else in that of the target they split; yearly slices
 * are in the target's unit.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Amounts {

  /**
   * One stated amount. Immutable.
   *
   * @param location where the amount is written
   * @param value the amount
   * @param unit its unit; empty if neither it nor the target it splits has one
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public record Amount(JsonPointer location, BigDecimal value, Optional<Unit> unit) {}

  // Both rules on amounts ask for those of every goal and agreement, one after the other.
  private static final Memo.PartFact<Goal, List<Amount>> OF_GOAL =
      Memo.PartFact.of(Amounts::collect);
  private static final Memo.PartFact<PerformanceAgreement, List<Amount>> OF_AGREEMENT =
      Memo.PartFact.of(Amounts::collect);
  private static final Memo.Fact<List<Amount>> OUTSIDE =
      Memo.Fact.of(Amounts::collectOutside);

  private Amounts() {}

  /**
   * A goal's target, baseline, criteria and breakdown parts, relative to the goal; an immutable
   * list, shared by the rules of one validation call that ask for it in turn.
   */
  public static List<Amount> of(Goal goal, RuleContext context) {
    return Memo.get(OF_GOAL, goal, context);
  }

  /**
   * An agreement's target and yearly slices, relative to the agreement; an immutable list, shared
   * by the rules of one validation call that ask for it in turn.
   */
  public static List<Amount> of(PerformanceAgreement agreement, RuleContext context) {
    return Memo.get(OF_AGREEMENT, agreement, context);
  }

  /**
   * The amounts of a vision outside its goals and agreements: the analysis's figures and findings
   * and the programme's outputs and breakdowns. An immutable list, shared by the rules of one
   * validation call.
   */
  public static List<Amount> outsideGoalsAndAgreements(HousingCareVision vision,
      RuleContext context) {
    return Memo.get(OUTSIDE, vision, context);
  }

  private static List<Amount> collect(Goal goal) {
    List<Amount> out = new ArrayList<>();
    quantity(out, JsonPointer.of("target"), goal.getTarget());
    quantity(out, JsonPointer.of("baseline"), goal.getBaseline());
    List<Criterion> criteria = goal.getCriteria();
    for (int i = 0; i < criteria.size(); i++) {
      quantity(out, JsonPointer.of("criteria").append(i).append("value"),
          criteria.get(i).getValue());
    }
    breakdowns(out, JsonPointer.of("breakdowns"), goal.getBreakdowns(),
        goal.getTarget().map(Quantity::getUnit));
    return Collections.unmodifiableList(out);
  }

  private static List<Amount> collect(PerformanceAgreement agreement) {
    List<Amount> out = new ArrayList<>();
    quantity(out, JsonPointer.of("target"), agreement.getTarget());
    Optional<Unit> unit = agreement.getTarget().map(Quantity::getUnit);
    List<YearSlice> slices = agreement.getYearSlices();
    for (int i = 0; i < slices.size(); i++) {
      JsonPointer at = JsonPointer.of("yearSlices").append(i).append("value");
      slices.get(i).getValue().ifPresent(value -> out.add(new Amount(at, value, unit)));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Amount> collectOutside(HousingCareVision vision) {
    List<Amount> out = new ArrayList<>();
    vision.getAnalysis().ifPresent(analysis -> {
      for (int i = 0; i < analysis.getFigures().size(); i++) {
        quantity(out, JsonPointer.of("analysis", "figures").append(i).append("value"),
            Optional.of(analysis.getFigures().get(i).getValue()));
      }
      for (int i = 0; i < analysis.getFindings().size(); i++) {
        quantity(out, JsonPointer.of("analysis", "findings").append(i).append("figure"),
            analysis.getFindings().get(i).getFigure());
      }
    });
    vision.getProgramme().ifPresent(programme -> {
      List<Activity> activities = programme.getActivities();
      for (int i = 0; i < activities.size(); i++) {
        JsonPointer at = JsonPointer.of("programme", "activities").append(i);
        Activity activity = activities.get(i);
        quantity(out, at.append("output"), activity.getOutput());
        breakdowns(out, at.append("breakdowns"), activity.getBreakdowns(),
            activity.getOutput().map(Quantity::getUnit));
      }
    });
    return Collections.unmodifiableList(out);
  }

  private static void quantity(List<Amount> out, JsonPointer at, Optional<Quantity> quantity) {
    if (quantity.isPresent()) {
      Quantity q = quantity.get();
      out.add(new Amount(at, q.getValue(), Optional.of(q.getUnit())));
    }
  }

  private static void breakdowns(List<Amount> out, JsonPointer at, List<Breakdown> breakdowns,
      Optional<Unit> unit) {
    for (int i = 0; i < breakdowns.size(); i++) {
      Breakdown breakdown = breakdowns.get(i);
      // Parts are in the breakdown's own unit (PROCENT shares) when it names one.
      Optional<Unit> partUnit = breakdown.getUnit().or(() -> unit);
      JsonPointer parts = at.append(i).append("parts");
      for (int j = 0; j < breakdown.getParts().size(); j++) {
        out.add(new Amount(parts.append(j).append("value"),
            breakdown.getParts().get(j).getValue(), partUnit));
      }
    }
  }
}
