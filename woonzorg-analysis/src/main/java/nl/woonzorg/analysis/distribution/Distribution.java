package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A fair-share distribution (<i>verdeling</i>) of a whole number of units over parts by their
 * weights, as one {@link DistributionMethod} makes it: each part's {@link Share} with where its
 * units came from, and the {@link Tie} for the last units if the method cannot decide them.
 *
 * <p>Under a method that {@linkplain DistributionMethod#preservesSum() preserves the sum}, the
 * {@linkplain #allocated() units allocated} and the tie's units add up to the {@linkplain #total()
 * total}; under {@link DistributionMethod#CEILING} there is no tie, and the shares may exceed the
 * total by the {@link #excess()}.
 *
 * <p>Make one with {@link DistributionMethod#distribute(long, List)}. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Distribution {

  private final DistributionMethod method;
  private final long total;
  private final BigInteger totalWeight;
  private final List<Share> shares;
  private final @Nullable Tie tie;

  Distribution(DistributionMethod method, long total, BigInteger totalWeight, List<Share> shares,
      @Nullable Tie tie) {
    this.method = method;
    this.total = total;
    this.totalWeight = totalWeight;
    this.shares = List.copyOf(shares);
    this.tie = tie;
  }

  /** The method that made this distribution. */
  public DistributionMethod method() {
    return method;
  }

  /** The number of units to distribute, e.g. the national number of <i>statushouders</i>. */
  public long total() {
    return total;
  }

  /** The sum of the parts' weights, e.g. the population of the Netherlands; above zero. */
  public BigInteger totalWeight() {
    return totalWeight;
  }

  /** Every part's share, in the order the parts were given. */
  public List<Share> shares() {
    return shares;
  }

  /** The share of the part called {@code name}; empty if there is no such part. */
  public Optional<Share> share(String name) {
    return shares.stream().filter(share -> share.name().equals(name)).findFirst();
  }

  /**
   * The units of each part by name, in the order the parts were given, a tied unit not included;
   * unmodifiable.
   */
  public Map<String, Long> unitsByPart() {
    Map<String, Long> units = new LinkedHashMap<>();
    shares.forEach(share -> units.put(share.name(), share.units()));
    return Collections.unmodifiableMap(units);
  }

  /**
   * The units given to the parts, a tied unit not included: the total less the tie's units under a
   * method that preserves the sum, the total plus the {@link #excess()} under {@link
   * DistributionMethod#CEILING}.
   *
   * @throws ArithmeticException if rounding up takes the sum past {@link Long#MAX_VALUE}
   */
  public long allocated() {
    return shares.stream().mapToLong(Share::units).reduce(0, Math::addExact);
  }

  /**
   * How many units more than the total the shares add up to: under {@link
   * DistributionMethod#CEILING}, the sum of the rounding up; zero under every other method.
   *
   * @throws ArithmeticException if rounding up takes the sum past {@link Long#MAX_VALUE}
   */
  public long excess() {
    return Math.max(0, allocated() - total);
  }

  /** The tie for the last units; empty if the method decided every unit. */
  public Optional<Tie> tie() {
    return Optional.ofNullable(tie);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Distribution
        && method == ((Distribution) other).method
        && total == ((Distribution) other).total
        && shares.equals(((Distribution) other).shares)
        && Objects.equals(tie, ((Distribution) other).tie);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, total, shares, tie);
  }

  /** The method, total, units per part and any tie, for debugging; the form may change. */
  @Override
  public String toString() {
    return method + " of " + total + ": " + unitsByPart() + tie().map(t -> ", " + t).orElse("");
  }
}
