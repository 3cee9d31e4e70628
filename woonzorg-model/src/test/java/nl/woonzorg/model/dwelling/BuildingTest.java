package nl.woonzorg.model.dwelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.woonzorg.model.vera.HousingForm;
import org.junit.jupiter.api.Test;

class BuildingTest {

  /** Corporation X's clustered unit of 20 homes with a meeting room (Gemeente A, 2022). */
  private static Building.Builder clustered() {
    return Building.builder().id("corporatie-x-complex-y").kind(BuildingKind.COMPLEX)
        .unitCount(20).seniorUnitCount(20).meetingRoom(Presence.AANWEZIG)
        .clusteringForm(ClusteringForm.IN_EEN_COMPLEX);
  }

  @Test
  void provisionsAreUnknownUnlessRecorded() {
    Building building = Building.of("b1", BuildingKind.GEBOUW);
    assertEquals(Presence.ONBEKEND, building.getMeetingRoom());
    assertEquals(Presence.ONBEKEND, building.getLift());
    assertEquals(Presence.ONBEKEND, building.getStepFreeAccess());
    assertFalse(building.clustered());
  }

  @Test
  void clusteredByClusteringFormOrByAClusteredHousingForm() {
    assertTrue(clustered().build().clustered());
    assertTrue(Building.builder().id("b").kind(BuildingKind.GEBOUW)
        .housingForm(HousingForm.ZORGGESCHIKTE_WONING).build().clustered());
    assertFalse(Building.builder().id("b").kind(BuildingKind.GEBOUW)
        .housingForm(HousingForm.BEGELEID_WONEN).build().clustered());
  }

  @Test
  void theSeniorShareIsComparedExactlyAndRoundedOnlyForOutput() {
    // 2 of 3: 66.666…%, which no decimal holds.
    Building building = clustered().unitCount(3).seniorUnitCount(2).build();
    assertEquals(Optional.of(true),
        building.hasSeniorShareOfAtLeast(new BigDecimal("66.66666666666666666666")));
    assertEquals(Optional.of(false), building.hasSeniorShareOfAtLeast(new BigDecimal("66.7")));
    assertEquals(Optional.of(new BigDecimal("66.67")),
        building.seniorUnitPercentage(2, RoundingMode.HALF_UP));
    assertEquals(Optional.of(new BigDecimal("66.66")),
        building.seniorUnitPercentage(2, RoundingMode.DOWN));
    assertThrows(ArithmeticException.class,
        () -> building.seniorUnitPercentage(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void noShareWithoutBothCountsOrWithoutUnits() {
    assertEquals(Optional.empty(), Building.of("b", BuildingKind.GEBOUW)
        .hasSeniorShareOfAtLeast(BigDecimal.ONE));
    assertEquals(Optional.empty(), clustered().unitCount(0).seniorUnitCount(0).build()
        .seniorUnitPercentage(0, RoundingMode.HALF_UP));
  }

  @Test
  void areaCodesMustNest() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> clustered()
        .municipalityCode("GM0518").districtCode("WK059901").build());
    assertEquals("district code WK059901 does not lie in municipality GM0518", e.getMessage());
  }
}
