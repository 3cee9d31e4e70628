package nl.woonzorg.vera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.vera.mapping.MappingNote.Reason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * VERA {@code Cluster} and {@code Gebouw} objects mapped to buildings. No real Cluster or Gebouw
 * payload is bundled (the ten samples are Eenheden), so these are built from the properties of
 * the two schemas in Vastgoed.yaml, with made-up values.
 */
class BuildingMappingTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static List<String> notes(MappingResult<Building> result) {
    return result.notes().stream()
        .map(note -> note.pointer() + " " + note.reason() + " " + note.message()).toList();
  }

  @Test
  void aClusterBecomesAComplexWithItsListedUnitsCounted() {
    MappingResult<Building> result = BuildingMapping.fromCluster(json("""
        {"id": "c-1", "code": "CL-0042", "soort": {"code": "MAR", "naam": "Markt"},
         "naam": "Hof van Y", "eenheden": [{"id": "e-1"}, {"id": "e-2"}, {"id": "e-3"}],
         "begindatum": "2022-01-01"}"""));

    assertEquals(Optional.of(Building.builder().id("c-1").kind(BuildingKind.COMPLEX)
        .veraClusterCode("CL-0042").name("Hof van Y").unitCount(3).build()), result.value());
    assertEquals(List.of(
        "/soort NO_COUNTERPART a building has no soort",
        "/eenheden INFERRED 3 units counted from the list eenheden, which need not be the whole"
            + " building",
        "/begindatum NO_COUNTERPART a building has no begindatum"), notes(result));
    // What the clustered-housing rules ask is in neither schema, so it stays unknown.
    assertEquals(Presence.ONBEKEND, result.value().orElseThrow().getMeetingRoom());
  }

  @Test
  void aGebouwKeepsItsAreaCodesAndItsGemeenteIsInferredFromTheWijk() {
    MappingResult<Building> result = BuildingMapping.fromGebouw(json("""
        {"id": "g-1", "code": "GB-7", "wijk": {"code": "051828", "naam": "Centrum"},
         "buurt": {"code": "BU05182800"}}"""));

    assertEquals(Optional.of(Building.builder().id("g-1").kind(BuildingKind.GEBOUW)
        .veraBuildingCode("GB-7").municipalityCode("GM0518").districtCode("WK051828")
        .neighbourhoodCode("BU05182800").build()), result.value());
    assertEquals(List.of(
        "/wijk/naam NO_COUNTERPART a building has no naam",
        "/wijk/code INFERRED gemeentecode GM0518 inferred from wijkcode WK051828"),
        notes(result));
    assertEquals("gemeentecode GM0518 afgeleid uit wijkcode WK051828",
        result.notes().get(1).message(Locale.forLanguageTag("nl")));
  }

  @Test
  void aBuurtOutsideItsWijkIsNotCarriedAndWithoutAnIdThereIsNoBuilding() {
    MappingResult<Building> result = BuildingMapping.fromGebouw(json("""
        {"wijk": {"code": "WK051828"}, "buurt": {"code": "BU03630100"}}"""));

    assertEquals(Optional.empty(), result.value());
    assertEquals(Reason.MISSING, result.notes().get(0).reason());
    assertEquals("/buurt/code INVALID_VALUE BU03630100 does not lie in WK051828",
        notes(result).get(2));
  }
}
