package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A String is text already, so ill-formed UTF-8 cannot reach {@code readResult(String)}; a
 * surrogate out of its pair can. Jackson took it into the value, and the UTF-8 writer then wrote
 * U+FFFD or {@code ?} for it: now it is refused as {@code WZ-IO-ENCODING} at its char offset, as
 * ill-formed UTF-8 is from bytes.
 */
class UnpairedSurrogateTest {

  /** A measurement whose source ends on line 2 with {@code ab}: the chars after it are at offset 93, column 23. */
  private static final String START = "{\"formatVersion\":\"1.0\",\"indicatorId\":\"i\","
      + "\"referenceDate\":\"2024-01-01\",\n\"value\":1,\"source\":\"ab";

  private static WireProblem problem(int offset, int column, String found, String reason) {
    return WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(), SourcePosition.of(2, column),
        "ill-formed UTF-16 at char offset " + offset + ": " + found + " " + reason,
        "a character, or a high surrogate D800–DBFF followed by a low surrogate DC00–DFFF",
        found);
  }

  @Test
  void aHighSurrogateAloneIsRefusedAtItsCharOffset() {
    String json = START + "\uD800x\"}";
    WireProblem expected = problem(93, 23, "U+D800",
        "is a high surrogate without a low one after it");
    for (JsonReader reader : List.of(JsonReader.strict(), JsonReader.lenient())) {
      ReadResult<Measurement> result = reader.readResult(json, DocumentType.MEASUREMENT);
      assertEquals(Optional.empty(), result.value());
      assertEquals(List.of(expected), result.problems());
      assertEquals(List.of(expected), assertThrows(WireFormatException.class,
          () -> reader.read(json, DocumentType.MEASUREMENT)).getProblems());
    }
  }

  @Test
  void aLowSurrogateAloneIsRefusedInDutchToo() {
    WireProblem problem = JsonReader.lenient()
        .readResult(START + "c\uDC00\"}", DocumentType.MEASUREMENT).problems().get(0);
    assertEquals(problem(94, 24, "U+DC00", "is a low surrogate without a high one before it"),
        problem);
    assertEquals("ongeldige UTF-16 op teken 94: U+DC00 is een lage surrogaat zonder hoge ervoor",
        problem.message(Locale.forLanguageTag("nl")));
    assertEquals("een teken, of een hoge surrogaat D800–DBFF gevolgd door een lage DC00–DFFF",
        problem.expected(Locale.forLanguageTag("nl")));
  }

  /** Two highs: the first is alone, whatever follows the second. */
  @ParameterizedTest
  @ValueSource(strings = {"\uD83D\uD83D\uDE00", "\uD83D"})
  void aHighSurrogateBeforeAnotherHighOrAtTheEndIsAlone(String tail) {
    assertEquals("ill-formed UTF-16 at char offset 93: U+D83D is a high surrogate without a low"
        + " one after it", EncodingCheck.utf16(START + tail).orElseThrow().message(Locale.ENGLISH));
  }

  @Test
  void aPairIsOneCharacterAndReadsAsIt() {
    Measurement read = JsonReader.strict()
        .read(START + "\uD83D\uDE00\"}", DocumentType.MEASUREMENT);
    assertEquals(Optional.of("ab\uD83D\uDE00"), read.getSource());
    assertEquals(Optional.empty(), EncodingCheck.utf16(START + "\uD83D\uDE00\"}"));
  }
}
