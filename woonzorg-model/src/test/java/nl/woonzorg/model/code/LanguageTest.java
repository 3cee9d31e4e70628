package nl.woonzorg.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import nl.woonzorg.model.report.Severity;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void englishWhateverTheCountryAndDutchForEveryOtherLanguage() {
    assertEquals(Language.EN, Language.of(Locale.UK));
    assertEquals(Language.EN, Language.of(Locale.forLanguageTag("en-NL")));
    assertEquals(Language.NL, Language.of(Locale.forLanguageTag("nl-BE")));
    assertEquals(Language.NL, Language.of(Locale.FRENCH));
    assertEquals(Language.NL, Language.of(Locale.ROOT));
  }

  @Test
  void aLabelIsPickedByTheSameRule() {
    assertEquals("error", Severity.ERROR.getLabel(Locale.US));
    assertEquals(Severity.ERROR.getLabelNl(), Severity.ERROR.getLabel(Locale.GERMAN));
    assertEquals("1,5", String.format(Language.of(Locale.GERMAN).locale(), "%.1f", 1.5));
    assertEquals("1.5", String.format(Language.of(Locale.UK).locale(), "%.1f", 1.5));
  }
}
