package nl.woonzorg.validation.rule;

import nl.woonzorg.model.agreement.PerformanceAgreement;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks each prestatieafspraak: every agreement of a validated vision, with
 * {@link RuleContext#vision()} giving that vision, and an agreement validated on its own,
 * without one. Locations are relative to the agreement, e.g. {@code /goalIds/0}; the validator
 * puts {@code /agreements/i} in front when the agreement is part of a vision.
 *
 * <p>Implementations must be thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface AgreementRule extends Rule {

  /**
   * Checks {@code agreement} and reports each problem to {@code context}; reports nothing if
   * there is
   * none. Should not throw on any content.
   */
  void check(PerformanceAgreement agreement, RuleContext context);
}
