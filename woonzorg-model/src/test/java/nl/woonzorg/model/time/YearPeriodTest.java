package nl.woonzorg.model.time;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class YearPeriodTest {
  @Test
  void builderAndOf() {
    YearPeriod p = YearPeriod.builder().fromYear(2024).toYear(2030).build();
    assertEquals(YearPeriod.of(2024, 2030), p);
    assertEquals(7, p.lengthInYears());
    assertThrows(IllegalStateException.class, () -> YearPeriod.of(2030, 2024));
  }
}
