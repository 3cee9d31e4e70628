package nl.woonzorg.vera.json;

import static nl.woonzorg.testkit.assertion.ReadingAssertions.assertWellFormedUtf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.testkit.assertion.ReadingAssertions;
import nl.woonzorg.vera.Samples;
import nl.woonzorg.vera.unit.VeraUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Coverage-guided fuzz targets (Jazzer) for the VERA reader, with the invariant of the woonzorg
 * reader's targets (ReaderFuzzTest in woonzorg-testkit): every input reads, or is refused with
 * problems of the documented {@link nl.woonzorg.io.ProblemKind}s, worded in Dutch and English —
 * nothing else is ever thrown; a clean read was well-formed UTF-8; and whatever is read is written
 * by {@link VeraWriter} and read back to an equal unit.
 *
 * <p>In {@code ./mvnw verify} each target replays its committed inputs under {@code
 * src/test/resources/nl/woonzorg/vera/json/VeraReaderFuzzTestInputs/<target>/}, and the tests
 * below replay the ten real payloads of {@link Samples} through the same targets; {@code
 * woonzorg-testkit/fuzz.sh} fuzzes them for real (woonzorg-io/README.md, Fuzzing). Here rather
 * than in the testkit, which may not use vera (ArchitectureTest).
 */
class VeraReaderFuzzTest {

  static final List<String> SAMPLES = Samples.NAMES;

  /** The input as one {@code Eenheid} document, read strictly and leniently. */
  @FuzzTest
  void unit(byte[] input) {
    @Nullable VeraUnit strict = readOrRefused(VeraReader.strict(), input);
    @Nullable VeraUnit lenient = readOrRefused(VeraReader.lenient(), input);
    if (strict != null) {
      // What reads strictly reads alike leniently, and was well-formed UTF-8.
      assertEquals(strict, lenient);
      assertWellFormedUtf8(input);
      roundTrips(strict, VeraReader.strict());
    }
    if (lenient != null) {
      // A value kept passed through is written back as it came, and so is reported again.
      roundTrips(lenient, VeraReader.lenient());
    }
    // The String form, here of what the JDK decodes the bytes to, never throws either.
    ReadResult<VeraUnit> result =
        VeraReader.lenient().readResult(new String(input, StandardCharsets.UTF_8));
    result.problems().forEach(ReadingAssertions::assertDocumented);
  }

  /**
   * The input as an NDJSON stream of {@code Eenheid} records: leniently, every line reads or is
   * reported and skipped, and nothing is thrown; strictly, the stream reads to its end or fails
   * with the first problem.
   */
  @FuzzTest
  void ndjson(byte[] input) {
    List<WireProblem> problems = new ArrayList<>();
    List<VeraUnit> units;
    try (Stream<VeraUnit> stream = VeraReader.lenient().withProblemHandler(problems::add)
        .readNdjson(new ByteArrayInputStream(input))) {
      units = stream.toList();
    }
    problems.forEach(ReadingAssertions::assertDocumented);
    units.forEach(unit -> roundTrips(unit, VeraReader.lenient()));
    if (problems.isEmpty()) {
      assertWellFormedUtf8(input);
    }
    try (Stream<VeraUnit> stream = VeraReader.strict()
        .readNdjson(new ByteArrayInputStream(input))) {
      List<VeraUnit> strict = stream.toList();
      // Read to the end strictly: there was no problem, and the same units came.
      assertEquals(List.of(), problems);
      assertEquals(units, strict);
    } catch (WireFormatException e) {
      assertFalse(problems.isEmpty(), e::toString);
      assertEquals(problems.get(0), e.getProblems().get(0));
      e.getProblems().forEach(ReadingAssertions::assertDocumented);
    }
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void aRealPayloadSatisfiesTheUnitTarget(String name) {
    unit(Samples.bytes(name));
  }

  @Test
  void theRealPayloadsAsNdjsonSatisfyTheNdjsonTarget() {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    for (String name : SAMPLES) {
      VeraWriter.compact().write(VeraReader.strict().read(Samples.bytes(name)), ndjson);
      ndjson.write('\n');
    }
    ndjson(ndjson.toByteArray());
  }

  /** The unit {@code reader} reads from {@code input}, or null when it refuses it as documented. */
  private static @Nullable VeraUnit readOrRefused(VeraReader reader, byte[] input) {
    try {
      return reader.read(input);
    } catch (WireFormatException e) {
      assertFalse(e.getProblems().isEmpty(), e::toString);
      e.getProblems().forEach(ReadingAssertions::assertDocumented);
      return null;
    }
  }

  /** {@code unit}, written compact and pretty, reads back with {@code reader} to an equal unit. */
  private static void roundTrips(VeraUnit unit, VeraReader reader) {
    for (VeraWriter writer : List.of(VeraWriter.compact(), VeraWriter.pretty())) {
      String written = writer.write(unit);
      assertEquals(unit, reader.read(written), written);
      assertEquals(unit, reader.read(written.getBytes(StandardCharsets.UTF_8)), written);
    }
  }
}
