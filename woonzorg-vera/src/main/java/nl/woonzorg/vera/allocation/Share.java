package nl.woonzorg.vera.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A part of a whole (<i>aandeel</i>), exact: {@code part} of {@code whole} allocations. Rounded
 * only when shown, with the caller's rounding mode. Immutable and thread-safe.
 *
 * @param part how many of the whole have the property; 0 to {@code whole}
 * @param whole how many there are; at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Share(long part, long whole) {

  /** Checks 0 ≤ part ≤ whole and whole ≥ 1. */
  public Share {
    if (whole < 1 || part < 0 || part > whole) {
      throw new IllegalArgumentException("a share is 0 to " + whole + " of " + whole
          + " (at least 1), not " + part);
    }
  }

  /** The share in percent, to {@code scale} decimals, rounded with {@code rounding}. */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), scale, rounding);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
