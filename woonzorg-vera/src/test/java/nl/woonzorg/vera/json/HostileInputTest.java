package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import org.junit.jupiter.api.Test;

/**
 * Hostile VERA input is streamed or refused within io's read limits, located by JSON Pointer,
 * line and column, with no stack trace in what the caller sees.
 */
class HostileInputTest {

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anArrayOfAHundredThousandUnitsIsStreamed() {
    int elements = 100_000;
    List<InputStream> parts = new ArrayList<>();
    parts.add(utf8("["));
    for (int i = 0; i < elements; i++) {
      parts.add(utf8((i == 0 ? "" : ",") + "{\"id\":\"E-" + i + "\",\"bouwjaar\":" + (1900 + i % 120)
          + ",\"doelgroep\":{\"code\":\"SEN\"},\"ruimten\":[{\"id\":\"R-" + i + "\"}]}"));
    }
    parts.add(utf8("]"));

    long seniors;
    try (var units = VeraReader.strict()
        .readArray(new SequenceInputStream(Collections.enumeration(parts)))) {
      seniors = units.filter(unit -> unit.getTargetGroup().isPresent()).count();
    }

    assertEquals(elements, seniors);
  }

  @Test
  void deepNestingIsRefusedWhereItCrossesTheLimit() {
    String deep = "{\"extra-attributen\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    WireProblem problem = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read(deep)).getProblems().get(0);

    assertEquals(ProblemKind.LIMIT, problem.kind());
    // The root object is depth 1: the 31st array is the deepest allowed, its first element, the
    // 32nd, is refused.
    assertEquals("/extra-attributen" + "/0".repeat(31), problem.pointer().toString());
    // Jackson places the problem just after the bracket that crosses the limit, at column 52.
    assertEquals("1:53", problem.position().orElseThrow().toString());
  }

  @Test
  void aTenMegabyteOmschrijvingIsRefusedLocated() {
    String huge = "{\n  \"id\": \"E-1\",\n  \"omschrijving\": \"" + "x".repeat(10 << 20)
        + "\"\n}";

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read(huge.getBytes(StandardCharsets.UTF_8)));
    WireProblem problem = e.getProblems().get(0);

    assertEquals(ProblemKind.LIMIT, problem.kind());
    assertEquals("/omschrijving", problem.pointer().toString());
    assertEquals(3, problem.position().orElseThrow().getLine());
    assertFalse(e.getMessage().contains("\tat "), e.getMessage());
  }

  @Test
  void anNdjsonLineBeyondTheRecordLimitIsSkippedUnread() {
    String ndjson = "{\"id\":\"E-1\"}\n{\"omschrijving\":\"" + "x".repeat(2 << 20) + "\"}\n"
        + "{\"id\":\"E-3\"}\n";
    List<WireProblem> problems = new ArrayList<>();

    List<String> ids = VeraReader.lenient().withProblemHandler(problems::add)
        .readNdjson(utf8(ndjson)).map(unit -> unit.getId().orElseThrow()).toList();

    assertEquals(List.of("E-1", "E-3"), ids);
    assertEquals("WZ-IO-LIMIT at / (2:1): line 2 is longer than 1048576 bytes; it was skipped "
        + "unread", problems.get(0).toString());
  }

  @Test
  void anAmountTooLongToWriteOutIsKeptAsWritten() {
    String json = "{\"brutohuur\":1e999999999}";

    WireProblem problem = assertThrows(WireFormatException.class,
        () -> VeraReader.strict().read(json)).getProblems().get(0);

    assertEquals(ProblemKind.INVALID_VALUE, problem.kind());
    assertEquals(json, VeraWriter.compact().write(VeraReader.lenient().read(json)));
  }

  @Test
  void aRootThatIsNoObjectIsRefused() {
    assertEquals(ProblemKind.WRONG_TYPE, assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read("[]")).getProblems().get(0).kind());
    assertEquals(ProblemKind.SYNTAX, assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read("")).getProblems().get(0).kind());
    assertEquals(ProblemKind.WRONG_TYPE, assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().readArray(utf8("{}")).count()).getProblems().get(0).kind());
  }

  @Test
  void anArrayIsRefusedWhereItStopsBeingUtf8AfterTheUnitsBeforeAreStreamed() {
    // An overlong form of "/" (C0 AF) in the third unit, which Jackson alone would decode.
    byte[] head = "[{\"id\":\"E-1\"},\n{\"id\":\"E-2\"},\n{\"id\":\"E-".getBytes(
        StandardCharsets.UTF_8);
    List<InputStream> parts = List.of(new ByteArrayInputStream(head),
        new ByteArrayInputStream(new byte[] {(byte) 0xC0, (byte) 0xAF}), utf8("3\"}]"));
    List<String> ids = new ArrayList<>();

    WireFormatException e = assertThrows(WireFormatException.class, () -> {
      try (var units = VeraReader.lenient()
          .readArray(new SequenceInputStream(Collections.enumeration(parts)))) {
        units.forEach(unit -> ids.add(unit.getId().orElseThrow()));
      }
    });

    assertEquals(List.of("E-1", "E-2"), ids);
    // Line 3 holds {"id":"E- (9 bytes) before the overlong lead byte.
    assertEquals("WZ-IO-ENCODING at / (3:10): ill-formed UTF-8 at byte offset " + head.length
        + ": C0 starts an overlong encoding: C0 and C1 never occur in UTF-8",
        e.getProblems().get(0).toString());
  }
}
