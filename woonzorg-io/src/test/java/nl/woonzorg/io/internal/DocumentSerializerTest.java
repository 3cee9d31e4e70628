package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document writers write exactly databind's bytes, against the wire format's mapper without
 * them: the compact writer's own bytes ({@link CompactOutput}), and the generator's, pretty and
 * compact (which the compact writer falls back on). For each fixture document and each example
 * document bundled with the command-line tools, for decimals of every scale and size, dates of
 * every year, and strings of every kind of character JSON escapes or encodes apart.
 */
class DocumentSerializerTest {

  private static final JsonMapper DATABIND = WireMapper.settings().build();
  /** The example files bundled with the command-line tools. */
  private static final Path BUNDLED = Path.of("../examples/data");

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aDocumentIsWrittenAsDatabindWritesIt(Object document) {
    assertWrittenAsDatabindWritesIt(document);
  }

  @Test
  void everyBundledExampleDocumentIsWrittenAsDatabindWritesIt() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(BUNDLED)) {
      // The VERA payloads there are VERA's format, not documents of woonzorg's.
      files = walk.filter(file -> (file.toString().endsWith(".json")
          || file.toString().endsWith(".ndjson")) && !file.getParent().endsWith("vera"))
          .sorted().toList();
    }
    assertTrue(files.size() >= 10, "bundled documents: " + files);
    for (Path file : files) {
      List<String> texts = file.toString().endsWith(".ndjson")
          ? Files.readAllLines(file, StandardCharsets.UTF_8)
          : List.of(Files.readString(file, StandardCharsets.UTF_8));
      for (String json : texts) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertWrittenAsDatabindWritesIt(
            JsonReader.lenient().read(bytes, JsonReader.detectType(bytes)));
      }
    }
  }

  @Test
  void aDecimalIsWrittenAsDatabindWritesItWhateverItsScale() {
    qt().withExamples(5_000).forAll(longs().all(), integers().between(-25, 25),
            integers().between(0, 3))
        .checkAssert((unscaled, scale, widen) -> {
          // Widened past a long's range now and then, to reach the decimal's long form too.
          BigInteger digits = BigInteger.valueOf(unscaled).shiftLeft(widen * 21);
          assertWrittenAsDatabindWritesIt(measurement(LocalDate.of(2024, 1, 1),
              new BigDecimal(digits, scale)));
        });
  }

  @Test
  void aDateIsWrittenAsDatabindWritesItWhateverItsYear() {
    qt().withExamples(5_000).forAll(longs().between(LocalDate.MIN.toEpochDay(),
            LocalDate.MAX.toEpochDay()), longs().between(-1_000, 3_000_000))
        .checkAssert((anyDay, nearDay) -> {
          for (long day : new long[] {anyDay, nearDay}) {
            assertWrittenAsDatabindWritesIt(measurement(LocalDate.ofEpochDay(day),
                BigDecimal.ONE));
          }
        });
  }

  /**
   * The characters JSON escapes or UTF-8 encodes apart, each beside its neighbours: controls,
   * quote, backslash, slash as in {@code </}, DEL, the edges of two and three bytes, U+2028 and
   * U+2029, both halves of a surrogate pair, which may come paired, alone or in the wrong order.
   */
  private static final char[] EDGES = {0, 1, '\b', '\t', '\n', '\f', '\r', 0x1f, ' ', '"', '\\',
      '/', '<', 'a', 0x7e, 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x7ff, 0x800, 0x2028, 0x2029, 0xd7ff,
      0xd800, 0xd83d, 0xdbff, 0xdc00, 0xde00, 0xdfff, 0xe000, 0xfffd, 0xffff};

  @Test
  void aStringIsWrittenAsDatabindWritesItWhateverItsCharacters() {
    Gen<String> strings = lists().of(integers().between(0, EDGES.length - 1))
        .ofSizeBetween(1, 24)
        .map(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(pick -> text.append(EDGES[pick]));
          return text.toString();
        });
    qt().withExamples(10_000).forAll(strings, strings).checkAssert((indicator, source) ->
        assertWrittenAsDatabindWritesIt(measurement(indicator, source)));
  }

  /**
   * A long string is encoded in chunks: a surrogate pair, a lone surrogate and an escape at each
   * place about a chunk's end (and Jackson's own segments) are written as one string has them.
   */
  @Test
  void aLongStringIsWrittenAsDatabindWritesItWhereverItsChunksEnd() {
    List<String> tails = List.of("\uD83D\uDE00", "\uD83D", "\uDE00", "\"", "\u00e9", "\u2028");
    for (int length : new int[] {999, 1000, 1001, 4094, 4095, 4096, 4097, 8191, 8192, 20_000}) {
      for (String tail : tails) {
        List<String> texts = new ArrayList<>();
        for (int at = length - 3; at <= length + 1; at++) {
          texts.add("x".repeat(at) + tail + "y".repeat(length));
        }
        for (String text : texts) {
          assertWrittenAsDatabindWritesIt(measurement(GemeenteA.INDICATOR_CLUSTERED, text));
        }
      }
    }
  }

  private static Measurement measurement(String indicator, String source) {
    return Measurement.builder()
        .indicatorId(indicator)
        .referenceDate(LocalDate.of(2024, 1, 1))
        .value(BigDecimal.ONE)
        .source(source)
        .build();
  }

  private static Measurement measurement(LocalDate date, BigDecimal value) {
    return Measurement.builder()
        .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
        .referenceDate(date)
        .value(value)
        .build();
  }

  /** Compact by the compact writer and by the generator, and pretty, as databind writes it. */
  private static void assertWrittenAsDatabindWritesIt(Object document) {
    VersionedDocument root = new VersionedDocument(document);
    byte[] databind = DATABIND.writer().writeValueAsBytes(root);
    assertSameBytes(databind, JsonWriter.compact().writeBytes(document));
    assertSameBytes(databind, WireMapper.MAPPER.writer().writeValueAsBytes(root));
    assertSameBytes(DATABIND.writer().with(WireMapper.PRETTY).writeValueAsBytes(root),
        JsonWriter.pretty().writeBytes(document));
  }

  /**
   * As text first, for a difference one can read; then as bytes, as decoding would hide one
   * ill-formed sequence against another, or against U+FFFD.
   */
  private static void assertSameBytes(byte[] expected, byte[] actual) {
    assertEquals(new String(expected, StandardCharsets.UTF_8),
        new String(actual, StandardCharsets.UTF_8));
    assertArrayEquals(expected, actual);
  }
}
