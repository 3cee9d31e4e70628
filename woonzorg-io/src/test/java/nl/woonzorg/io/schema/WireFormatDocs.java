package nl.woonzorg.io.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the property reference of the module README from the shipped schemas, so that the
 * documentation cannot drift from the format: {@link WireFormatDocsTest} fails when the README's
 * copy differs. Run {@link #main(String[])} from the module directory to update the README.
 */
public final class WireFormatDocs {

  static final Path README = Path.of("README.md");
  static final String START = "<!-- properties:start (generated from the schemas) -->\n";
  static final String END = "<!-- properties:end -->\n";

  private WireFormatDocs() {}

  /** Replaces the README's generated section with a fresh rendering. */
  public static void main(String[] args) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Files.writeString(README, readme.substring(0, readme.indexOf(START) + START.length())
        + render() + readme.substring(readme.indexOf(END)), StandardCharsets.UTF_8);
  }

  /** The generated section: the document roots, then every object type, then every code list. */
  static String render() throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    Map<String, JsonNode> objects = new TreeMap<>();
    Map<String, JsonNode> codeLists = new TreeMap<>();
    StringBuilder out = new StringBuilder("### Document roots\n\n")
        .append("| document | schema | root type |\n|---|---|---|\n");
    for (DocumentType<?> type : DocumentType.all()) {
      // What the model generates, so that one regenerating run writes schemas and README alike.
      JsonNode schema = json.readTree(new WireSchemaGenerator().generate(type));
      out.append("| ").append(type.name()).append(" | `").append(WireSchema.resourceName(type))
          .append("` | [").append(type.modelType().getSimpleName()).append("](#")
          .append(type.modelType().getSimpleName().toLowerCase(Locale.ROOT))
          .append(") |\n");
      objects.put(type.modelType().getSimpleName(), schema);
      schema.path("$defs").propertyNames().forEach(name -> {
        JsonNode def = schema.get("$defs").get(name);
        (def.has("enum") ? codeLists : objects).putIfAbsent(name, def);
      });
    }
    out.append("\nEvery document root also has `formatVersion` (string, required), first.\n");
    Set<String> codes = codeLists.keySet();
    out.append("\n### Object types\n");
    objects.forEach((name, schema) -> {
      out.append("\n#### ").append(name).append("\n\n").append(schema.path("description").asString())
          .append("\n\n| property | type | required | meaning |\n|---|---|---|---|\n");
      schema.get("properties").propertyNames().stream()
          .filter(property -> !property.equals("formatVersion"))
          .forEach(property -> {
            JsonNode node = schema.get("properties").get(property);
            boolean required = schema.path("required").valueStream()
                .anyMatch(r -> r.asString().equals(property));
            out.append("| `").append(property).append("` | ").append(typeOf(node, codes)).append(" | ")
                .append(required ? "yes" : "no").append(" | ")
                .append(node.path("description").asString().replace("|", "\\|")).append(" |\n");
          });
    });
    out.append("\n### Code lists\n\nEach value is written as its wire code: the VERA code for the"
        + " VERA lists, the constant's name for woonzorg's own lists.\n\n")
        .append("| code list | codes |\n|---|---|\n");
    codeLists.forEach((name, schema) -> out.append("| ").append(name).append(" | ")
        .append(schema.get("enum").valueStream().map(JsonNode::asString)
            .collect(Collectors.joining(", "))).append(" |\n"));
    return out.toString();
  }

  private static String typeOf(JsonNode node, Set<String> codeLists) {
    if (node.has("$ref")) {
      String name = node.get("$ref").asString().substring("#/$defs/".length());
      return codeLists.contains(name) ? "code of " + name
          : "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
    }
    return switch (node.path("type").asString()) {
      case "array" -> "array of " + typeOf(node.get("items"), codeLists);
      case "string" -> node.path("format").asString().equals("date")
          ? "date (yyyy-mm-dd)" : "string";
      case "integer" -> "integer (32-bit)";
      case "number" -> "decimal number";
      default -> node.path("type").asString();
    };
  }
}
