package nl.woonzorg.analysis.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.woonzorg.model.area.AreaType;
import org.junit.jupiter.api.Test;

/** Counts, suppressed figures, fallbacks and the table that holds them, with their source. */
class PopulationTableTest {

  private static final PopulationSource KWB_2024 =
      PopulationSource.cbs("85984NED", LocalDate.of(2024, 1, 1));

  @Test
  void aSuppressedFigureIsNotZero() {
    Count suppressed = Count.suppressed();

    assertTrue(suppressed.isSuppressed());
    assertEquals(OptionalLong.empty(), suppressed.value());
    assertNotEquals(Count.of(0), suppressed);
    IllegalStateException noValue =
        assertThrows(IllegalStateException.class, suppressed::valueOrThrow);
    assertEquals("the figure is suppressed: it has no value", noValue.getMessage());
    assertEquals("suppressed", suppressed.toString());
  }

  @Test
  void aFallbackSaysWhichAreaAndLevelItCameFrom() {
    Count fallback = Count.fallback(40, "WK036300");

    assertEquals(Optional.of("WK036300"), fallback.fallbackFrom());
    assertEquals(Optional.of(AreaType.WIJK), fallback.fallbackLevel());
    assertNotEquals(Count.of(40), fallback);
    assertEquals("40 (from WK036300)", fallback.toString());
    assertEquals(Optional.empty(), Count.of(40).fallbackLevel());
    assertEquals(Optional.of(AreaType.LAND), Count.fallback(1, "NL00").fallbackLevel());
  }

  @Test
  void aCountIsNeverNegative() {
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> Count.of(-1));
    assertEquals("a count cannot be negative: -1", negative.getMessage());
  }

  @Test
  void aTableKeepsEachAreaOnceWithItsSuppressedCells() {
    AreaPopulation wijk = AreaPopulation.builder("WK036300", AreaType.WIJK)
        .count(PopulationMeasure.INWONERS, Count.of(120))
        .count(PopulationMeasure.LEEFTIJD_65_PLUS, Count.suppressed())
        .build();
    PopulationTable.Builder builder = PopulationTable.builder(KWB_2024).add(wijk);
    PopulationTable table = builder.build();

    assertEquals(List.of(wijk), table.rows(AreaType.WIJK));
    assertEquals(Set.of(PopulationMeasure.LEEFTIJD_65_PLUS), table.suppressed("WK036300"));
    assertEquals(Optional.empty(), wijk.count(PopulationMeasure.HUISHOUDENS));
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> builder.add(wijk));
    assertEquals("table 85984NED already has a row of WK036300", twice.getMessage());
  }

  @Test
  void theSourceIsCitedAsTheLicenceAsks() {
    assertEquals("Bron: CBS, tabel 85984NED, peildatum 1-1-2024", KWB_2024.attribution());
  }

  @Test
  void anAreaCodeMustFitItsLevel() {
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> AreaPopulation.builder("GM0363", AreaType.WIJK));
    assertEquals("CBS codes of a WIJK have the form WKnnnnnn, not 'GM0363'", wrong.getMessage());
    assertFalse(PopulationMeasure.INWONERS.isAgeBand());
    assertEquals(65, PopulationMeasure.LEEFTIJD_65_PLUS.fromAge().orElseThrow());
  }

  @Test
  void aForecastHasThreeOrderedScenarios() {
    PopulationForecast forecast = PopulationForecast.builder(
            PopulationSource.cbs("85173NED", LocalDate.of(2023, 1, 1)))
        .add("GM0363", 2030, 900, 950, 1000).build();

    assertEquals(OptionalLong.of(900), forecast.inhabitants("GM0363", 2030, ForecastScenario.LAAG));
    assertEquals(OptionalLong.of(1000), forecast.inhabitants("GM0363", 2030, ForecastScenario.HOOG));
    assertEquals(OptionalLong.empty(), forecast.inhabitants("GM0363", 2031, ForecastScenario.HOOG));
    IllegalArgumentException unordered = assertThrows(IllegalArgumentException.class,
        () -> PopulationForecast.builder(forecast.source()).add("GM0363", 2030, 950, 900, 1000));
    assertEquals("the forecast of GM0363 for 2030 must be 0 ≤ low ≤ central ≤ high, not 950, 900,"
        + " 1000", unordered.getMessage());
  }
}
