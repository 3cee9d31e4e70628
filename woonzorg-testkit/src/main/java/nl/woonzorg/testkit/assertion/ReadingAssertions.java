package nl.woonzorg.testkit.assertion;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.io.WireProblem;
import org.apiguardian.api.API;

/**
 * Assertions on what a reader of untrusted input gives, shared by the fuzz targets of woonzorg's
 * readers and of the VERA reader: a refusal must be a documented problem, and a clean read must
 * have been of well-formed text. Each throws a plain {@link AssertionError} that names the problem
 * or shows the bytes. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReadingAssertions {

  private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

  private ReadingAssertions() {}

  /**
   * Asserts that {@code problem} is documented: it has a {@link nl.woonzorg.io.ProblemKind}, the
   * kind's rule id, and a message and an expectation in Dutch and in English.
   */
  public static void assertDocumented(WireProblem problem) {
    Objects.requireNonNull(problem, "problem");
    if (problem.kind() == null || !problem.kind().ruleId().equals(problem.ruleId())) {
      throw new AssertionError("a problem of no documented kind: " + problem);
    }
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      if (problem.message(locale).isBlank() || problem.expected(locale).isBlank()) {
        throw new AssertionError("a problem without words in " + locale + ": " + problem);
      }
    }
  }

  /**
   * Asserts that {@code input} is well-formed UTF-8, as the JDK's decoder set to report what the
   * Unicode standard calls ill-formed judges it.
   */
  public static void assertWellFormedUtf8(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
    } catch (CharacterCodingException e) {
      throw new AssertionError("not well-formed UTF-8 (" + e + "): " + HEX.formatHex(input), e);
    }
  }
}
