package nl.woonzorg.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.validation.rule.RuleContext;
import org.apiguardian.api.API;

/**
 * A vision's parties, areas and goals by id, and its agreements by the goals they serve, for the
 * rules that look up another part of the vision for every goal, agreement or area they check. The
 * vision's own {@code find…} methods scan a list per lookup, which made such a rule cost the
 * product of two list sizes: for every goal, every agreement. Lookups answer as those methods do:
 * the first object with the id, in document order.
 *
 * <p>Immutable; worked out once per validation call ({@link #of}) and shared by its rules.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class VisionIndex {

  private static final Memo.Fact<VisionIndex> FACT = Memo.Fact.of(VisionIndex::new);

  private final Map<String, Party> parties = new HashMap<>();
  private final Map<String, Area> areas = new HashMap<>();
  private final Map<String, Goal> goals = new HashMap<>();
  private final Map<String, List<PerformanceAgreement>> agreementsByGoal = new HashMap<>();

  private VisionIndex(HousingCareVision vision) {
    index(parties, vision.getParties(), Party::getId);
    areas.put(vision.getArea().getId(), vision.getArea());
    index(areas, vision.getAreas(), Area::getId);
    index(goals, vision.getGoals(), Goal::getId);
    for (PerformanceAgreement agreement : vision.getAgreements()) {
      for (String goalId : agreement.getGoalIds()) {
        List<PerformanceAgreement> serving =
            agreementsByGoal.computeIfAbsent(goalId, id -> new ArrayList<>());
        // An agreement that names a goal twice serves it once.
        if (serving.isEmpty() || serving.get(serving.size() - 1) != agreement) {
          serving.add(agreement);
        }
      }
    }
    agreementsByGoal.replaceAll((goalId, serving) -> List.copyOf(serving));
  }

  /** The index of {@code vision}, from the memo of the call that {@code context} is of. */
  public static VisionIndex of(HousingCareVision vision, RuleContext context) {
    return Memo.get(FACT, vision, context);
  }

  /** The party with id {@code id}, as {@link HousingCareVision#findParty} finds it. */
  public Optional<Party> party(String id) {
    return Optional.ofNullable(parties.get(id));
  }

  /** The area with id {@code id}, the vision's own first, as {@link HousingCareVision#findArea}. */
  public Optional<Area> area(String id) {
    return Optional.ofNullable(areas.get(id));
  }

  /** The goal with id {@code id}, as {@link HousingCareVision#findGoal} finds it. */
  public Optional<Goal> goal(String id) {
    return Optional.ofNullable(goals.get(id));
  }

  /**
   * The agreements whose goal ids include {@code goalId}, in document order; an immutable list,
   * empty if none does.
   */
  public List<PerformanceAgreement> agreementsServing(String goalId) {
    return agreementsByGoal.getOrDefault(goalId, List.of());
  }

  /** Adds the items not yet indexed by id: the first of several with one id wins. */
  private static <T> void index(Map<String, T> byId, List<T> items, Function<T, String> idOf) {
    for (T item : items) {
      byId.putIfAbsent(idOf.apply(item), item);
    }
  }
}
