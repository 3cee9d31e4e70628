package nl.woonzorg.validation.rule;

import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
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

  /**
   * Whether the rule also checks documents of {@code type}, each seen as a vision that holds only
   * that document's part under the same property names (so its locations are the document's
   * own). Only the vision unless a rule says otherwise: a rule about the whole cycle, such as
   * which phases a vision has passed, says nothing about a monitor.
   *
   * @since 0.2.0
   */
  default boolean appliesTo(DocumentType<?> type) {
    return type == DocumentType.VISION;
  }
}
