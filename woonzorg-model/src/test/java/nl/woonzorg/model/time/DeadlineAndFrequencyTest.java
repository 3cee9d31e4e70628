package nl.woonzorg.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlineAndFrequencyTest {

  @Test
  void aYearDeadlineRunsToTheLastDayOfTheYear() {
    Deadline by2025 = Deadline.ofYear(2025);
    assertEquals(LocalDate.of(2025, 12, 31), by2025.lastDay());
    assertEquals(2025, by2025.deadlineYear());
  }

  @Test
  void aDateDeadlineIsItsDate() {
    Deadline date = Deadline.ofDate(LocalDate.of(2026, 7, 1));
    assertEquals(LocalDate.of(2026, 7, 1), date.lastDay());
    assertEquals(2026, date.deadlineYear());
  }

  @Test
  void aDeadlineIsEitherAYearOrADate() {
    IllegalStateException both = assertThrows(IllegalStateException.class,
        () -> Deadline.builder().year(2025).date(LocalDate.of(2025, 1, 1)).build());
    assertEquals("a deadline is either a year or a date, not both", both.getMessage());
    IllegalStateException neither =
        assertThrows(IllegalStateException.class, () -> Deadline.builder().build());
    assertEquals("a deadline is either a year or a date, not neither", neither.getMessage());
  }

  @Test
  void frequenciesCountTimesPerYear() {
    assertEquals(2, Frequency.of(2, CalendarPeriod.JAAR).timesPerYear());
    assertEquals(8, Frequency.of(2, CalendarPeriod.KWARTAAL).timesPerYear());
    assertEquals(Frequency.of(1, CalendarPeriod.JAAR), Frequency.yearly());
  }

  @Test
  void yearPeriodsAreInclusive() {
    YearPeriod period = YearPeriod.of(2022, 2025);
    assertTrue(period.contains(2022));
    assertTrue(period.contains(2025));
    assertFalse(period.contains(2026));
    assertEquals(4, period.lengthInYears());
    assertEquals(1, YearPeriod.of(2022, 2022).lengthInYears());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> YearPeriod.of(2030, 2024));
    assertEquals("period ends (2024) before it starts (2030)", e.getMessage());
  }
}
