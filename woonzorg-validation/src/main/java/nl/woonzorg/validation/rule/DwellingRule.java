package nl.woonzorg.validation.rule;

import nl.woonzorg.model.dwelling.Dwelling;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks a dwelling record (<i>eenheid</i>), which is exchanged on its own,
 * not as part of a vision. Locations are relative to the record, e.g. {@code
 * /accessibilityLabel}.
 *
 * <p>Implementations must be thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface DwellingRule extends Rule {

  /**
   * Checks {@code dwelling} and reports each problem to {@code context}; reports nothing if
   * there is
   * none. Should not throw on any content.
   */
  void check(Dwelling dwelling, RuleContext context);
}
