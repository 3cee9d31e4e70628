package nl.woonzorg.model.targetgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.code.UnknownCodeException;
import nl.woonzorg.model.vera.VeraCoded;
import org.junit.jupiter.api.Test;

class TargetGroupTest {

  @Test
  void everyVeraReferenceIsLive() {
    for (TargetGroup group : TargetGroup.values()) {
      group.getVeraTargetGroup().ifPresent(vera -> assertLive(group, vera));
      group.getVeraSupplementaryTargetGroup().ifPresent(vera -> assertLive(group, vera));
    }
  }

  private static void assertLive(TargetGroup group, VeraCoded vera) {
    assertFalse(vera.isEndDated(), group + " refers to end-dated " + vera);
  }

  @Test
  void veraMappings() {
    Map<TargetGroup, String> mappings = new EnumMap<>(TargetGroup.class);
    for (TargetGroup group : TargetGroup.values()) {
      group.getVeraTargetGroup()
          .ifPresent(vera -> mappings.put(group, "DOELGROEP." + vera.getCode()));
      group.getVeraSupplementaryTargetGroup()
          .ifPresent(vera -> mappings.put(group, "AANVULLENDEDOELGROEP." + vera.getCode()));
    }
    Map<TargetGroup, String> expected = new LinkedHashMap<>();
    expected.put(TargetGroup.OUDEREN, "DOELGROEP.SEN");
    expected.put(TargetGroup.OUDEREN_55_PLUS, "DOELGROEP.SEN");
    expected.put(TargetGroup.OUDEREN_65_PLUS, "DOELGROEP.SEN");
    expected.put(TargetGroup.OUDEREN_75_PLUS, "DOELGROEP.SEN");
    expected.put(TargetGroup.OUDEREN_85_PLUS, "DOELGROEP.SEN");
    expected.put(TargetGroup.KWETSBARE_OUDEREN, "DOELGROEP.SEN");
    expected.put(TargetGroup.MENSEN_MET_LICHAMELIJKE_BEPERKING, "AANVULLENDEDOELGROEP.LIC");
    expected.put(TargetGroup.MENSEN_MET_VERSTANDELIJKE_BEPERKING, "AANVULLENDEDOELGROEP.VBE");
    expected.put(TargetGroup.GGZ_CLIENTEN, "AANVULLENDEDOELGROEP.GGZ");
    expected.put(TargetGroup.UITSTROOM_MAATSCHAPPELIJKE_OPVANG, "AANVULLENDEDOELGROEP.DAK");
    expected.put(TargetGroup.DAK_EN_THUISLOZEN, "AANVULLENDEDOELGROEP.DAK");
    expected.put(TargetGroup.STATUSHOUDERS, "AANVULLENDEDOELGROEP.STH");
    expected.put(TargetGroup.STUDENTEN, "DOELGROEP.STU");
    expected.put(TargetGroup.JONGEREN, "DOELGROEP.JON");
    expected.put(TargetGroup.WLZ_GEINDICEERDEN, "AANVULLENDEDOELGROEP.ZIN");
    expected.put(TargetGroup.EX_GEDETINEERDEN, "AANVULLENDEDOELGROEP.GED");
    expected.put(TargetGroup.EX_VERSLAAFDEN, "AANVULLENDEDOELGROEP.VER");
    expected.put(TargetGroup.STARTERS, "DOELGROEP.STA");
    assertEquals(expected, mappings);
  }

  @Test
  void noGroupHasBothVeraReferences() {
    for (TargetGroup group : TargetGroup.values()) {
      assertFalse(group.getVeraTargetGroup().isPresent()
          && group.getVeraSupplementaryTargetGroup().isPresent(), group.toString());
    }
  }

  @Test
  void theNamedGroupsExistWithTheirCategory() {
    Map<String, TargetGroupCategory> expected = new LinkedHashMap<>();
    for (String older : List.of("OUDEREN", "OUDEREN_55_PLUS", "OUDEREN_65_PLUS",
        "OUDEREN_75_PLUS", "OUDEREN_85_PLUS", "KWETSBARE_OUDEREN")) {
      expected.put(older, TargetGroupCategory.OUDEREN);
    }
    for (String attention : List.of("MENSEN_MET_LICHAMELIJKE_BEPERKING",
        "MENSEN_MET_VERSTANDELIJKE_BEPERKING", "GGZ_CLIENTEN", "UITSTROOM_BESCHERMD_WONEN",
        "UITSTROOM_MAATSCHAPPELIJKE_OPVANG", "UITSTROOM_VEILIGE_OPVANG", "UITSTROOM_JEUGDZORG",
        "DAK_EN_THUISLOZEN", "STATUSHOUDERS", "ARBEIDSMIGRANTEN", "STUDENTEN",
        "WLZ_GEINDICEERDEN", "ANDERE_ZORGBEHOEVENDEN", "MANTELZORGERS", "MANTELZORGONTVANGERS", "EX_GEDETINEERDEN",
        "EX_VERSLAAFDEN")) {
      expected.put(attention, TargetGroupCategory.AANDACHTSGROEP);
    }
    for (String regular : List.of("JONGEREN", "REGULIERE_WONINGZOEKENDEN", "STARTERS")) {
      expected.put(regular, TargetGroupCategory.REGULIER);
    }
    Map<String, TargetGroupCategory> actual = new LinkedHashMap<>();
    Arrays.stream(TargetGroup.values()).forEach(g -> actual.put(g.getCode(), g.getCategory()));
    assertEquals(expected, actual);
  }

  @Test
  void minimumAgesOnlyForTheAgeBoundGroups() {
    Map<TargetGroup, Integer> ages = new EnumMap<>(TargetGroup.class);
    for (TargetGroup group : TargetGroup.values()) {
      group.getMinimumAge().ifPresent(age -> ages.put(group, age));
    }
    assertEquals(Map.of(TargetGroup.OUDEREN_55_PLUS, 55, TargetGroup.OUDEREN_65_PLUS, 65,
        TargetGroup.OUDEREN_75_PLUS, 75, TargetGroup.OUDEREN_85_PLUS, 85), ages);
    assertEquals(Optional.empty(), TargetGroup.KWETSBARE_OUDEREN.getMinimumAge());
  }

  @Test
  void labelsAreGivenInBothLanguages() {
    for (TargetGroup group : TargetGroup.values()) {
      assertFalse(group.getLabelNl().isBlank(), group.toString());
      assertFalse(group.getLabelEn().isBlank(), group.toString());
      assertFalse(group.getLabelEn().equals(group.getLabelNl()), group.toString());
    }
    assertEquals("refugees with a residence permit", TargetGroup.STATUSHOUDERS.getLabelEn());
  }

  @Test
  void wireCodeIsTheConstantName() {
    assertEquals(TargetGroup.GGZ_CLIENTEN, TargetGroup.fromCode("GGZ_CLIENTEN"));
    assertEquals(TargetGroupCategory.AANDACHTSGROEP,
        TargetGroupCategory.fromCode("AANDACHTSGROEP"));
    assertEquals(UrgencyCategory.OVERIG_URGENT, UrgencyCategory.fromCode("OVERIG_URGENT"));
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> TargetGroupCategory.fromCode("ouderen"));
    assertEquals("unknown code 'ouderen' in code list TargetGroupCategory; valid codes: OUDEREN, "
        + "AANDACHTSGROEP, REGULIER", e.getMessage());
  }
}
