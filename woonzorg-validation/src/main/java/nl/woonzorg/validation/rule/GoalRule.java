package nl.woonzorg.validation.rule;

import nl.woonzorg.model.goal.Goal;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks each goal (<i>doel</i>): every goal of a validated vision, with
 * {@link RuleContext#vision()} giving that vision, and a goal validated on its own, without one.
 * Locations are relative to the goal, e.g. {@code /target}; the validator puts {@code /goals/i}
 * in front when the goal is part of a vision.
 *
 * <p>Implementations must be thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface GoalRule extends Rule {

  /**
   * Checks {@code goal} and reports each problem to {@code context}; reports nothing if there is
   * none. Should not throw on any content.
   */
  void check(Goal goal, RuleContext context);
}
