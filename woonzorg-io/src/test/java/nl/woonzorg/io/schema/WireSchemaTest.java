package nl.woonzorg.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.report.JsonPointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schemas are what the model generates, every written document validates against
 * them (checked by networknt, independently of the reader), and the reader refuses documents that
 * break them, at the place the validator names.
 */
class WireSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentType<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static List<Error> validate(DocumentType<?> type, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(WireSchema.text(t)));
    return schema.validate(JSON.readTree(json));
  }

  static Stream<DocumentType<?>> types() {
    return DocumentType.all().stream();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theShippedSchemaIsWhatTheModelGenerates(DocumentType<?> type) throws IOException {
    String generated = new WireSchemaGenerator().generate(type);
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      WireSchemaGenerator.write(type, generated);
      return;
    }
    assertEquals(generated, WireSchema.text(type), "stale " + WireSchema.resourceName(type)
        + "; regenerate the schemas and the README's property tables with: " + REGENERATE);
  }

  /** The command that rewrites every generated file of this module. */
  static final String REGENERATE = "./mvnw -pl woonzorg-io -am test -Dtest=WireSchemaTest,WireFormatDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dwoonzorg.regenerate=true";

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyWrittenDocumentValidates(Object document) {
    DocumentType<?> type = Fixtures.typeOf(document);

    assertEquals(List.of(), validate(type, JsonWriter.compact().write(document)));
    assertEquals(List.of(), validate(type, JsonWriter.pretty().write(document)));
  }

  private static final String DWELLING = "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"unitKind\":\"WOO\"";

  static Stream<Arguments> schemaBreakers() {
    return Stream.of(
        Arguments.of("an unknown property", DocumentType.DWELLING, DWELLING + ",\"floor\":3}",
            "additionalProperties", "WZ-IO-UNKNOWN-PROPERTY", "/floor"),
        Arguments.of("a string for an integer", DocumentType.DWELLING,
            DWELLING + ",\"rooms\":\"three\"}", "type", "WZ-IO-WRONG-TYPE", "/rooms"),
        Arguments.of("null for an absent value", DocumentType.DWELLING,
            DWELLING + ",\"postalCode\":null}", "type", "WZ-IO-WRONG-TYPE", "/postalCode"),
        Arguments.of("an object for a string", DocumentType.DWELLING,
            "{\"formatVersion\":\"1.0\",\"id\":{},\"unitKind\":\"WOO\"}", "type",
            "WZ-IO-WRONG-TYPE", "/id"),
        Arguments.of("a missing required value", DocumentType.DWELLING,
            "{\"formatVersion\":\"1.0\",\"id\":\"d1\"}", "required", "WZ-IO-MISSING-VALUE",
            "/unitKind"),
        Arguments.of("an unknown code", DocumentType.DWELLING,
            "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"unitKind\":\"WONING\"}", "enum",
            "WZ-IO-UNKNOWN-CODE", "/unitKind"),
        Arguments.of("an integer out of range", DocumentType.DWELLING,
            DWELLING + ",\"rooms\":3000000000}", "maximum", "WZ-IO-INVALID-VALUE", "/rooms"),
        Arguments.of("no format version", DocumentType.DWELLING,
            "{\"id\":\"d1\",\"unitKind\":\"WOO\"}", "required", "WZ-IO-MISSING-VALUE",
            "/formatVersion"),
        Arguments.of("another major version", DocumentType.DWELLING,
            "{\"formatVersion\":\"2.0\",\"id\":\"d1\",\"unitKind\":\"WOO\"}", "pattern",
            "WZ-IO-UNSUPPORTED-VERSION", "/formatVersion"),
        Arguments.of("a wrong type deep down", DocumentType.GOAL,
            "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\",\"breakdowns\":[{\"dimension\":"
                + "\"BOUWWIJZE\",\"parts\":[{\"label\":\"nieuwbouw\",\"value\":\"80\"}]}]}",
            "type", "WZ-IO-WRONG-TYPE", "/breakdowns/0/parts/0/value"),
        Arguments.of("an array for an object", DocumentType.GOAL,
            "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\",\"scope\":[]}", "type",
            "WZ-IO-WRONG-TYPE", "/scope"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaBreakers")
  void documentsThatBreakTheSchemaAreRefusedWhereTheValidatorPoints(String what,
      DocumentType<?> type, String json, String keyword, String ruleId, String pointer) {
    List<Error> errors = validate(type, json);
    WireFormatException refused = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, type));
    WireProblem problem = refused.getProblems().get(0);

    assertEquals(1, errors.size(), errors.toString());
    assertEquals(keyword, errors.get(0).getKeyword());
    assertEquals(1, refused.getProblems().size(), refused.getProblems().toString());
    assertEquals(ruleId, problem.ruleId());
    assertEquals(JsonPointer.parse(pointer), problem.pointer());
    assertEquals(pointer, validatorPointer(errors.get(0)));
  }

  // networknt names the object for "required" and "additionalProperties", and the property in
  // its arguments; the reader points at the property itself.
  private static String validatorPointer(Error error) {
    String location = error.getInstanceLocation().toString().replaceFirst("^\\$", "")
        .replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    return error.getProperty() == null ? location : location + "/" + error.getProperty();
  }

  @Test
  void theModelNestsNoDeeperThanTheDocumentedEightLevels() throws IOException {
    int deepest = 0;
    for (DocumentType<?> type : DocumentType.all()) {
      deepest = Math.max(deepest, depth(JSON.readTree(WireSchema.text(type)), JSON.readTree(WireSchema.text(type))));
    }
    assertEquals(8, deepest);
  }

  private static int depth(JsonNode schema, JsonNode root) {
    JsonNode node = schema.has("$ref")
        ? root.get("$defs").get(schema.get("$ref").asString().substring("#/$defs/".length()))
        : schema;
    return switch (node.path("type").asString()) {
      case "object" -> 1 + node.path("properties").valueStream()
          .mapToInt(property -> depth(property, root)).max().orElse(0);
      case "array" -> 1 + depth(node.get("items"), root);
      default -> 0;
    };
  }
}
