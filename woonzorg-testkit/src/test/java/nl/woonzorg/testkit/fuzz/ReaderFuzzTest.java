package nl.woonzorg.testkit.fuzz;

import static nl.woonzorg.testkit.assertion.ReadingAssertions.assertWellFormedUtf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadMode;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonSummary;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.testkit.assertion.ReadingAssertions;
import nl.woonzorg.validation.WoonzorgValidator;

/**
 * Coverage-guided fuzz targets (Jazzer) for reading untrusted bytes. The invariant, for every
 * input: it reads, or it is refused with problems of the documented {@link
 * nl.woonzorg.io.ProblemKind}s — nothing else is ever thrown — and whatever is read is validated,
 * written and read back to an equal value.
 *
 * <p>In {@code ./mvnw verify} each target replays its committed inputs under {@code
 * src/test/resources/nl/woonzorg/testkit/fuzz/ReaderFuzzTestInputs/<target>/}; {@code
 * woonzorg-testkit/fuzz.sh} fuzzes them for real, as does {@code JAZZER_FUZZ=1} for one target
 * run through JUnit (woonzorg-io/README.md, Fuzzing). Any exception other than the asserted ones
 * is a finding.
 */
class ReaderFuzzTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();
  private static final List<JsonReader> READERS =
      List.of(JsonReader.strict(), JsonReader.lenient());

  // One method per kind rather than a loop over DocumentType.all(): Jazzer gives each @FuzzTest
  // method a corpus and a run of its own, so the fuzzer learns one kind's shape at a time.
  @FuzzTest
  void vision(byte[] input) {
    readOrRefused(input, DocumentType.VISION);
  }

  @FuzzTest
  void agreement(byte[] input) {
    readOrRefused(input, DocumentType.AGREEMENT);
  }

  @FuzzTest
  void goal(byte[] input) {
    readOrRefused(input, DocumentType.GOAL);
  }

  @FuzzTest
  void dwelling(byte[] input) {
    readOrRefused(input, DocumentType.DWELLING);
  }

  @FuzzTest
  void measurement(byte[] input) {
    readOrRefused(input, DocumentType.MEASUREMENT);
  }

  /**
   * The input as the kind of document it names or looks like ({@link JsonReader#detectType}), as
   * {@code woonzorg validate} reads a file: so that the cycle's other documents (analysis,
   * programme, prestatieafspraken, covenant, monitor) and buildings are fuzzed through the reader
   * too, from their bundled examples, without a target each.
   */
  @FuzzTest
  void detected(byte[] input) {
    readOrRefused(input, JsonReader.detectType(input));
  }

  /** The input as an NDJSON stream of each kind of record, going on past bad lines. */
  @FuzzTest
  void ndjson(byte[] input) {
    for (DocumentType<?> type : DocumentType.all()) {
      List<WireProblem> problems = new ArrayList<>();
      List<Object> records = new ArrayList<>();
      NdjsonSummary summary = NdjsonReader.of(type).continueOnError(problems::add)
          .read(new ByteArrayInputStream(input), records::add);
      assertEquals(records.size(), summary.records());
      assertEquals(summary.badLines() == 0, problems.isEmpty(), problems::toString);
      problems.forEach(ReadingAssertions::assertDocumented);
      // A stream read without a bad line was well-formed UTF-8, as a clean document is.
      if (problems.isEmpty()) {
        assertWellFormedUtf8(input);
      }
    }
  }

  /**
   * The input as an NDJSON stream of the flat records, dwellings and buildings, whose runs of
   * clean lines the reader takes straight from their bytes where it can, and with the parser
   * where not: either way it must hand over exactly the records that reading each line on its
   * own gives, and count as many bad lines.
   */
  @FuzzTest
  void flatLines(byte[] input) {
    for (DocumentType<?> type : List.of(DocumentType.DWELLING, DocumentType.BUILDING)) {
      readAsLineByLine(input, type);
    }
  }

  private static <T> void readAsLineByLine(byte[] input, DocumentType<T> type) {
    List<T> records = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(type).continueOnError(problem -> { })
        .read(new ByteArrayInputStream(input), records::add);
    // As the NDJSON reader reads a line on its own: a line ends at \n, a \r before that is
    // part of the line end, a line of spaces and tabs is blank.
    JsonReader alone = JsonReader.strict().withLimits(ReadLimits.records());
    List<T> expected = new ArrayList<>();
    int bad = 0;
    for (int start = 0; start < input.length; ) {
      int end = start;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      int content = end > start && input[end - 1] == '\r' ? end - 1 : end;
      boolean blank = true;
      for (int i = start; i < content; i++) {
        blank &= input[i] == ' ' || input[i] == '\t';
      }
      if (!blank) {
        ReadResult<T> result = alone.readResult(Arrays.copyOfRange(input, start, content), type);
        if (result.isClean()) {
          expected.add(result.value().orElseThrow());
        } else {
          bad++;
        }
      }
      start = end + 1;
    }
    assertEquals(expected, records);
    assertEquals(bad, summary.badLines());
  }

  /**
   * The input as each kind of document, read leniently: what is kept is validated, written
   * compact and pretty, and read back strictly to an equal value.
   */
  @FuzzTest
  void readValidateWriteRead(byte[] input) {
    for (DocumentType<?> type : DocumentType.all()) {
      roundTrips(input, type);
    }
  }

  private static <T> void readOrRefused(byte[] input, DocumentType<T> type) {
    for (JsonReader reader : READERS) {
      ReadResult<T> result = reader.readResult(input, type);
      result.problems().forEach(ReadingAssertions::assertDocumented);
      // A clean document always gives its value; a strict reader gives none for any other.
      if (result.isClean() || reader.mode() == ReadMode.STRICT) {
        assertEquals(result.isClean(), result.value().isPresent(), result.problems()::toString);
      }
      // Whatever reads cleanly was well-formed UTF-8: nothing ill-formed is taken and rewritten.
      if (result.isClean()) {
        assertWellFormedUtf8(input);
      }
      // read(…) throws exactly where readResult(…) has no value to give, with the same problems.
      boolean refused = reader.mode() == ReadMode.STRICT ? !result.isClean()
          : result.value().isEmpty();
      try {
        T value = reader.read(input, type);
        assertFalse(refused, result.problems()::toString);
        assertEquals(result.value().orElseThrow(), value);
      } catch (WireFormatException e) {
        assertTrue(refused, e::toString);
        assertEquals(result.problems(), e.getProblems());
      }
    }
  }

  private static <T> void roundTrips(byte[] input, DocumentType<T> type) {
    ReadResult<T> result = JsonReader.lenient().readResult(input, type);
    result.value().ifPresent(value -> {
      assertNotNull(VALIDATOR.validate(value));
      for (JsonWriter writer : List.of(JsonWriter.compact(), JsonWriter.pretty())) {
        assertEquals(value, JsonReader.strict().read(writer.writeBytes(value), type),
            () -> writer.write(value));
      }
    });
  }
}
