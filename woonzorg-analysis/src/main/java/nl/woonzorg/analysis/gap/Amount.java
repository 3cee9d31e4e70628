package nl.woonzorg.analysis.gap;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An amount of an analysis (<i>hoeveelheid</i>) that knows what it lacks: an exact {@link
 * Fraction}, or a partial sum that names the areas whose input was suppressed by CBS or missing
 * from the data, or no value at all when every input was.
 *
 * <p>A suppressed or missing input never counts as zero: a sum over it keeps the value of the
 * parts that are known and names the rest ({@link #isPartial()}); a sum of unknowns stays unknown
 * ({@link #value()} empty). A difference or product with an unknown is unknown.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Amount {

  private static final SortedSet<String> NONE = Collections.emptySortedSet();
  private static final Amount ZERO = new Amount(Fraction.ZERO, NONE, NONE);

  private final @Nullable Fraction value;
  private final SortedSet<String> suppressed;
  private final SortedSet<String> missing;

  private Amount(@Nullable Fraction value, SortedSet<String> suppressed,
      SortedSet<String> missing) {
    this.value = value;
    this.suppressed = suppressed;
    this.missing = missing;
  }

  /** The exact amount {@code value}. */
  public static Amount exact(Fraction value) {
    return new Amount(Objects.requireNonNull(value, "value"), NONE, NONE);
  }

  /** Zero, exactly: the sum of nothing. */
  public static Amount zero() {
    return ZERO;
  }

  /** The unknown amount of area {@code areaCode}, whose input CBS suppressed. */
  public static Amount suppressed(String areaCode) {
    return new Amount(null, one(areaCode), NONE);
  }

  /** The unknown amount of area {@code areaCode}, whose input the data lack. */
  public static Amount missing(String areaCode) {
    return new Amount(null, NONE, one(areaCode));
  }

  private static SortedSet<String> one(String areaCode) {
    return Collections.unmodifiableSortedSet(
        new TreeSet<>(Set.of(Objects.requireNonNull(areaCode, "areaCode"))));
  }

  /**
   * The value: exact if {@link #isComplete()}, the sum of the known parts if {@link
   * #isPartial()}; empty if nothing is known.
   */
  public Optional<Fraction> value() {
    return Optional.ofNullable(value);
  }

  /** The value if it is complete; empty if anything is suppressed or missing. */
  public Optional<Fraction> exactValue() {
    return isComplete() ? value() : Optional.empty();
  }

  /** Whether every input was known. */
  public boolean isComplete() {
    return suppressed.isEmpty() && missing.isEmpty();
  }

  /** Whether some inputs were known and some not: the value is of the known ones only. */
  public boolean isPartial() {
    return value != null && !isComplete();
  }

  /** The areas whose input CBS suppressed, in code order; an immutable set. */
  public SortedSet<String> suppressedAreas() {
    return suppressed;
  }

  /** The areas whose input the data lack, in code order; an immutable set. */
  public SortedSet<String> missingAreas() {
    return missing;
  }

  /**
   * The sum of {@code amounts}: the known parts added, the unknown ones named; zero if there are
   * none. A sum of unknowns is unknown, not zero.
   */
  public static Amount sum(Collection<Amount> amounts) {
    return amounts.stream().reduce(Amount::plus).orElse(ZERO);
  }

  /** The sum: the known parts added, the unknown ones named. */
  public Amount plus(Amount other) {
    Fraction sum = value == null ? other.value
        : other.value == null ? value : value.add(other.value);
    return new Amount(sum, union(suppressed, other.suppressed), union(missing, other.missing));
  }

  /** The difference; unknown if either is. */
  public Amount minus(Amount other) {
    Fraction difference = value == null || other.value == null ? null
        : value.subtract(other.value);
    return new Amount(difference, union(suppressed, other.suppressed),
        union(missing, other.missing));
  }

  /** This amount times {@code factor}; unknown if this is. */
  public Amount times(Fraction factor) {
    return new Amount(value == null ? null : value.multiply(factor), suppressed, missing);
  }

  private static SortedSet<String> union(SortedSet<String> one, SortedSet<String> two) {
    if (two.isEmpty() || one.containsAll(two)) {
      return one;
    }
    if (one.isEmpty()) {
      return two;
    }
    SortedSet<String> union = new TreeSet<>(one);
    union.addAll(two);
    return Collections.unmodifiableSortedSet(union);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Amount && Objects.equals(((Amount) other).value, value)
        && ((Amount) other).suppressed.equals(suppressed)
        && ((Amount) other).missing.equals(missing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, suppressed, missing);
  }

  /**
   * The value, and what it lacks, e.g. {@code "120"}, {@code "85 (partial: suppressed BU00010001)"}
   * or {@code "unknown (missing WK000101)"}.
   */
  @Override
  public String toString() {
    String text = value == null ? "unknown" : value.toString();
    if (isComplete()) {
      return text;
    }
    String lacks = (suppressed.isEmpty() ? "" : "suppressed " + String.join(", ", suppressed))
        + (suppressed.isEmpty() || missing.isEmpty() ? "" : "; ")
        + (missing.isEmpty() ? "" : "missing " + String.join(", ", missing));
    return text + (value == null ? " (" : " (partial: ") + lacks + ")";
  }
}
