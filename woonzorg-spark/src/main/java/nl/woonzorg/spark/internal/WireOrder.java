package nl.woonzorg.spark.internal;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The order of a document type's properties on the wire, from its JSON Schema's {@code properties}:
 * a row's columns are written in it, so that a record made from a row reads as the same record
 * written by the library (a problem that quotes the document quotes the same text).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
final class WireOrder {

  private WireOrder() {}

  /** The top-level property names of {@code type}'s schema, in the schema's order. */
  static List<String> of(DocumentType<?> type) {
    List<String> names = new ArrayList<>();
    try (JsonParser parser = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), WireSchema.text(type))) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals("properties")) {
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            names.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
          }
          return names;
        }
        parser.skipChildren();
      }
    }
    throw new IllegalStateException("the schema of " + type.name() + " has no properties");
  }
}
