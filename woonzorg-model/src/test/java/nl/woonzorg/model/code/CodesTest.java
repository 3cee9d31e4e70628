package nl.woonzorg.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void findsAnEntryByItsCode() {
    assertEquals(Unit.WONINGEN, Codes.fromCode(Unit.class, "WONINGEN"));
    assertTrue(Codes.find(Unit.class, "woningen").isEmpty(), "codes are case-sensitive");
  }

  @Test
  void anUnknownCodeListsEveryValidCode() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> Phase.fromCode("EVALUATIE"));
    assertEquals("unknown code 'EVALUATIE' in code list Phase; valid codes: "
        + "ANALYSE, VISIE, AFSPRAKEN, UITVOERING, BORGING", e.getMessage());
    assertEquals("Phase", e.getCodeList());
    assertEquals("EVALUATIE", e.getCode());
    assertEquals(List.of("ANALYSE", "VISIE", "AFSPRAKEN", "UITVOERING", "BORGING"), e.getValidCodes());
  }

  @Test
  void aCodeListEntryNeedsACode() {
    assertThrows(IllegalArgumentException.class, () -> new CodeEntry(" ", "leeg", "empty"));
  }

  @Test
  void labelFollowsTheLocaleWithDutchAsDefault() {
    assertEquals("woningen", Unit.WONINGEN.getLabel(Locale.forLanguageTag("nl")));
    assertEquals("dwellings", Unit.WONINGEN.getLabel(Locale.ENGLISH));
    assertEquals("woningen", Unit.WONINGEN.getLabel(Locale.GERMAN));
  }
}
