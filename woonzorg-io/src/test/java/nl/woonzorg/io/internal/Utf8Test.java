package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The UTF-8 check agrees with the JDK's decoder, which reports ill-formed input by the Unicode
 * standard's definition, on every input; the readers refuse exactly what it refuses, and read
 * back all text the writer writes.
 */
class Utf8Test {

  /**
   * Bytes at the edges of Table 3-7's ranges and a letter, so that random arrays hold well-formed
   * sequences of each length, every kind of ill-formed one, and runs of ASCII long enough for the
   * eight-byte steps.
   */
  private static final int[] PALETTE = {'a', 'a', 'a', 'a', 'a', 'a', 'a', 'a', 0x80, 0x8F,
      0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
      0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

  private static final String MEASUREMENT = "{\"formatVersion\":\"1.0\",\"indicatorId\":\"i\","
      + "\"referenceDate\":\"2024-01-01\",\"value\":1,\"source\":\"x";

  private static Gen<byte[]> bytes(int maxLength) {
    return bytes(PALETTE, maxLength);
  }

  /** Arrays of up to {@code maxLength} bytes, each drawn from {@code palette}. */
  static Gen<byte[]> bytes(int[] palette, int maxLength) {
    return lists().of(integers().between(0, palette.length - 1)).ofSizeBetween(0, maxLength)
        .map(indices -> {
          byte[] bytes = new byte[indices.size()];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) palette[indices.get(i)];
          }
          return bytes;
        });
  }

  /** Where the JDK's decoder finds the first ill-formed sequence in the range; -1 if none. */
  private static int jdkFirstIllFormed(byte[] bytes, int from, int to) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CoderResult result = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(in, CharBuffer.allocate(to - from), true);
    return result.isMalformed() ? in.position() : -1;
  }

  @Test
  void findsTheFirstIllFormedSequenceWhereTheJdkDecoderDoes() {
    qt().withExamples(20_000)
        .forAll(bytes(40), integers().between(0, 40), integers().between(0, 40))
        .checkAssert((bytes, a, b) -> {
          int from = Math.min(Math.min(a, b), bytes.length);
          int to = Math.min(Math.max(a, b), bytes.length);
          int at = Utf8.firstIllFormed(bytes, from, to);
          assertEquals(jdkFirstIllFormed(bytes, from, to), at);
          if (at >= 0) {
            String message = Utf8.problem(bytes, from, at, to, 100).message();
            assertTrue(message.startsWith("ill-formed UTF-8 at byte offset " + (100 + at - from)
                + ": "), message);
          }
        });
  }

  @Test
  void aDocumentIsRefusedExactlyWhenTheJdkDecoderFindsItIllFormed() {
    byte[] start = MEASUREMENT.getBytes(StandardCharsets.UTF_8);
    qt().withExamples(5_000).forAll(bytes(24)).checkAssert(text -> {
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      json.writeBytes(start);
      json.writeBytes(text);
      json.writeBytes(new byte[] {'"', '}'});

      ReadResult<Measurement> read =
          JsonReader.strict().readResult(json.toByteArray(), DocumentType.MEASUREMENT);

      int at = jdkFirstIllFormed(text, 0, text.length);
      if (at < 0) {
        assertEquals(List.of(), read.problems());
        assertEquals(Optional.of("x" + new String(text, StandardCharsets.UTF_8)),
            read.value().orElseThrow().getSource());
      } else {
        WireProblem problem = read.problems().get(0);
        assertEquals(List.of(ProblemKind.ENCODING),
            read.problems().stream().map(WireProblem::kind).toList());
        assertEquals(Optional.of(SourcePosition.of(1, start.length + at + 1)),
            problem.position());
      }
    });
  }

  @Test
  void everyWellFormedTextTheWriterWritesReadsBack() {
    // Code points from 0 to U+10FFFF with the surrogates, which are no characters, left out.
    Gen<String> texts = lists().of(integers().between(0, 0x10FFFF - 0x800)
            .map(c -> c < 0xD800 ? c : c + 0x800)).ofSizeBetween(0, 30)
        .map(codePoints -> codePoints.stream().map(Character::toString)
            .collect(Collectors.joining()));
    qt().withExamples(2_000).forAll(texts).checkAssert(text -> {
      Measurement measurement =
          Measurement.builder().from(Fixtures.smallShare()).source("x" + text).build();

      assertEquals(measurement, JsonReader.strict().read(
          JsonWriter.compact().writeBytes(measurement), DocumentType.MEASUREMENT));
    });
  }
}
