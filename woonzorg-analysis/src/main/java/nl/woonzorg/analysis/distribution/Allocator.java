package nl.woonzorg.analysis.distribution;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.woonzorg.analysis.number.Fraction;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link DistributionMethod} over one set of parts: the units per part as they are
 * given out, and the tie if the last ones cannot be. Not thread-safe; lives for one call.
 */
final class Allocator {

  private final DistributionMethod method;
  private final long total;
  private final List<Part> parts;
  private final BigInteger totalWeight;
  private final List<Fraction> quotas = new ArrayList<>();
  private final long[] units;
  private @Nullable Tie tie;

  private Allocator(DistributionMethod method, long total, List<Part> parts) {
    this.method = method;
    this.total = total;
    this.parts = parts;
    this.totalWeight = parts.stream().map(Part::weight).reduce(BigInteger.ZERO, BigInteger::add);
    this.units = new long[parts.size()];
    parts.forEach(part -> quotas.add(
        Fraction.of(BigInteger.valueOf(total).multiply(part.weight()), totalWeight)));
  }

  /** See {@link DistributionMethod#distribute(long, List)}. */
  static Distribution distribute(DistributionMethod method, long total, List<Part> parts) {
    List<Part> given = List.copyOf(parts);
    check(total, given);
    Allocator allocator = new Allocator(method, total, given);
    switch (method) {
      case CEILING:
        allocator.roundEveryQuotaUp();
        break;
      case LARGEST_REMAINDER:
        allocator.giveLargestRemainders();
        break;
      default:
        allocator.giveHighestQuotients();
        break;
    }
    return allocator.result();
  }

  private static void check(long total, List<Part> parts) {
    if (total < 0) {
      throw new IllegalArgumentException("the total to distribute cannot be negative: " + total);
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("there are no parts to distribute " + total + " over");
    }
    Set<String> names = new HashSet<>();
    for (Part part : parts) {
      if (!names.add(part.name())) {
        throw new IllegalArgumentException("two parts are called " + part.name()
            + "; the parts of a distribution need different names");
      }
    }
    if (parts.stream().allMatch(part -> part.weight().signum() == 0)) {
      throw new IllegalArgumentException("the weights of " + parts
          + " add up to zero, so there is no proportion to distribute " + total + " in");
    }
  }

  private void roundEveryQuotaUp() {
    for (int i = 0; i < units.length; i++) {
      units[i] = quotas.get(i).ceiling().longValueExact();
    }
  }

  private void giveLargestRemainders() {
    for (int i = 0; i < units.length; i++) {
      units[i] = quotas.get(i).floor().longValueExact();
    }
    Map<Fraction, List<Integer>> byRemainder = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < units.length; i++) {
      byRemainder.computeIfAbsent(quotas.get(i).fractionalPart(), r -> new ArrayList<>()).add(i);
    }
    // The remainders add up to the units left, each below one: the units run out before the
    // parts with remainder zero are reached.
    long left = total - sumOfUnits();
    for (Map.Entry<Fraction, List<Integer>> level : byRemainder.entrySet()) {
      if (left == 0) {
        break;
      }
      left = giveOneEach(level.getValue(), level.getKey(), left);
    }
  }

  private void giveHighestQuotients() {
    giveUnitsAboveSafeQuotient();
    // At most one unit per part is left (see giveUnitsAboveSafeQuotient), so this takes at most
    // as many rounds as there are parts.
    long left = total - sumOfUnits();
    while (left > 0) {
      Fraction highest = Fraction.ZERO;
      List<Integer> atHighest = new ArrayList<>();
      for (int i = 0; i < units.length; i++) {
        Fraction next = Fraction.of(parts.get(i).weight(), method.divisor(units[i]));
        int order = next.compareTo(highest);
        if (order > 0) {
          highest = next;
          atHighest.clear();
        }
        if (order >= 0) {
          atHighest.add(i);
        }
      }
      left = giveOneEach(atHighest, highest, left);
    }
  }

  /**
   * Gives every unit whose quotient is at least a bound λ chosen so that these units cannot be more
   * than the total: they are then certainly among the highest quotients, and the units still to
   * give are at most one per part. Without it, a total of 800,000 would take 800,000 rounds.
   *
   * <p>With divisors {@code a·s + 1}, a part of weight w has {@code ⌊(w/λ − 1)/a⌋ + 1} quotients
   * at or above λ (none if w/λ is below 1), at most {@code w/(aλ) + (a − 1)/a}; over n parts that
   * is at most the total for {@code λ = Σw / (a·total − n·(a − 1))}, and at least the total less n.
   */
  private void giveUnitsAboveSafeQuotient() {
    BigInteger step = BigInteger.valueOf(method.divisorStep());
    BigInteger bound = step.multiply(BigInteger.valueOf(total))
        .subtract(BigInteger.valueOf(parts.size()).multiply(step.subtract(BigInteger.ONE)));
    if (bound.signum() <= 0) {
      return;
    }
    for (int i = 0; i < units.length; i++) {
      // w/λ, with λ = Σw / bound.
      Fraction weightOverBound = Fraction.of(parts.get(i).weight().multiply(bound), totalWeight);
      units[i] = weightOverBound.compareTo(Fraction.ONE) < 0
          ? 0
          : weightOverBound.subtract(Fraction.ONE).divide(Fraction.of(step)).floor()
              .longValueExact() + 1;
    }
  }

  /**
   * Gives one unit to each part of {@code level}, all at one remainder or quotient, if there are
   * units {@code left} for all of them; otherwise they tie for what is left. Returns the units left
   * after.
   */
  private long giveOneEach(List<Integer> level, Fraction claim, long left) {
    if (level.size() > left) {
      List<String> contenders = new ArrayList<>();
      level.stream().sorted().forEach(i -> contenders.add(parts.get(i).name()));
      tie = new Tie(contenders, left, claim);
      return 0;
    }
    level.forEach(i -> units[i]++);
    return left - level.size();
  }

  private long sumOfUnits() {
    long sum = 0;
    for (long unit : units) {
      sum = Math.addExact(sum, unit);
    }
    return sum;
  }

  private Distribution result() {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      shares.add(new Share(method, parts, parts.get(i), quotas.get(i), units[i]));
    }
    return new Distribution(method, total, totalWeight, shares, tie);
  }
}
