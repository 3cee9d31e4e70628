package nl.woonzorg.model.dwelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.woonzorg.model.vera.VeraCoded;
import org.junit.jupiter.api.Test;

class DwellingTypeTest {

  @Test
  void theNamedTypesExist() {
    List<String> named = List.of("REGULIERE_WONING", "NULTREDENWONING",
        "LEVENSLOOPBESTENDIGE_WONING", "GECLUSTERDE_WOONVORM", "ZORGGESCHIKTE_WONING",
        "VERPLEEGZORGPLAATS", "SENIORENWONING_MET_ZORG", "GROEPSWONEN", "BEGELEID_WONEN",
        "KLEINSCHALIG_WONEN", "GEMENGD_WONEN", "THUIS_PLUS", "MANTELZORGWONING",
        "PRE_MANTELZORGWONING", "KANGOEROEWONING", "TIJDELIJKE_WONING", "BESCHERMD_WONEN_PLAATS",
        "MAATSCHAPPELIJKE_OPVANG_PLAATS", "VEILIGE_OPVANG_PLAATS", "WOONZORGZONE", "ROLSTOELWONING",
        "DOORGANKELIJKE_WONING", "DEMENTIEVRIENDELIJKE_WONING", "ONZELFSTANDIGE_WOONRUIMTE",
        "GECLUSTERD_WONEN_PLUS", "WONEN_MET_ZORG", "TUSSENVORMEN", "OVERIGE_TUSSENVORM");
    assertEquals(named, Arrays.stream(DwellingType.values()).map(DwellingType::getCode).toList());
  }

  @Test
  void everyVeraReferenceIsLive() {
    for (DwellingType type : DwellingType.values()) {
      type.getHousingForm().ifPresent(vera -> assertLive(type, vera));
      type.getAccessibilityLabel().ifPresent(vera -> assertLive(type, vera));
      type.getUnitDetailKind().ifPresent(vera -> assertLive(type, vera));
    }
  }

  private static void assertLive(DwellingType type, VeraCoded vera) {
    assertFalse(vera.isEndDated(), type + " refers to end-dated " + vera);
  }

  @Test
  void veraMappings() {
    Map<DwellingType, String> mappings = new EnumMap<>(DwellingType.class);
    for (DwellingType type : DwellingType.values()) {
      StringBuilder codes = new StringBuilder();
      type.getHousingForm().ifPresent(v -> codes.append(" WOONVORM.").append(v.getCode()));
      type.getAccessibilityLabel()
          .ifPresent(v -> codes.append(" TOEGANKELIJKHEIDSLABEL.").append(v.getCode()));
      type.getUnitDetailKind()
          .ifPresent(v -> codes.append(" EENHEIDDETAILSOORT.").append(v.getCode()));
      if (codes.length() > 0) {
        mappings.put(type, codes.toString().trim());
      }
    }
    Map<DwellingType, String> expected = new LinkedHashMap<>();
    expected.put(DwellingType.NULTREDENWONING, "TOEGANKELIJKHEIDSLABEL.NUL");
    expected.put(DwellingType.LEVENSLOOPBESTENDIGE_WONING, "WOONVORM.LEV");
    expected.put(DwellingType.GECLUSTERDE_WOONVORM, "WOONVORM.GEC TOEGANKELIJKHEIDSLABEL.NUL");
    expected.put(DwellingType.ZORGGESCHIKTE_WONING, "WOONVORM.ZWO TOEGANKELIJKHEIDSLABEL.ROA");
    expected.put(DwellingType.VERPLEEGZORGPLAATS, "EENHEIDDETAILSOORT.VPL");
    expected.put(DwellingType.SENIORENWONING_MET_ZORG, "WOONVORM.SEN");
    expected.put(DwellingType.GROEPSWONEN, "WOONVORM.GRO");
    expected.put(DwellingType.BEGELEID_WONEN, "WOONVORM.BEG");
    expected.put(DwellingType.KLEINSCHALIG_WONEN, "WOONVORM.KLE");
    expected.put(DwellingType.KANGOEROEWONING, "EENHEIDDETAILSOORT.KNG");
    expected.put(DwellingType.TIJDELIJKE_WONING, "EENHEIDDETAILSOORT.TIJ");
    expected.put(DwellingType.MAATSCHAPPELIJKE_OPVANG_PLAATS, "EENHEIDDETAILSOORT.OPV");
    expected.put(DwellingType.VEILIGE_OPVANG_PLAATS, "EENHEIDDETAILSOORT.OPV");
    expected.put(DwellingType.ROLSTOELWONING, "TOEGANKELIJKHEIDSLABEL.ROL");
    expected.put(DwellingType.ONZELFSTANDIGE_WOONRUIMTE, "EENHEIDDETAILSOORT.KAM");
    assertEquals(expected, mappings);
  }

