package nl.woonzorg.model.targetgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.woonzorg.model.dwelling.DwellingType;
import org.junit.jupiter.api.Test;

/** Age bands hold the ages they say; "wonen met zorg" stands for the care dwelling types. */
class AgeBandTest {

  @Test
  void aBandHoldsItsBoundsInclusive() {
    AgeBand band = AgeBand.between(65, 74);
    assertTrue(band.contains(65));
    assertTrue(band.contains(74));
    assertFalse(band.contains(75));
    assertEquals("65-74", band.toString());
    assertEquals("85+", AgeBand.from(85).toString());
    assertTrue(AgeBand.from(85).contains(101));
  }

  @Test
  void aBandWithoutBoundsOrUpsideDownIsRefused() {
    assertEquals("an age band needs a minimum or a maximum age",
        assertThrows(IllegalStateException.class, () -> AgeBand.builder().build()).getMessage());
    assertEquals("an age band ends (64) below where it starts (65)",
        assertThrows(IllegalStateException.class, () -> AgeBand.between(65, 64)).getMessage());
  }

  @Test
  void wonenMetZorgIsTheUmbrellaOverTheCareTypes() {
    assertEquals(Set.of(DwellingType.GECLUSTERDE_WOONVORM, DwellingType.GECLUSTERD_WONEN_PLUS,
        DwellingType.ZORGGESCHIKTE_WONING, DwellingType.SENIORENWONING_MET_ZORG,
        DwellingType.THUIS_PLUS, DwellingType.KLEINSCHALIG_WONEN, DwellingType.BEGELEID_WONEN,
        DwellingType.VERPLEEGZORGPLAATS), DwellingType.WONEN_MET_ZORG.covers());
    assertEquals(Set.of(DwellingType.NULTREDENWONING), DwellingType.NULTREDENWONING.covers());
    assertEquals(85, TargetGroup.OUDEREN_85_PLUS.getMinimumAge().orElseThrow());
  }
}
