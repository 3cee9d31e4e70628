package nl.woonzorg.vera.allocation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.apiguardian.api.API;

/** The periods allocations are counted by (<i>periode</i>). Immutable and thread-safe. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Period {
  /** A calendar year, {@code 2024}. */
  YEAR,
  /** A calendar quarter, {@code 2024-K1}. */
  QUARTER;

  /** The label of the period {@code date} lies in: {@code 2024} or {@code 2024-K1}. */
  public String label(LocalDate date) {
    return this == YEAR ? String.valueOf(date.getYear())
        : date.getYear() + "-K" + date.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The last day of the period {@code date} lies in: the reference date of its measurements. */
  public LocalDate end(LocalDate date) {
    if (this == YEAR) {
      return LocalDate.of(date.getYear(), 12, 31);
    }
    LocalDate start = date.with(IsoFields.DAY_OF_QUARTER, 1);
    return start.plusMonths(3).minusDays(1);
  }
}
