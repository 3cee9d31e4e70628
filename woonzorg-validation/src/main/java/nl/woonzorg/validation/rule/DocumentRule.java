package nl.woonzorg.validation.rule;

import nl.woonzorg.model.document.PolicyDocument;
import org.apiguardian.api.API;

/**
 * A {@link Rule} that checks a policy document of the cycle other than the vision — an analysis,
 * prestatieafspraken, a covenant, a programme or a monitor — on what it has of its own: who made
 * or signed it, its tasks, its horizon, its conclusions. Locations are pointers from the
 * document's root. What such a document shares with a vision (its references, ids and area
 * codes) is checked by the {@link VisionRule}s that {@linkplain VisionRule#appliesTo apply} to
 * its kind, with {@link RuleContext#vision()} the document seen as a vision of that part alone.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public interface DocumentRule extends Rule {

  /**
   * Checks {@code document} and reports each problem to {@code context}; reports nothing if there
   * is none. Should not throw on any content.
   */
  void check(PolicyDocument document, RuleContext context);
}
