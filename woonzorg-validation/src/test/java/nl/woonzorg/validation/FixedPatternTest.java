package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A fixed-length format matches exactly what java.util.regex matches in full. */
class FixedPatternTest {

  /** The model's formats, and others of the same form. */
  private static final List<String> FORMATS = List.of("GM\\d{4}", "WK\\d{6}", "BU\\d{8}",
      "PV\\d{2}", "[1-9]\\d{3}[A-Z]{2}", "[A-Za-z]{3}", "a-b_c", "[0-9a-f]\\d");

  /** Characters near the formats' edges: other digits, lower case, non-ASCII look-alikes. */
  private static final String ALPHABET = "GMWKBUPV0189AZaz-_/:@[`{\u0661\u06F1\uFF11\u00C0 ";

  @Test
  void matchesExactlyWhatTheRegexMatches() {
    qt().withExamples(5_000)
        .forAll(integers().between(0, FORMATS.size() - 1),
            lists().of(integers().between(0, ALPHABET.length())).ofSizeBetween(0, 11))
        .checkAssert((format, codes) -> {
          StringBuilder text = new StringBuilder();
          // Mostly a string that is nearly right: a valid example with characters swapped in.
          String example = example(FORMATS.get(format));
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            text.append(code == ALPHABET.length()
                ? (i < example.length() ? example.charAt(i) : 'x') : ALPHABET.charAt(code));
          }
          String candidate = codes.size() % 4 == 0 ? example : text.toString();
          assertEquals(Pattern.compile(FORMATS.get(format)).matcher(candidate).matches(),
              FixedPattern.compile(FORMATS.get(format)).orElseThrow().matches(candidate),
              () -> FORMATS.get(format) + " on \"" + candidate + "\"");
        });
  }

  @Test
  void aSupplementaryCharacterNeverMatches() {
    String twoChars = new String(Character.toChars(0x1D7CE)); // MATHEMATICAL BOLD DIGIT ZERO
    assertEquals(false, FixedPattern.compile("\\d{2}").orElseThrow().matches(twoChars));
    assertEquals(false, Pattern.compile("\\d{2}").matcher(twoChars).matches());
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?s).*[^\\p{javaWhitespace}].*", "a+", "a*", "a?", "a|b", "(ab)",
      "^a$", ".", "\\w", "\\D", "[^a]", "[a-]", "[]", "a{2,3}", "a{0}", "[z-a]", "\\", "[ab"})
  void anyOtherFormIsLeftToTheRegexEngine(String regex) {
    assertTrue(FixedPattern.compile(regex).isEmpty(), regex);
  }

  /** A text the format matches: the lowest character of every position. */
  private static String example(String format) {
    return switch (format) {
      case "GM\\d{4}" -> "GM0363";
      case "WK\\d{6}" -> "WK036301";
      case "BU\\d{8}" -> "BU03630101";
      case "PV\\d{2}" -> "PV27";
      case "[1-9]\\d{3}[A-Z]{2}" -> "2511CV";
      case "[A-Za-z]{3}" -> "aZb";
      case "a-b_c" -> "a-b_c";
      default -> "a9";
    };
  }
}
