package nl.woonzorg.vera.check;

import java.util.HashMap;
import java.util.Map;
import nl.woonzorg.model.report.SourcePosition;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value of a document starts (<i>posities</i>), by JSON Pointer text: the tree the
 * checks walk keeps no locations, so one streaming pass records them. Immutable after reading.
 */
final class Positions {

  private final Map<String, SourcePosition> byPointer = new HashMap<>();

  Positions(JsonMapper mapper, String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        // A container's own context is already the new one: its place is in its parent's.
        TokenStreamContext context = token.isStructStart()
            ? parser.streamReadContext().getParent() : parser.streamReadContext();
        TokenStreamLocation at = parser.currentTokenLocation();
        byPointer.put(context.pathAsPointer().toString(),
            SourcePosition.of(at.getLineNr(), Math.max(1, at.getColumnNr())));
      }
    }
  }

  /** Where the value at {@code pointer} starts; null if there is no such value. */
  @Nullable SourcePosition at(String pointer) {
    return byPointer.get(pointer);
  }
}
