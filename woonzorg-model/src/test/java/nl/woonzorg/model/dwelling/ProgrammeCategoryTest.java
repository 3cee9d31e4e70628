package nl.woonzorg.model.dwelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeCategoryTest {

  /** Housing form and label by VERA code, "-" for absent; the expected category. */
  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(nullValues = "-", value = {
      "ZWO, -,   ZORGGESCHIKTE_WONING",
      "ZWO, ZON, ZORGGESCHIKTE_WONING",
      "ZWO, NUL, ZORGGESCHIKTE_WONING",
      "ZWO, ROL, ZORGGESCHIKTE_WONING",
      "GEC, -,   GECLUSTERDE_WONING",
      "GEC, GNV, GECLUSTERDE_WONING",
      "GEC, NUL, GECLUSTERDE_WONING",
      "-,   NUL, NULTREDENWONING",
      "-,   ROA, NULTREDENWONING",
      "-,   ROL, NULTREDENWONING",
      "-,   RUI, NULTREDENWONING",
      "LEV, NUL, NULTREDENWONING",
      "SEN, ROL, NULTREDENWONING",
      "BEG, ROA, NULTREDENWONING",
      "-,   GNV, -",
      "-,   ROG, -",
      "-,   GEL, -",
      "-,   ZON, -",
      "LEV, -,   -",
      "LEV, GNV, -",
      "SEN, -,   -",
      "GRO, ZON, -",
      "GEB, -,   -",
      "-,   -,   -"})
  void derivation(String form, String label, String expected) {
    Optional<HousingForm> housingForm = Optional.ofNullable(form).map(HousingForm::fromCode);
    Optional<AccessibilityLabel> accessibilityLabel =
        Optional.ofNullable(label).map(AccessibilityLabel::fromCode);
    assertEquals(Optional.ofNullable(expected).map(ProgrammeCategory::valueOf),
        ProgrammeCategory.of(housingForm, accessibilityLabel));
  }

  /** Over every combination, each home lands in at most one category: the most specific. */
  @Test
  void everyCombinationCountsOnce() {
    Map<ProgrammeCategory, Integer> counts = new EnumMap<>(ProgrammeCategory.class);
    int none = 0;
    for (Optional<HousingForm> form : withEmpty(HousingForm.values())) {
      for (Optional<AccessibilityLabel> label : withEmpty(AccessibilityLabel.values())) {
        Optional<ProgrammeCategory> category = ProgrammeCategory.of(form, label);
        if (category.isPresent()) {
          counts.merge(category.get(), 1, Integer::sum);
        } else {
          none++;
        }
      }
    }
    // 13 forms (12 + none) x 9 labels (8 + none): ZWO and GEC rows whole, then 4 zero-step labels
    // for each of the other 11 forms.
    assertEquals(Map.of(ProgrammeCategory.ZORGGESCHIKTE_WONING, 9,
        ProgrammeCategory.GECLUSTERDE_WONING, 9, ProgrammeCategory.NULTREDENWONING, 44), counts);
    assertEquals(13 * 9 - 9 - 9 - 44, none);
  }

  private static <T> List<Optional<T>> withEmpty(T[] values) {
    List<Optional<T>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (T value : values) {
      all.add(Optional.of(value));
    }
    return all;
  }

  @Test
  void labels() {
    assertEquals("zorggeschikte woning", ProgrammeCategory.ZORGGESCHIKTE_WONING.getLabelNl());
    assertEquals("care-ready home", ProgrammeCategory.ZORGGESCHIKTE_WONING.getLabelEn());
    assertEquals(ProgrammeCategory.GECLUSTERDE_WONING,
        ProgrammeCategory.fromCode("GECLUSTERDE_WONING"));
  }
}
