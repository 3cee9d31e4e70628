package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A method of fair-share distribution (<i>verdeelmethode</i>): how a whole number of units — homes
 * to find for <i>statushouders</i>, seats, places — is shared out over {@linkplain Part parts} in
 * proportion to their weights. Each part's exact share, its <i>quotum</i>, is {@code total × weight
 * / Σ weights}; the methods differ in how they make whole numbers of it.
 *
 * <p>All arithmetic is exact, and no method breaks a tie: when parts have an equal claim on the
 * last units, the {@link Distribution} reports a {@link Tie} and leaves those units unallocated.
 * The result does not depend on the order of the parts.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DistributionMethod {

  /**
   * Each part's quotum rounded up, ⌈total × weight / Σ weights⌉, as the <i>taakstelling</i> of a
   * gemeente for housing <i>statushouders</i> (Huisvestingswet 2014, art. 29(1)). Never a tie; the
   * shares may add up to more than the total, by at most one less than the number of parts, and
   * {@link Distribution#excess()} says by how much.
   */
  CEILING(0),

  /**
   * Largest remainder (<i>methode van de grootste overschotten</i>; Hamilton, Hare–Niemeyer):
   * each part gets its quotum rounded down, and the units left go one each to the parts with the
   * largest remainders (quotum minus its floor). Preserves the total.
   */
  LARGEST_REMAINDER(0),

  /**
   * D'Hondt (<i>methode van de grootste gemiddelden</i>), the method of Dutch elections: each unit
   * goes to the part with the highest quotient weight / (s + 1), s the units it holds. Preserves
   * the total; favours larger parts.
   */
  D_HONDT(1),

  /**
   * Sainte-Laguë (Webster): each unit goes to the part with the highest quotient weight / (2s + 1),
   * s the units it holds. Preserves the total; neutral between larger and smaller parts.
   */
  SAINTE_LAGUE(2);

  /** The divisor grows by this per unit held, {@code step × s + 1}; zero for a quota method. */
  private final int divisorStep;

  DistributionMethod(int divisorStep) {
    this.divisorStep = divisorStep;
  }

  /**
   * Distributes {@code total} units over {@code parts}.
   *
   * @throws IllegalArgumentException if {@code total} is negative, {@code parts} is empty, two
   *     parts have the same name, or the weights add up to zero
   */
  public Distribution distribute(long total, List<Part> parts) {
    return Allocator.distribute(this, total, parts);
  }

  /**
   * Distributes {@code total} units over {@code parts}; the same as {@link #distribute(long,
   * List)}.
   *
   * @throws IllegalArgumentException if {@code total} is negative, {@code parts} is empty, two
   *     parts have the same name, or the weights add up to zero
   */
  public Distribution distribute(long total, Part... parts) {
    return distribute(total, List.of(parts));
  }

  /** Whether the units given, with those of a tie, always add up to the total; all but {@link #CEILING}. */
  public boolean preservesSum() {
    return this != CEILING;
  }

  /**
   * Whether units are won one at a time at quotients, so that each {@link Share} tells its {@link
   * Share#seats()}: {@link #D_HONDT} and {@link #SAINTE_LAGUE}.
   */
  public boolean isDivisorMethod() {
    return divisorStep > 0;
  }

  /** The divisor for the next unit of a part that holds {@code held}. */
  BigInteger divisor(long held) {
    return BigInteger.valueOf(divisorStep).multiply(BigInteger.valueOf(held)).add(BigInteger.ONE);
  }

  /** The step by which the divisor grows per unit held; zero for a quota method. */
  int divisorStep() {
    return divisorStep;
  }
}
