package nl.woonzorg.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Partial dates stand for exactly the days they can mean; rhythms count whole occurrences. */
class PartialDateTest {

  @Test
  void aYearStandsForTheWholeYear() {
    PartialDate since2018 = PartialDate.ofYear(2018);
    assertEquals(LocalDate.of(2018, 1, 1), since2018.firstDay());
    assertEquals(LocalDate.of(2018, 12, 31), since2018.lastDay());
    assertEquals("2018", since2018.toString());
  }

  @Test
  void aPartOfTheYearStandsForItsMonths() {
    PartialDate spring = PartialDate.of(2021, YearPart.VOORJAAR);
    assertEquals(LocalDate.of(2021, 3, 1), spring.firstDay());
    assertEquals(LocalDate.of(2021, 5, 31), spring.lastDay());
    assertEquals("2021 VOORJAAR", spring.toString());
    assertEquals(LocalDate.of(2022, 12, 31), PartialDate.of(2022, YearPart.TWEEDE_HELFT).lastDay());
  }

  @Test
  void aMonthStandsForItsDaysAndADayForItself() {
    PartialDate february = PartialDate.of(2024, 2);
    assertEquals(LocalDate.of(2024, 2, 29), february.lastDay());
    assertEquals("2024-02", february.toString());
    PartialDate day = PartialDate.of(LocalDate.of(2022, 3, 15));
    assertEquals(day.firstDay(), day.lastDay());
    assertEquals("2022-03-15", day.toString());
  }

  @Test
  void partsThatMakeNoDateAreRefusedWithTheReason() {
    assertEquals("month must be 1 to 12, not 13",
        assertThrows(IllegalStateException.class, () -> PartialDate.of(2021, 13)).getMessage());
    assertEquals("a partial date has a month or a part of the year, not both",
        assertThrows(IllegalStateException.class, () -> PartialDate.builder().year(2021)
            .month(3).part(YearPart.VOORJAAR).build()).getMessage());
    assertEquals("a partial date with a day needs a month",
        assertThrows(IllegalStateException.class, () -> PartialDate.builder().year(2021)
            .day(3).build()).getMessage());
    assertEquals("day must be 1 to 28 in 2023-02, not 29",
        assertThrows(IllegalStateException.class, () -> PartialDate.builder().year(2023)
            .month(2).day(29).build()).getMessage());
  }

  @Test
  void aRhythmCountsItsWholeOccurrences() {
    Frequency everyFourYears = Frequency.onceEvery(4, CalendarPeriod.JAAR);
    assertEquals(0, everyFourYears.timesPerYear());
    assertEquals(1, everyFourYears.timesIn(5));
    assertEquals(2, everyFourYears.timesIn(8));
    assertEquals("1 per 4 JAAR", everyFourYears.describe());
    assertEquals(10, Frequency.of(2, CalendarPeriod.JAAR).timesIn(5));
    assertEquals("2 per JAAR", Frequency.of(2, CalendarPeriod.JAAR).describe());
    assertEquals(2, Frequency.builder().times(3).per(CalendarPeriod.MAAND).every(18).build()
        .timesPerYear());
  }
}
