package nl.woonzorg.model.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The CBS code formats are checked by hand; these tests hold them to the regular expressions they
 * replaced, {@code PV\d{2}}, {@code GM\d{4}}, {@code WK\d{6}} and {@code BU\d{8}}, on the inputs
 * most likely to tell the two apart.
 */
class AreaCodeFormatTest {

  /** The formats as they were written before: Java's {@code \d}, which is ASCII 0-9 only. */
  private static final Map<AreaType, Pattern> REGEX = Map.of(
      AreaType.PROVINCIE, Pattern.compile("PV\\d{2}"),
      AreaType.GEMEENTE, Pattern.compile("GM\\d{4}"),
      AreaType.WIJK, Pattern.compile("WK\\d{6}"),
      AreaType.BUURT, Pattern.compile("BU\\d{8}"));

  /** Digits that are digits to Unicode but not to {@code \d}, and the ASCII ones beside them. */
  private static final List<String> CHARACTERS = List.of(
      "0", "1", "3", "6", "9", "/", ":", "\u0661", "\u0663", "\uff10", "\uff19", "\u0966",
      "G", "M", "W", "K", "B", "U", "P", "V", "g", "m", " ", "\n", "-", "+", "x", "\ud835\udfce");

  private static boolean regex(AreaType type, String code) {
    Pattern pattern = REGEX.get(type);
    return pattern != null && pattern.matcher(code).matches();
  }

  @Test
  void aGemeenteCodeIsGmAndFourAsciiDigits() {
    assertTrue(AreaType.GEMEENTE.hasCodeFormat("GM0363"));
    assertTrue(AreaType.GEMEENTE.hasCodeFormat("GM9999"));
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM\u0661\u0662\u0663\u0664"), "Arabic-Indic");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM\uff10\uff13\uff16\uff13"), "fullwidth");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM036\u0663"), "one Arabic-Indic digit");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("gm0363"), "lowercase prefix");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("Gm0363"), "half lowercase prefix");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM036"), "too short");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM03630"), "too long");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM0363\n"), "a line break is no digit");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat(" GM0363"), "leading space");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM-363"), "sign");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM03/3"), "just below '0'");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM03:3"), "just above '9'");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("WK0363"), "another prefix");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat("GM"), "prefix only");
    assertFalse(AreaType.GEMEENTE.hasCodeFormat(""), "empty");
  }

  @Test
  void everyKindWithACodeHasItsOwnLength() {
    assertTrue(AreaType.PROVINCIE.hasCodeFormat("PV27"));
    assertTrue(AreaType.WIJK.hasCodeFormat("WK036300"));
    assertTrue(AreaType.BUURT.hasCodeFormat("BU03630001"));
    assertFalse(AreaType.PROVINCIE.hasCodeFormat("PV2"));
    assertFalse(AreaType.WIJK.hasCodeFormat("WK0363001"));
    assertFalse(AreaType.BUURT.hasCodeFormat("BU0363000"));
    for (AreaType type : List.of(AreaType.LAND, AreaType.REGIO, AreaType.KERN,
        AreaType.LOCATIE)) {
      assertFalse(type.hasCodeFormat(""), type.name());
      assertFalse(type.hasCodeFormat("GM0363"), type.name());
      assertEquals(Optional.empty(), type.codeFormat(), type.name());
    }
    assertEquals(Optional.of("PVnn"), AreaType.PROVINCIE.codeFormat());
    assertEquals(Optional.of("GMnnnn"), AreaType.GEMEENTE.codeFormat());
    assertEquals(Optional.of("BUnnnnnnnn"), AreaType.BUURT.codeFormat());
  }

  @Test
  void nullIsRefusedAsBeforeByKindsWithACode() {
    assertThrows(NullPointerException.class, () -> AreaType.GEMEENTE.hasCodeFormat(null));
    assertFalse(AreaType.KERN.hasCodeFormat(null));
  }

  @Test
  void nestingNeedsAsciiDigitsToo() {
    assertTrue(Municipalities.isDistrictOf("WK036300", "GM0363"));
    assertFalse(Municipalities.isDistrictOf("WK\u0660\u0663\u0666\u0663\u0660\u0660", "GM0363"));
    assertFalse(Municipalities.isDistrictOf("WK036300", "GM\u0660\u0663\u0666\u0663"));
    assertFalse(Municipalities.isDistrictOf("wk036300", "GM0363"));
    assertFalse(Municipalities.isDistrictOf("", ""));
    assertTrue(Municipalities.isNeighbourhoodOf("BU03630001", "WK036300"));
    assertFalse(Municipalities.isNeighbourhoodOf("BU0363000\u0661", "WK036300"));
    assertFalse(Municipalities.isNeighbourhoodOf("BU03630001", "WK03630\uff10"));
    assertFalse(Municipalities.isNeighbourhoodOf("BU036300011", "WK036300"));
    assertFalse(Municipalities.isNeighbourhoodOf("", ""));
  }

  @Test
  void agreesWithTheRegularExpressionOnCodeLikeText() {
    Gen<String> prefixes = arbitrary().pick(List.of("", "G", "GM", "gm", "WK", "BU", "PV", "GMG"));
    Gen<String> rests = lists().of(arbitrary().pick(CHARACTERS)).ofSizeBetween(0, 10)
        .map(characters -> String.join("", characters));
    qt().withExamples(5_000)
        .forAll(arbitrary().enumValues(AreaType.class), prefixes, rests)
        .check((type, prefix, rest) ->
            type.hasCodeFormat(prefix + rest) == regex(type, prefix + rest));
  }

  @Test
  void agreesWithTheRegularExpressionOnAnyText() {
    qt().withExamples(2_000)
        .forAll(arbitrary().enumValues(AreaType.class),
            strings().allPossible().ofLengthBetween(0, 12))
        .check((type, code) -> type.hasCodeFormat(code) == regex(type, code));
  }

  @Test
  void nestingAgreesWithTheRegularExpressions() {
    Gen<String> digits = lists().of(arbitrary().pick(List.of("0", "3", "6", "\u0663", "\uff16")))
        .ofSizeBetween(1, 5).map(characters -> String.join("", characters));
    // The part's code is the whole's digits and more, as CBS numbers them, so that the codes nest
    // whenever both have the format.
    qt().withExamples(2_000)
        .forAll(digits, digits)
        .check((whole, more) -> {
          String part = whole + more;
          boolean district = REGEX.get(AreaType.WIJK).matcher("WK" + part).matches()
              && REGEX.get(AreaType.GEMEENTE).matcher("GM" + whole).matches();
          boolean neighbourhood = REGEX.get(AreaType.BUURT).matcher("BU" + part).matches()
              && REGEX.get(AreaType.WIJK).matcher("WK" + whole).matches();
          return Municipalities.isDistrictOf("WK" + part, "GM" + whole) == district
              && Municipalities.isNeighbourhoodOf("BU" + part, "WK" + whole) == neighbourhood;
        });
  }
}
