package nl.woonzorg.vera.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.model.monitoring.Measurement;
import org.junit.jupiter.api.Test;

/**
 * Toewijzing records (WRV's attributes) counted per period and area, with exact counts and shares,
 * and as the monitor's measurements: "x % of allocations to urgent applicants" measured.
 */
class AllocationTest {

  private static String allocation(String id, String datum, String unit, String doelgroep,
      String voorrang, String passendheid, boolean older) {
    return "{\"id\": \"" + id + "\", \"datum\": \"" + datum + "\", \"eenheid\": {\"id\": \""
        + unit + "\"}, \"doelgroep\": {\"code\": \"" + doelgroep + "\"},"
        + " \"voorrangsregelingen\": [" + (voorrang.isEmpty() ? ""
            : "{\"soort\": {\"code\": \"" + voorrang + "\"}, \"naam\": \"x\"},"
                + " {\"soort\": {\"code\": \"" + voorrang + "\"}}")
        + "], \"passendheidsoort\": {\"code\": \"" + passendheid + "\"},"
        + " \"isOuderenhuishouden\": " + older + "}";
  }

  private static final String LIST = "[" + String.join(",\n", List.of(
      allocation("t1", "2024-02-01T09:00:00Z", "u1", "SEN", "URG", "PAS", true),
      allocation("t2", "2024-05-01T09:00:00+02:00", "u2", "EEN", "", "PAS", false),
      allocation("t3", "2024-12-31T23:30:00-01:00", "u1", "SEN", "URG", "NIE", true),
      allocation("t4", "2024-08-01T09:00:00Z", "u2", "GEZ", "IND", "PAS", false),
      allocation("t5", "2025-01-01T00:30:00+01:00", "u1", "EEN", "", "NVT", false),
      allocation("t6", "2024-03-01T09:00:00Z", "elsewhere", "EEN", "", "PAS", false))) + "]";

  private static final Map<String, String> AREAS = Map.of("u1", "GM0599", "u2", "GM0599");

  @Test
  void allocationsAreCountedPerYearAndAreaExactly() {
    List<Allocation> allocations = AllocationReader.of().readList(LIST);
    AllocationTally tally = AllocationTally.of(Period.YEAR,
        unit -> Optional.ofNullable(AREAS.get(unit)));
    allocations.forEach(tally::add);

    List<AllocationFacts> facts = tally.facts();

    assertEquals(List.of("2024 GM0599 4", "2024 onbekend 1", "2025 GM0599 1"), facts.stream()
        .map(f -> f.period() + " " + f.area() + " " + f.total()).toList());
    AllocationFacts gemeente = facts.get(0);
    assertEquals(LocalDate.of(2024, 12, 31), gemeente.periodEnd());
    assertEquals(Map.of("EEN", 1L, "GEZ", 1L, "SEN", 2L), gemeente.byTargetGroup());
    assertEquals(Map.of("IND", 1L, "URG", 2L), gemeente.byPriority());
    assertEquals(Map.of("NIE", 1L, "PAS", 3L), gemeente.bySuitability());
    assertEquals(2, gemeente.olderHouseholds());
    assertEquals(new Share(2, 4), gemeente.share(gemeente.byPriority().get("URG")));
    // 2024-12-31T23:30-01:00 is still 2024 where it was written; 2025-01-01T00:30+01:00 is 2025.
    assertEquals(LocalDate.of(2024, 12, 31), allocations.get(2).date());
    assertEquals(LocalDate.of(2025, 1, 1), allocations.get(4).date());
  }

  @Test
  void theUrgentShareIsAMeasurementTheMonitorCanFollow() {
    AllocationTally tally = AllocationTally.of(Period.QUARTER,
        unit -> Optional.ofNullable(AREAS.get(unit)));
    AllocationReader.of().readList(LIST).forEach(tally::add);

    AllocationFacts first = tally.facts().get(0);
    List<Measurement> measurements = first.toMeasurements(1, RoundingMode.HALF_EVEN);

    assertEquals("2024-K1 GM0599 1", first.period() + " " + first.area() + " " + first.total());
    assertEquals(LocalDate.of(2024, 3, 31), first.periodEnd());
    Measurement urgent = measurements.stream()
        .filter(m -> m.getIndicatorId().equals("toewijzingen.voorrang.URG.aandeel")).findFirst()
        .orElseThrow();
    // The model keeps a measurement's value without trailing zeros.
    assertEquals(new BigDecimal("100"), urgent.getValue());
    assertEquals(Optional.of("GM0599"), urgent.getAreaId());
    assertEquals(Optional.of(AllocationFacts.SOURCE), urgent.getSource());
    assertEquals(List.of("toewijzingen", "toewijzingen.doelgroep.SEN",
        "toewijzingen.doelgroep.SEN.aandeel", "toewijzingen.voorrang.URG",
        "toewijzingen.voorrang.URG.aandeel", "toewijzingen.passendheid.PAS",
        "toewijzingen.passendheid.PAS.aandeel", "toewijzingen.ouderenhuishouden",
        "toewijzingen.ouderenhuishouden.aandeel"),
        measurements.stream().map(Measurement::getIndicatorId).toList());
    assertEquals(new BigDecimal("66.7"), new Share(2, 3).percent(1, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("66.6"), new Share(2, 3).percent(1, RoundingMode.DOWN));
  }

  @Test
  void anAllocationWithoutItsDatumIsRefusedAtItsPointer() {
    WireFormatException e = assertThrows(WireFormatException.class, () -> AllocationReader.of()
        .readList("[" + allocation("t1", "2024-02-01T09:00:00Z", "u1", "SEN", "", "PAS", true)
            + ", {\"id\": \"t2\"}, {\"datum\": \"1 maart\"}]"));

    assertEquals(List.of("WZ-IO-MISSING-VALUE /1/datum", "WZ-IO-INVALID-VALUE /2/datum"),
        e.getProblems().stream().map(p -> p.kind().ruleId() + " " + p.pointer()).toList());
    assertThrows(WireFormatException.class, () -> AllocationReader.of().read("[1"));
  }
}
