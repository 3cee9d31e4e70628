package nl.woonzorg.validation.internal;

import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * A vision rule about what every document of the cycle shares with the vision — ids,
 * references, area codes, amounts — and so checks each of them, seen as a vision of its part.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public interface SharedRule extends VisionRule {

  @Override
  default boolean appliesTo(DocumentType<?> type) {
    return true;
  }
}
