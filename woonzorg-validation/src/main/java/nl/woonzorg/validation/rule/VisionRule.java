package nl.woonzorg.validation.rule;

import nl.woonzorg.model.HousingCareVision;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks a whole woonzorgvisie. Its locations are pointers from the vision's
 * root, e.g. {@code /agreements/3/goalIds/0}.
 *
 * <p>Implementations must be thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface VisionRule extends Rule {

  /**
   * Checks {@code vision} and reports each problem to {@code context}; reports nothing if there is
   * none. Should not throw on any content.
   */
  void check(HousingCareVision vision, RuleContext context);
}
