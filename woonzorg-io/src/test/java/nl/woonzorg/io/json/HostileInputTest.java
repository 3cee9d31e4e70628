package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken input ends in the documented {@link WireFormatException} with a located
 * problem of the documented kind — never a StackOverflowError, an OutOfMemoryError or a hang.
 */
class HostileInputTest {

  private static final String MEASUREMENT_START =
      "{\"formatVersion\":\"1.0\",\"indicatorId\":\"i\",\"referenceDate\":\"2024-01-01\",";

  private static WireProblem onlyProblem(WireFormatException e) {
    assertEquals(1, e.getProblems().size(), e.getProblems().toString());
    return e.getProblems().get(0);
  }

  private static WireProblem refused(String json, DocumentType<?> type) {
    return onlyProblem(assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, type)));
  }

  private static WireProblem refused(InputStream json, DocumentType<?> type) {
    return onlyProblem(assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, type)));
  }

  private static void assertProblem(ProblemKind kind, String pointer, int line, int column,
      WireProblem problem) {
    assertEquals(kind, problem.kind(), problem.toString());
    assertEquals(JsonPointer.parse(pointer), problem.pointer(), problem.toString());
    assertEquals(SourcePosition.of(line, column), problem.position().orElseThrow(),
        problem.toString());
  }

  @Test
  void hundredThousandNestedArraysStopAtTheNestingLimit() {
    String json = "{\"formatVersion\":\"1.0\",\"id\":\"d\",\"unitKind\":\"WOO\",\"x\":"
        + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    List<WireProblem> problems = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, DocumentType.DWELLING)).getProblems();

    assertEquals(2, problems.size(), problems.toString());
    assertProblem(ProblemKind.UNKNOWN_PROPERTY, "/x", 1, 50, problems.get(0));
    assertProblem(ProblemKind.LIMIT, "/x" + "/0".repeat(31), 1, 86, problems.get(1));
    assertEquals("at most 32 levels of nesting", problems.get(1).expected());
  }

  @Test
  void hundredThousandNestedArraysAsTheDocumentStopAtTheNestingLimit() {
    List<WireProblem> problems = assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read("[".repeat(100_000), DocumentType.DWELLING)).getProblems();

    assertEquals(2, problems.size(), problems.toString());
    assertProblem(ProblemKind.WRONG_TYPE, "", 1, 1, problems.get(0));
    assertProblem(ProblemKind.LIMIT, "/0".repeat(32), 1, 34, problems.get(1));
  }

  @Test
  void aHundredMegabyteStringStopsAtTheStringLimitWithoutBeingHeld() {
    InputStream json = new SequenceInputStream(
        new ByteArrayInputStream((MEASUREMENT_START + "\"source\":\"")
            .getBytes(StandardCharsets.UTF_8)),
        new RepeatingInputStream((byte) 'a', 100L << 20));

    WireProblem problem = refused(json, DocumentType.MEASUREMENT);

    // Jackson checks the length per buffer segment, so it stops a little past the limit.
    assertProblem(ProblemKind.LIMIT, "/source", 1, 1_045_753, problem);
    assertEquals("a string of at most 1000000 characters", problem.expected());
  }

  @Test
  void brokenUtf8IsAnEncodingProblemAtItsByte() {
    byte[] start = (MEASUREMENT_START + "\"value\":1,\"source\":\"caf").getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[start.length + 3];
    System.arraycopy(start, 0, json, 0, start.length);
    json[start.length] = (byte) 0xC3;
    json[start.length + 1] = (byte) 0x28;
    json[start.length + 2] = '"';

    WireProblem problem = onlyProblem(assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, DocumentType.MEASUREMENT)));

    // Found before parsing, the problem is of the text as a whole, at the byte C3 itself.
    assertProblem(ProblemKind.ENCODING, "", 1, 94, problem);
    assertEquals("a byte 80–BF after C3", problem.expected());
  }

  @Test
  void aByteOrderMarkIsRefused() {
    byte[] json = ("\uFEFF" + MEASUREMENT_START + "\"value\":1}").getBytes(StandardCharsets.UTF_8);

    WireProblem problem = onlyProblem(assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(json, DocumentType.MEASUREMENT)));

    assertProblem(ProblemKind.ENCODING, "", 1, 1, problem);
    assertEquals("a byte order mark", problem.found().orElseThrow());
    assertEquals(problem, refused("\uFEFF" + MEASUREMENT_START + "\"value\":1}",
        DocumentType.MEASUREMENT));
  }

  @Test
  void utf16AndUtf32AreRefusedAsEncodingProblems() {
    String json = MEASUREMENT_START + "\"value\":1}";
    byte[] utf16BigEndianWithMark = json.getBytes(StandardCharsets.UTF_16);
    byte[] utf16LittleEndian = json.getBytes(StandardCharsets.UTF_16LE);
    byte[] utf16BigEndian = json.getBytes(StandardCharsets.UTF_16BE);
    byte[] brokenUtf32 = {0, 0, 0, '{', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};

    for (byte[] bytes : List.of(utf16LittleEndian, utf16BigEndian, brokenUtf32)) {
      WireProblem problem = onlyProblem(assertThrows(WireFormatException.class,
          () -> JsonReader.strict().read(bytes, DocumentType.MEASUREMENT)));
      assertProblem(ProblemKind.ENCODING, "", 1, 1, problem);
      assertEquals("NUL bytes, as UTF-16 or UTF-32 text has", problem.found().orElseThrow());
      assertEquals(problem, refused(new ByteArrayInputStream(bytes), DocumentType.MEASUREMENT));
    }
    WireProblem marked = onlyProblem(assertThrows(WireFormatException.class,
        () -> JsonReader.strict().read(utf16BigEndianWithMark, DocumentType.MEASUREMENT)));
    assertEquals("a UTF-16 byte order mark", marked.found().orElseThrow());
  }

  @Test
  void anExponentBeyondEveryDecimalIsALimitNotACrash() {
    for (String number : List.of("1e2147483648", "1e-2147483649", "1E+99999999999999999999")) {
      WireProblem problem = refused(MEASUREMENT_START + "\"value\":" + number + "}",
          DocumentType.MEASUREMENT);
      assertEquals(ProblemKind.LIMIT, problem.kind(), problem.toString());
      assertEquals(JsonPointer.parse("/value"), problem.pointer());
      assertEquals("the number " + number + " is out of range", problem.message());
    }
  }

  @Test
  void aDateBeyondFourDigitYearsIsNotADate() {
    WireProblem problem = refused(
        "{\"formatVersion\":\"1.0\",\"indicatorId\":\"i\",\"referenceDate\":\"+12024-01-01\","
            + "\"value\":1}", DocumentType.MEASUREMENT);
    assertEquals(ProblemKind.INVALID_VALUE, problem.kind(), problem.toString());
    assertEquals(JsonPointer.parse("/referenceDate"), problem.pointer());
  }

  @Test
  void notANumberIsASyntaxError() {
    WireProblem problem = refused(MEASUREMENT_START + "\"value\":NaN}", DocumentType.MEASUREMENT);

    // Jackson reports where it stands: after the token it could not take.
    assertProblem(ProblemKind.SYNTAX, "/value", 1, 82, problem);
  }

  @Test
  void aThousandDigitNumberStopsAtTheNumberLimit() {
    WireProblem problem = refused(MEASUREMENT_START + "\"value\":1" + "0".repeat(1000) + "}",
        DocumentType.MEASUREMENT);

    assertProblem(ProblemKind.LIMIT, "/value", 1, 1080, problem);
    assertEquals("a number of at most 100 characters", problem.expected());
  }

  @Test
  void tenToTheThousandInExponentNotationStopsAtTheNumberLimit() {
    WireProblem problem = refused(MEASUREMENT_START + "\"value\":1e1000}", DocumentType.MEASUREMENT);

    assertProblem(ProblemKind.LIMIT, "/value", 1, 79, problem);
    assertEquals("a number of at most 100 digits", problem.expected());
    assertEquals("1e1000", problem.found().orElseThrow());
  }

  @Test
  void aTruncatedDocumentIsASyntaxErrorAtItsEnd() {
    WireProblem problem = refused(MEASUREMENT_START + "\"value\":1", DocumentType.MEASUREMENT);

    assertProblem(ProblemKind.SYNTAX, "/value", 1, 80, problem);
  }

  @Test
  void anEmptyDocumentIsASyntaxError() {
    assertProblem(ProblemKind.SYNTAX, "", 1, 1, refused("", DocumentType.MEASUREMENT));
  }

  @Test
  void everyHostileInputIsAlsoRefusedLeniently() {
    List<String> hostile = List.of("[".repeat(100_000),
        MEASUREMENT_START + "\"value\":NaN}", MEASUREMENT_START + "\"value\":1e1000}",
        MEASUREMENT_START + "\"value\":1");
    for (String json : hostile) {
      assertThrows(WireFormatException.class,
          () -> JsonReader.lenient().read(json, DocumentType.MEASUREMENT));
    }
  }

  /** {@code length} copies of one byte, made as they are read: nothing is held. */
  static final class RepeatingInputStream extends InputStream {
    private final byte value;
    private long remaining;

    RepeatingInputStream(byte value, long length) {
      this.value = value;
      this.remaining = length;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (remaining == 0) {
        return -1;
      }
      int count = (int) Math.min(length, remaining);
      java.util.Arrays.fill(buffer, offset, offset + count, value);
      remaining -= count;
      return count;
    }
  }
}
