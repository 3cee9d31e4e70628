package nl.woonzorg.cbs.kwb;

import java.io.InputStream;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.report.JsonPointer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Walks one page of an OData answer, {@code {"value": [ … ], …}}, token by token, handing each
 * element of {@code value} to a reader of its kind; the other members (metadata, the next page's
 * link) are skipped. Holds one element at a time.
 */
final class JsonPage {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonPointer VALUE = JsonPointer.root().append("value");

  /** Reads one element of {@code value}, the parser on its first token. */
  @FunctionalInterface
  interface Element {
    void read(JsonParser parser, int index, JsonPointer at);
  }

  private final ReadContext context;
  private final String file;
  /** Where the walk is, for a syntax problem: the element being read, or the page. */
  private JsonPointer current = JsonPointer.root();

  JsonPage(ReadContext context, String file) {
    this.context = context;
    this.file = file;
  }

  Where at(JsonPointer pointer) {
    return (kind, message, expected, found) ->
        CbsProblem.at(kind, file, pointer, message, expected, found);
  }

  void read(InputStream in, Element element) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        syntax(JsonPointer.root(), "an OData page is a JSON object", String.valueOf(
            parser.currentToken()));
        return;
      }
      boolean values = false;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken token = parser.nextToken();
        if (name.equals("value") && token == JsonToken.START_ARRAY) {
          values = true;
          elements(parser, element);
        } else if (name.equals("value")) {
          syntax(VALUE, "the value of an OData page is an array", token.toString());
          parser.skipChildren();
        } else {
          parser.skipChildren();
        }
      }
      if (!values) {
        syntax(JsonPointer.root(), "the page has no \"value\" array", null);
      }
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      syntax(current, "not well-formed JSON" + (location == null ? "" : " at line "
          + location.getLineNr() + ", column " + location.getColumnNr()) + ": "
          + e.getOriginalMessage(), null);
    }
  }

  private void elements(JsonParser parser, Element element) {
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      current = VALUE.append(index);
      if (token == JsonToken.START_OBJECT) {
        element.read(parser, index, current);
      } else {
        syntax(current, "an element of value is a JSON object", token.toString());
        parser.skipChildren();
      }
      index++;
    }
    current = JsonPointer.root();
  }

  private void syntax(JsonPointer pointer, String message, @Nullable String found) {
    context.problems().add(CbsProblem.at(CbsProblemKind.SYNTAX, file, pointer, message,
        "an OData page: {\"value\": [{…}, …]}", found));
  }
}
