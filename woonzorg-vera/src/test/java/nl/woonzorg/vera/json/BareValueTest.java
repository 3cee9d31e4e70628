package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.WireFormatException;
import org.junit.jupiter.api.Test;

/**
 * A bare string or number where an Eenheid belongs is refused as not an object, saying what it
 * is: VeraReaderFuzzTest found, in its 46th execution of the soak run, that {@code "{"} as a
 * document threw a NullPointerException, as a string token has no fixed text.
 */
class BareValueTest {

  @Test
  void aBareStringOrNumberIsNotAnEenheid() {
    WireProblem string = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read("\"{\"")).getProblems().get(0);
    assertEquals(ProblemKind.WRONG_TYPE, string.kind());
    assertEquals(Optional.of("the string \"{\""), string.found(Locale.ENGLISH));

    WireProblem number = assertThrows(WireFormatException.class,
        () -> VeraReader.strict().read("-12.5e3".getBytes(StandardCharsets.UTF_8)))
        .getProblems().get(0);
    assertEquals(Optional.of("the number -12.5e3"), number.found(Locale.ENGLISH));

    assertEquals(Optional.of("het getal 7"), assertThrows(WireFormatException.class,
        () -> VeraReader.strict().readArray(new ByteArrayInputStream(new byte[] {'7'})).toList())
        .getProblems().get(0).found(Locale.forLanguageTag("nl")));
    assertEquals(List.of(), VeraReader.lenient().readNdjson(
        new ByteArrayInputStream("\"x\"\n".getBytes(StandardCharsets.UTF_8))).toList());
  }
}
