package nl.woonzorg.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The amounts a goal, an agreement or the rest of a vision states, each with its unit where it
 * has one and where it is written, for the rules on negative amounts and percentages. Breakdown
 * parts are in the breakdown's own unit, or else in that of the target they split; yearly slices
 * are in the target's unit.
 *
 * <p>The amounts are walked, not collected, and where each is written is a {@link Place} whose
 * pointer is made only when asked for: a goal or agreement has a few amounts, two rules look at
 * each of them, and nearly none is ever reported. A list of the amounts with a pointer each was
 * most of what those rules cost.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Amounts {

  /** Takes the amounts of a walk in document order. */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  @FunctionalInterface
  public interface Visitor {

    /**
     * Takes one amount.
     *
     * @param value the amount
     * @param unit its unit; null if neither it nor the target it splits has one
     * @param at where it is written, relative to the walk's subject; good during this call only
     */
    void amount(BigDecimal value, @Nullable Unit unit, Place at);
  }

  /**
   * Where the amount a {@link Visitor} is handed is written. One place per walk, moved along as
   * the walk goes: read it during the call it is handed to, and keep only its {@link #pointer()}.
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  public static final class Place {

    // The deepest amount: programme/activities/i/breakdowns/j/parts/k/value.
    private static final int DEPTH = 8;

    // Per token from the subject: a property name, or null where the token is the index beside it.
    private final @Nullable String[] names = new String[DEPTH];
    private final int[] indices = new int[DEPTH];
    private int size;

    private Place() {}

    /** The pointer of this place, relative to the walk's subject. */
    public JsonPointer pointer() {
      JsonPointer pointer = JsonPointer.root();
      for (int i = 0; i < size; i++) {
        String name = names[i];
        pointer = name == null ? pointer.append(indices[i]) : pointer.append(name);
      }
      return pointer;
    }

    private Place into(String name) {
      names[size++] = name;
      return this;
    }

    private Place into(int index) {
      names[size] = null;
      indices[size++] = index;
      return this;
    }

    /** Back out of the last {@code tokens} tokens. */
    private void out(int tokens) {
      size -= tokens;
    }
  }

  private Amounts() {}

  /**
   * Hands {@code visitor} a goal's target, baseline, criteria and breakdown parts, relative to
   * the goal.
   */
  public static void walk(Goal goal, Visitor visitor) {
    Place at = new Place();
    quantity(visitor, at.into("target"), goal.getTarget());
    at.out(1);
    quantity(visitor, at.into("baseline"), goal.getBaseline());
    at.out(1);
    List<Criterion> criteria = goal.getCriteria();
    for (int i = 0; i < criteria.size(); i++) {
      quantity(visitor, at.into("criteria").into(i).into("value"), criteria.get(i).getValue());
      at.out(3);
    }
    breakdowns(visitor, at.into("breakdowns"), goal.getBreakdowns(), unitOf(goal.getTarget()));
  }

  /** Hands {@code visitor} an agreement's target and yearly slices, relative to the agreement. */
  public static void walk(PerformanceAgreement agreement, Visitor visitor) {
    Place at = new Place();
    quantity(visitor, at.into("target"), agreement.getTarget());
    at.out(1);
    Unit unit = unitOf(agreement.getTarget());
    List<YearSlice> slices = agreement.getYearSlices();
    at.into("yearSlices");
    for (int i = 0; i < slices.size(); i++) {
      Optional<BigDecimal> value = slices.get(i).getValue();
      if (value.isPresent()) {
        visitor.amount(value.get(), unit, at.into(i).into("value"));
        at.out(2);
      }
    }
  }

  /**
   * Hands {@code visitor} the amounts of a vision outside its goals and agreements: the
   * analysis's figures and findings and the programme's outputs and breakdowns.
   */
  public static void walkOutsideGoalsAndAgreements(HousingCareVision vision, Visitor visitor) {
    Place at = new Place();
    Optional<Analysis> analysis = vision.getAnalysis();
    if (analysis.isPresent()) {
      at.into("analysis").into("figures");
      for (int i = 0; i < analysis.get().getFigures().size(); i++) {
        quantity(visitor, at.into(i).into("value"),
            Optional.of(analysis.get().getFigures().get(i).getValue()));
        at.out(2);
      }
      at.out(1);
      at.into("findings");
      for (int i = 0; i < analysis.get().getFindings().size(); i++) {
        quantity(visitor, at.into(i).into("figure"), analysis.get().getFindings().get(i).getFigure());
        at.out(2);
      }
      at.out(2);
    }
    Optional<ImplementationProgramme> programme = vision.getProgramme();
    if (programme.isPresent()) {
      List<Activity> activities = programme.get().getActivities();
      at.into("programme").into("activities");
      for (int i = 0; i < activities.size(); i++) {
        Activity activity = activities.get(i);
        at.into(i);
        quantity(visitor, at.into("output"), activity.getOutput());
        at.out(1);
        breakdowns(visitor, at.into("breakdowns"), activity.getBreakdowns(),
            unitOf(activity.getOutput()));
        at.out(2);
      }
    }
  }

  private static @Nullable Unit unitOf(Optional<Quantity> quantity) {
    return quantity.isPresent() ? quantity.get().getUnit() : null;
  }

  private static void quantity(Visitor visitor, Place at, Optional<Quantity> quantity) {
    if (quantity.isPresent()) {
      visitor.amount(quantity.get().getValue(), quantity.get().getUnit(), at);
    }
  }

  /** The parts of {@code breakdowns}, {@code at} their list; leaves {@code at} where it was. */
  private static void breakdowns(Visitor visitor, Place at, List<Breakdown> breakdowns,
      @Nullable Unit unit) {
    for (int i = 0; i < breakdowns.size(); i++) {
      Breakdown breakdown = breakdowns.get(i);
      // Parts are in the breakdown's own unit (PROCENT shares) when it names one.
      Unit partUnit = breakdown.getUnit().orElse(unit);
      at.into(i).into("parts");
      for (int j = 0; j < breakdown.getParts().size(); j++) {
        visitor.amount(breakdown.getParts().get(j).getValue(), partUnit, at.into(j).into("value"));
        at.out(2);
      }
      at.out(2);
    }
  }
}
