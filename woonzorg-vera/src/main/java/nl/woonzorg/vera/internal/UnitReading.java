package nl.woonzorg.vera.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.UnitAttributes;
import nl.woonzorg.vera.unit.VeraUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one {@code Eenheid} object from a streaming parser: each attribute is kept as read, with
 * where it is, and then bound where it can be. Legacy case-duplicate names are read under their
 * lowerCamelCase name.
 */
public final class UnitReading {

  private UnitReading() {}

  /**
   * Reads the object whose {@code START_OBJECT} is {@code parser}'s current token, leaving the
   * parser at its {@code END_OBJECT}.
   *
   * @param maxDigits the most digits an amount may need written out
   * @throws tools.jackson.core.JacksonException for text that is not well-formed or beyond a limit
   */
  public static VeraUnit read(JsonParser parser, Problems problems, int maxDigits) {
    LinkedHashMap<String, RawJson> members = new LinkedHashMap<>();
    Map<String, Where> places = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String read = parser.currentName();
      String name = UnitAttributes.canonicalName(read);
      JsonPointer pointer = pointer(parser);
      parser.nextToken();
      Where where = new Where(pointer, position(parser.currentTokenLocation()));
      RawJson value = RawJson.read(parser);
      if (members.containsKey(name)) {
        problems.add(ProblemKind.DUPLICATE_KEY, where, Texts.text("legacyName", read, name),
            Texts.text("expected.oneName", name, read), null);
      } else {
        members.put(name, value);
        places.put(name, where);
      }
    }
    return Binders.unit(new ObjectReading(members, places, problems), maxDigits);
  }

  /** The JSON Pointer of {@code parser}'s current place. */
  public static JsonPointer pointer(JsonParser parser) {
    return JsonPointer.parse(parser.streamReadContext().pathAsPointer().toString());
  }

  /** Line and column of {@code location}; null if the parser did not know them. */
  public static @Nullable SourcePosition position(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return null;
    }
    return SourcePosition.of(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
