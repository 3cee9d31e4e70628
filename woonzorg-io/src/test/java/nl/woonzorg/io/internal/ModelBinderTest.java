package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.document.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents with nested objects are bound straight into the model's builders ({@link
 * ModelBinder}). The reader must give for every document exactly what it gives when databind
 * binds behind {@link CheckingParser}, the reference: the same value and, for a document that is
 * not clean, the same problems at the same places and the same drops, in both modes. Each
 * fixture and bundled document is read both ways as it is, and with each defect {@link
 * SinglePassTest} injects.
 */
class ModelBinderTest {

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final DocumentReading BINDERS = new DocumentReading(ReadLimits.defaults());
  private static final DocumentReading DATABIND =
      new DocumentReading(ReadLimits.defaults(), true);
  /** The example files bundled with the command-line tools. */
  private static final Path BUNDLED = Path.of("../examples/data");

  @Test
  void everyDocumentTypeIsBoundByTheBuilders() {
    for (DocumentType<?> type : DocumentType.all()) {
      assertNotNull(ModelBinder.of(type), type.name());
    }
  }

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aFixtureAndEachDefectInjectedInItReadAsDatabindReadsThem(Object document) {
    DocumentType<Object> type = Fixtures.typeOf(document);
    String json = JsonWriter.compact().write(document);
    assertEquals(document, sameBothWays(json, type).value().orElseThrow());
    for (boolean fromBytes : List.of(true, false)) {
      assertEquals(Optional.of(document), bound(json, type, fromBytes, false));
      assertEquals(Optional.of(document), bound(json, type, fromBytes, true));
    }

    JsonNode tree = TREES.readTree(json);
    List<String> mutants = new ArrayList<>();
    SinglePassTest.mutate(tree, Shape.of(type), () -> mutants.add(TREES.writeValueAsString(tree)),
        mutants);
    assertTrue(mutants.size() >= 10, "too few defects injected: " + mutants.size());
    // Every defect is refused by both one-pass binders, from bytes and from a String; the
    // reader then reads it again the one checked way. That the results are then the same too is
    // shown on every eighth defect, as the checked reading is what takes the time.
    for (int i = 0; i < mutants.size(); i++) {
      String mutant = mutants.get(i);
      for (boolean fromBytes : List.of(true, false)) {
        assertEquals(Optional.empty(), bound(mutant, type, fromBytes, false), mutant);
        assertEquals(Optional.empty(), bound(mutant, type, fromBytes, true), mutant);
      }
      if (i % 8 == 0) {
        assertTrue(!sameBothWays(mutant, type, ReadMode.STRICT, true).problems().isEmpty());
        sameBothWays(mutant, type, ReadMode.LENIENT, false);
      }
    }
  }

  @Test
  void everyBundledDocumentReadsAsDatabindReadsIt() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(BUNDLED)) {
      // The VERA payloads there are VERA's format, not documents of woonzorg's.
      files = walk.filter(file -> file.toString().endsWith(".json")
          && !file.getParent().endsWith("vera")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "bundled documents: " + files);
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      ReadResult<?> result = sameBothWays(json,
          JsonReader.detectType(json.getBytes(StandardCharsets.UTF_8)));
      assertTrue(result.value().isPresent(), () -> file + ": " + result.problems());
      assertEquals(result.value(), bound(json, Fixtures.typeOf(result.value().orElseThrow()),
          true, false));
    }
  }

  /**
   * What one pass binds from {@code json}: the model binder's value, or databind's behind the
   * checking parser if {@code databind}; empty if it refuses the document.
   */
  private static <T> Optional<T> bound(String json, DocumentType<T> type, boolean fromBytes,
      boolean databind) {
    try (JsonParser raw = fromBytes
        ? BINDERS.factory().createParser(ObjectReadContext.empty(),
            json.getBytes(StandardCharsets.UTF_8))
        : BINDERS.factory().createParser(ObjectReadContext.empty(), json)) {
      T value;
      if (databind) {
        JsonParser parser = new CheckingParser(raw, Shape.of(type));
        value = type.modelType().cast(WireMapper.binder(type).readValue(parser));
        return parser.nextToken() == null ? Optional.of(value) : Optional.empty();
      }
      value = ModelBinder.of(type).bind(raw, raw.nextToken());
      return raw.nextToken() == null ? Optional.of(value) : Optional.empty();
    } catch (RuntimeException refused) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code json} both ways, from bytes and from a String, strictly and leniently; asserts
   * the results equal and returns the strict one from bytes.
   */
  private static <T> ReadResult<T> sameBothWays(String json, DocumentType<T> type) {
    sameBothWays(json, type, ReadMode.LENIENT, false);
    sameBothWays(json, type, ReadMode.STRICT, false);
    sameBothWays(json, type, ReadMode.LENIENT, true);
    return sameBothWays(json, type, ReadMode.STRICT, true);
  }

  /**
   * Reads {@code json} both ways in {@code mode}, from bytes or from a String (which Jackson reads
   * with another parser, matching names its own way); asserts the results equal and returns one.
   */
  private static <T> ReadResult<T> sameBothWays(String json, DocumentType<T> type, ReadMode mode,
      boolean fromBytes) {
    ReadResult<T> expected;
    ReadResult<T> actual;
    if (fromBytes) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      expected = DATABIND.read(bytes, 0, bytes.length, 0, type, mode);
      actual = BINDERS.read(bytes, 0, bytes.length, 0, type, mode);
    } else {
      expected = DATABIND.read(type, mode,
          context -> DATABIND.factory().createParser(ObjectReadContext.empty(), json));
      actual = BINDERS.read(type, mode,
          context -> BINDERS.factory().createParser(ObjectReadContext.empty(), json));
    }
    assertEquals(expected.value(), actual.value(), json);
    assertEquals(expected.problems(), actual.problems(), json);
    assertEquals(expected.problemsOmitted(), actual.problemsOmitted(), json);
    assertEquals(expected.dropped(), actual.dropped(), json);
    assertEquals(expected.droppedOmitted(), actual.droppedOmitted(), json);
    return actual;
  }
}
