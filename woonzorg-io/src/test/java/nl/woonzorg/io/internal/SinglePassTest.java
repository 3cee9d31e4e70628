package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.dwelling.Dwelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader checks and binds a clean document in one pass ({@link CheckingParser}) and reads it
 * again with {@link DocumentChecker} only when that pass meets anything the schema does not
 * allow. The one pass must therefore never accept what the checked reading reports: every
 * document here is a fixture with exactly one defect injected — at every place of the document
 * where that defect can be — and each must come back with a problem, in both modes.
 */
class SinglePassTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aCleanDocumentReadsBackEqualWithoutProblems(Object document) {
    DocumentType<Object> type = Fixtures.typeOf(document);
    ReadResult<Object> result =
        JsonReader.strict().readResult(JsonWriter.compact().write(document), type);

    assertEquals(List.of(), result.problems());
    assertEquals(document, result.value().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyInjectedDefectIsReported(Object document) {
    DocumentType<Object> type = Fixtures.typeOf(document);
    JsonNode tree = TREES.readTree(JsonWriter.compact().write(document));
    List<String> mutants = new ArrayList<>();
    mutate(tree, Shape.of(type), () -> mutants.add(TREES.writeValueAsString(tree)), mutants);

    assertTrue(mutants.size() >= 10, "too few defects injected: " + mutants.size());
    for (String mutant : mutants) {
      assertTrue(!JsonReader.strict().readResult(mutant, type).problems().isEmpty(),
          () -> "strict reading accepted " + mutant);
      assertTrue(!JsonReader.lenient().readResult(mutant, type).problems().isEmpty(),
          () -> "lenient reading accepted " + mutant);
    }
  }

  @Test
  void aStreamIsReadWholeWhateverTheDocumentLimit() {
    byte[] json = JsonWriter.compact().writeBytes(Fixtures.clusteredHome());
    for (long limit : List.of((long) json.length, Integer.MAX_VALUE - 9L, Integer.MAX_VALUE + 1L,
        Long.MAX_VALUE)) {
      JsonReader reader = JsonReader.strict()
          .withLimits(ReadLimits.defaults().withMaxDocumentLength(limit));

      assertEquals(Fixtures.clusteredHome(),
          reader.read(new ByteArrayInputStream(json), DocumentType.DWELLING), "limit " + limit);
    }
    ReadResult<Dwelling> tooLong = JsonReader.strict()
        .withLimits(ReadLimits.defaults().withMaxDocumentLength(json.length / 2))
        .readResult(new ByteArrayInputStream(json), DocumentType.DWELLING);
    assertEquals(List.of(ProblemKind.LIMIT),
        tooLong.problems().stream().map(WireProblem::kind).toList());
  }

  @Test
  void contentAfterTheDocumentIsReported() {
    String json = JsonWriter.compact().write(Fixtures.clusteredHome());

    for (String trailing : List.of(" {}", " 1", " []", "x", " \"x\"")) {
      assertTrue(!JsonReader.strict().readResult(json + trailing, DocumentType.DWELLING)
          .problems().isEmpty(), () -> "accepted trailing " + trailing);
    }
  }

  /**
   * Injects each defect at {@code node}, described by {@code shape}, and below it: after each
   * injection {@code emit} records the whole document, and the node is restored. Every
   * injection breaks the schema (the wire format has no nulls, one type per property, closed
   * objects, unique keys) or the parser's limits. {@link ModelBinderTest} reads the same
   * documents.
   */
  static void mutate(JsonNode node, Shape shape, Runnable emit, List<String> mutants) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> property : properties) {
        String name = property.getKey();
        JsonNode value = property.getValue();
        Shape valueShape = shape.property(shape.indexOf(name));
        if (shape.required().contains(name)) {
          replace(object, name, null, emit);
        }
        for (JsonNode wrong : wrongValues(valueShape, value)) {
          replace(object, name, wrong, emit);
        }
        mutate(value, valueShape, emit, mutants);
      }
      object.put("zzzUnknown", 1);
      emit.run();
      object.remove("zzzUnknown");
      if (!properties.isEmpty()) {
        // A tree cannot hold a key twice: write a placeholder and rename it in the text.
        String first = properties.get(0).getKey();
        object.set("zzzTwice", properties.get(0).getValue());
        int before = mutants.size();
        emit.run();
        mutants.set(before, mutants.get(before).replace("\"zzzTwice\"", "\"" + first + "\""));
        object.remove("zzzTwice");
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        int index = i;
        for (JsonNode wrong : wrongValues(shape.items(), item)) {
          array.set(index, wrong);
          emit.run();
          array.set(index, item);
        }
        mutate(item, shape.items(), emit, mutants);
      }
    }
  }

  /** Removes ({@code wrong} null) or replaces property {@code name}, emits, and restores it. */
  private static void replace(ObjectNode object, String name, JsonNode wrong, Runnable emit) {
    JsonNode original = object.get(name);
    Map<String, JsonNode> order = new LinkedHashMap<>();
    object.properties().forEach(e -> order.put(e.getKey(), e.getValue()));
    if (wrong == null) {
      object.remove(name);
    } else {
      object.set(name, wrong);
    }
    emit.run();
    // Put the properties back in their order, so that later mutants differ in one place only.
    object.removeAll();
    order.forEach(object::set);
    assertEquals(original, object.get(name));
  }

  /** Values that {@code shape} never allows where {@code value} stands. */
  private static List<JsonNode> wrongValues(Shape shape, JsonNode value) {
    List<JsonNode> wrong = new ArrayList<>();
    wrong.add(NODES.nullNode());
    Consumer<JsonNode> unless = node -> {
      if (!node.getNodeType().equals(value.getNodeType())) {
        wrong.add(node);
      }
    };
    switch (shape.kind()) {
      case OBJECT -> {
        unless.accept(NODES.arrayNode());
        unless.accept(NODES.stringNode("{}"));
      }
      case ARRAY -> {
        unless.accept(NODES.objectNode());
        unless.accept(NODES.numberNode(1));
      }
      case STRING -> {
        unless.accept(NODES.numberNode(1));
        unless.accept(NODES.booleanNode(true));
        if (shape.codes() != null) {
          wrong.add(NODES.stringNode("??"));
        }
        if (shape.isDate()) {
          wrong.add(NODES.stringNode("2023-02-29"));
          wrong.add(NODES.stringNode("2023-2-28"));
          wrong.add(NODES.stringNode("+12023-02-28"));
        }
      }
      case INTEGER -> {
        wrong.add(NODES.stringNode("1"));
        wrong.add(NODES.numberNode(new BigDecimal("1.5")));
        wrong.add(NODES.numberNode(2147483648L));
      }
      case NUMBER -> {
        wrong.add(NODES.stringNode("1"));
        wrong.add(NODES.numberNode(BigDecimal.ONE.movePointRight(200)));
      }
      case BOOLEAN -> wrong.add(NODES.stringNode("true"));
    }
    return wrong;
  }
}
