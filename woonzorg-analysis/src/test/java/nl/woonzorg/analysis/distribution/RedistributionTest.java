package nl.woonzorg.analysis.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Joint redistribution of <i>taakstellingen</i> under Huisvestingswet 2014 art. 29(2), "if the sum
 * is unchanged" (shared/ANALYSIS.md §5), on illustrative figures: 7 statushouders over gemeenten
 * of 50,000, 30,000 and 20,000 inhabitants, rounded up to 4, 3 and 2.
 */
class RedistributionTest {

  private static final Distribution TAAKSTELLING = DistributionMethod.CEILING.distribute(7,
      Part.of("A", 50_000), Part.of("B", 30_000), Part.of("C", 20_000));

  @Test
  void twoGemeentenMayShiftUnitsBetweenThemIfTheirSumStays() {
    Redistribution redistribution = Redistribution.of(TAAKSTELLING, Map.of("A", 2L, "B", 5L));

    assertEquals(List.of("A", "B", "C"), List.copyOf(redistribution.unitsByPart().keySet()));
    assertEquals(Map.of("A", 2L, "B", 5L, "C", 2L), redistribution.unitsByPart());
    assertEquals(Map.of("A", -2L, "B", 2L), redistribution.changes());
    assertEquals(TAAKSTELLING, redistribution.original());
  }

  @Test
  void aProposalThatChangesTheSumIsRefusedWithExpectedAndFound() {
    Map<String, Long> proposed = new LinkedHashMap<>();
    proposed.put("A", 3L);
    proposed.put("B", 3L);

    SumChangedException changed = assertThrows(SumChangedException.class,
        () -> Redistribution.of(TAAKSTELLING, proposed));

    assertEquals("a redistribution must keep the sum of the units of [A, B]: expected 7, found 6",
        changed.getMessage());
    assertEquals(List.of("A", "B"), changed.parts());
    assertEquals(7, changed.expected());
    assertEquals(6, changed.found());
  }

  @Test
  void aProposalMustNameKnownPartsAndNoNegativeUnits() {
    assertEquals("the distribution has no part D; its parts are [A, B, C]",
        assertThrows(IllegalArgumentException.class,
            () -> Redistribution.of(TAAKSTELLING, Map.of("D", 1L))).getMessage());
    assertEquals("part A cannot be given a negative number of units: -1",
        assertThrows(IllegalArgumentException.class,
            () -> Redistribution.of(TAAKSTELLING, Map.of("A", -1L))).getMessage());
    assertEquals("a redistribution names at least one part",
        assertThrows(IllegalArgumentException.class,
            () -> Redistribution.of(TAAKSTELLING, Map.of())).getMessage());
  }

  @Test
  void aTieIsSettledBeforeAnythingIsRedistributed() {
    Distribution tied = DistributionMethod.D_HONDT.distribute(1, Part.of("A", 1), Part.of("B", 1));

    assertEquals("the distribution has a tie to settle before it can be redistributed: "
            + "[A, B] tie at 1 for 1 unit",
        assertThrows(IllegalArgumentException.class,
            () -> Redistribution.of(tied, Map.of("A", 0L))).getMessage());
  }
}
