package nl.woonzorg.vera.match;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The rent limits of passend toewijzen for one year (<i>aftoppingsgrenzen</i>), with their
 * source. A household at or below the passend-toewijzen income limit gets a home whose rent
 * ({@code rekenhuur}, the rent that counts for huurtoeslag) is at most the low capping limit if it
 * has one or two members, and at most the high one if it has three or more (Woningwet art. 46;
 * the limits are those of the Wet op de huurtoeslag for the year).
 *
 * <p>The limits change every year; {@link #published(int)} has the years bundled, and {@link
 * #of} takes any year's from the caller with their source, so that every matched rent can say
 * which limit it was held against. Immutable and thread-safe.
 *
 * @param year the calendar year the limits hold for
 * @param low the low capping limit (<i>aftoppingsgrens laag</i>), euros a month, whole cents
 * @param high the high capping limit (<i>aftoppingsgrens hoog</i>), euros a month, whole cents
 * @param source where the figures come from, for a person; never blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RentLimits(int year, BigDecimal low, BigDecimal high, String source) {

  /** The source of the bundled 2025 limits. */
  public static final String SOURCE_2025 = "Belastingdienst, huurtoeslag 2025:"
      + " aftoppingsgrenzen per 1 januari 2025 (Wet op de huurtoeslag, geïndexeerde bedragen)";

  /** Checks that both limits are positive whole cents, the low one not above the high one. */
  public RentLimits {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("rent limits need a source");
    }
    for (BigDecimal limit : new BigDecimal[] {low, high}) {
      if (limit.signum() <= 0 || limit.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException("a rent limit is a positive amount in whole cents: "
            + limit.toPlainString());
      }
    }
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException("the low capping limit " + low.toPlainString()
          + " is above the high one " + high.toPlainString());
    }
  }

  /** The limits of {@code year} as the caller has them, with their source. */
  public static RentLimits of(int year, BigDecimal low, BigDecimal high, String source) {
    return new RentLimits(year, low, high, source);
  }

  /**
   * The limits bundled for {@code year}: 2025, low € 682.96 and high € 731.93 ({@link
   * #SOURCE_2025}).
   *
   * @throws IllegalArgumentException for a year not bundled: give its limits with {@link #of}
   */
  public static RentLimits published(int year) {
    if (year == 2025) {
      return new RentLimits(2025, new BigDecimal("682.96"), new BigDecimal("731.93"),
          SOURCE_2025);
    }
    throw new IllegalArgumentException("the rent limits of " + year + " are not bundled (2025"
        + " is); give them with RentLimits.of(year, low, high, source)");
  }

  /** The limit for a household of {@code size} members: low for one or two, high for more. */
  public BigDecimal limitFor(int size) {
    return size <= 2 ? low : high;
  }

  /** The limit for a household of {@code size}, in cents. */
  long centsFor(int size) {
    return limitFor(size).movePointRight(2).longValueExact();
  }
}
