package nl.woonzorg.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.UnknownCodeException;
import org.junit.jupiter.api.Test;

class GoalCodesTest {

  private static List<Coded> allConstants() {
    return Stream.of(BreakdownDimension.values(), ConstructionMode.values(), RentSegment.values(),
            CriterionKind.values())
        .flatMap(Arrays::stream)
        .map(Coded.class::cast)
        .toList();
  }

  @Test
  void everyConstantIsFoundByItsCodeWhichIsItsName() {
    for (BreakdownDimension c : BreakdownDimension.values()) {
      assertSame(c, BreakdownDimension.fromCode(c.name()));
    }
    for (ConstructionMode c : ConstructionMode.values()) {
      assertSame(c, ConstructionMode.fromCode(c.name()));
    }
    for (RentSegment c : RentSegment.values()) {
      assertSame(c, RentSegment.fromCode(c.name()));
    }
    for (CriterionKind c : CriterionKind.values()) {
      assertSame(c, CriterionKind.fromCode(c.name()));
    }
  }

  @Test
  void everyConstantHasDutchAndEnglishLabels() {
    for (Coded c : allConstants()) {
      assertFalse(c.getLabelNl().isBlank(), c.getCode());
      assertFalse(c.getLabelEn().isBlank(), c.getCode());
    }
    assertEquals("nieuwbouw", ConstructionMode.NIEUWBOUW.getLabel(Locale.forLanguageTag("nl")));
    assertEquals("new build", ConstructionMode.NIEUWBOUW.getLabel(Locale.ENGLISH));
    assertEquals("mid-rent", RentSegment.MIDDENHUUR.getLabelEn());
    assertEquals("maximum distance to a facility",
        CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING.getLabelEn());
  }

  @Test
  void unknownCodeNamesTheListAndTheValidCodes() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> ConstructionMode.fromCode("nieuwbouw"));

    assertEquals("unknown code 'nieuwbouw' in code list ConstructionMode; valid codes:"
        + " NIEUWBOUW, BESTAANDE_BOUW, TRANSFORMATIE, RENOVATIE", e.getMessage());
  }
}
