package nl.woonzorg.analysis.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.junit.jupiter.api.Test;

/** A norm carries its source: no official ratio exists (shared/ANALYSIS.md §3). */
class NormTest {

  private static Norm.Builder monitor() {
    // Monitor Ouderenhuisvesting 2021 (woningmarktbeleid.nl, 22-1-2021): 67 % of movers aged
    // 75+ prefer a home especially for older people.
    return Norm.builder().id("ouderenwoning-75").targetGroup(TargetGroup.OUDEREN_75_PLUS)
        .category("NULTREDEN").base(PopulationMeasure.LEEFTIJD_65_PLUS)
        .ratio(Fraction.of(67, 100)).sourceDate(LocalDate.of(2021, 1, 22));
  }

  @Test
  void aNormWithoutASourceIsRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> monitor().build());
    assertEquals("norm ouderenwoning-75 needs a source", refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> monitor().source(" ").build());
  }

  @Test
  void aNormKeepsItsRatioExactlyWithItsSource() {
    Norm norm = monitor().source("Monitor Ouderenhuisvesting 2021").build();
    assertEquals(Fraction.of(67, 100), norm.ratio());
    assertEquals("Monitor Ouderenhuisvesting 2021", norm.source());
  }

  @Test
  void aNegativeRatioIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> monitor().source("x").ratio(Fraction.of(-1)).build());
  }
}
