package nl.woonzorg.validation.rule;

import nl.woonzorg.model.dwelling.Building;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks a building or complex record (<i>gebouw</i>, <i>complex</i>), which
 * is exchanged on its own, as a dwelling record is. Locations are relative to the record, e.g.
 * {@code /meetingRoom}.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface BuildingRule extends Rule {

  /**
   * Checks {@code building} and reports each problem to {@code context}; reports nothing if there
   * is none. Should not throw on any content.
   */
  void check(Building building, RuleContext context);
}