  @Test
  void programmeCategories() {
    Map<DwellingType, ProgrammeCategory> categories = new EnumMap<>(DwellingType.class);
    for (DwellingType type : DwellingType.values()) {
      type.getProgrammeCategory().ifPresent(category -> categories.put(type, category));
    }
    assertEquals(Map.of(
        DwellingType.NULTREDENWONING, ProgrammeCategory.NULTREDENWONING,
        DwellingType.ROLSTOELWONING, ProgrammeCategory.NULTREDENWONING,
        DwellingType.GECLUSTERDE_WOONVORM, ProgrammeCategory.GECLUSTERDE_WONING,
        DwellingType.ZORGGESCHIKTE_WONING, ProgrammeCategory.ZORGGESCHIKTE_WONING), categories);
  }

  @Test
  void kinds() {
    Map<DwellingTypeKind, Integer> counts = new EnumMap<>(DwellingTypeKind.class);
    for (DwellingType type : DwellingType.values()) {
      counts.merge(type.getKind(), 1, Integer::sum);
    }
    assertEquals(Map.of(DwellingTypeKind.ZELFSTANDIG, 10, DwellingTypeKind.ONZELFSTANDIG, 1,
        DwellingTypeKind.TUSSENVORM, 12, DwellingTypeKind.INTRAMURAAL, 1,
        DwellingTypeKind.OPVANG_EN_BESCHERMD, 3, DwellingTypeKind.GEBIED, 1), counts);
    assertEquals(DwellingTypeKind.GEBIED, DwellingType.WOONZORGZONE.getKind());
    assertEquals(DwellingTypeKind.INTRAMURAAL, DwellingType.VERPLEEGZORGPLAATS.getKind());
  }

  @Test
  void labelsAreGivenInBothLanguages() {
    for (DwellingType type : DwellingType.values()) {
      assertFalse(type.getLabelNl().isBlank(), type.toString());
      assertFalse(type.getLabelEn().isBlank(), type.toString());
      assertFalse(type.getLabelEn().equals(type.getLabelNl()), type.toString());
    }
    for (DwellingTypeKind kind : DwellingTypeKind.values()) {
      assertFalse(kind.getLabelEn().equals(kind.getLabelNl()), kind.toString());
    }
    assertEquals(DwellingType.THUIS_PLUS, DwellingType.fromCode("THUIS_PLUS"));
  }

  @Test
  void tussenvormenIsTheUmbrellaOverEveryIntermediateForm() {
    Set<DwellingType> covered = DwellingType.TUSSENVORMEN.covers();
    for (DwellingType type : DwellingType.values()) {
      assertEquals(type.getKind() == DwellingTypeKind.TUSSENVORM, covered.contains(type),
          type.name());
    }
    assertTrue(covered.containsAll(DwellingType.WONEN_MET_ZORG.covers().stream()
        .filter(type -> type.getKind() == DwellingTypeKind.TUSSENVORM).toList()));
    assertFalse(covered.contains(DwellingType.NULTREDENWONING));
  }
}
