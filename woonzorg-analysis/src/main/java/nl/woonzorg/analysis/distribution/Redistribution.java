package nl.woonzorg.analysis.distribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A joint redistribution (<i>gezamenlijke herverdeling</i>) of a {@link Distribution}: some parts
 * agree to shift units among themselves, as gemeenten may with their <i>taakstellingen</i> if the
 * sum stays the same (Huisvestingswet 2014, art. 29(2)). Only a proposal that keeps the sum of the
 * parts it names is accepted; the parts it leaves out keep their units.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Redistribution {

  private final Distribution original;
  private final Map<String, Long> unitsByPart;

  private Redistribution(Distribution original, Map<String, Long> unitsByPart) {
    this.original = original;
    this.unitsByPart = Collections.unmodifiableMap(unitsByPart);
  }

  /**
   * Returns the redistribution of {@code original} that gives each part named in {@code proposed}
   * its units there.
   *
   * @throws IllegalArgumentException if {@code proposed} is empty, names a part {@code original}
   *     does not have or gives one a negative number of units, or if {@code original} has a tie
   *     (settle it first: who holds the tied units decides what there is to redistribute)
   * @throws SumChangedException if the proposed units of the named parts do not add up to what
   *     they held in {@code original}
   */
  public static Redistribution of(Distribution original, Map<String, Long> proposed) {
    Objects.requireNonNull(original, "original");
    if (proposed.isEmpty()) {
      throw new IllegalArgumentException("a redistribution names at least one part");
    }
    original.tie().ifPresent(tie -> {
      throw new IllegalArgumentException(
          "the distribution has a tie to settle before it can be redistributed: " + tie);
    });
    Map<String, Long> before = original.unitsByPart();
    long expected = 0;
    long found = 0;
    for (Map.Entry<String, Long> part : proposed.entrySet()) {
      Long held = before.get(part.getKey());
      if (held == null) {
        throw new IllegalArgumentException("the distribution has no part " + part.getKey()
            + "; its parts are " + before.keySet());
      }
      if (part.getValue() < 0) {
        throw new IllegalArgumentException("part " + part.getKey()
            + " cannot be given a negative number of units: " + part.getValue());
      }
      expected = Math.addExact(expected, held);
      found = Math.addExact(found, part.getValue());
    }
    if (expected != found) {
      throw new SumChangedException(proposed.keySet(), expected, found);
    }
    Map<String, Long> after = new LinkedHashMap<>(before);
    after.putAll(proposed);
    return new Redistribution(original, after);
  }

  /** The distribution redistributed. */
  public Distribution original() {
    return original;
  }

  /**
   * The units of every part of the {@link #original()} after the redistribution, in its order;
   * they add up to what the original's did. Unmodifiable.
   */
  public Map<String, Long> unitsByPart() {
    return unitsByPart;
  }

  /**
   * What changed for each part that changed, units after less units before, in the order of the
   * {@link #original()}; the changes add up to zero. Unmodifiable.
   */
  public Map<String, Long> changes() {
    Map<String, Long> changes = new LinkedHashMap<>();
    original.unitsByPart().forEach((name, before) -> {
      long change = unitsByPart.get(name) - before;
      if (change != 0) {
        changes.put(name, change);
      }
    });
    return Collections.unmodifiableMap(changes);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Redistribution
        && original.equals(((Redistribution) other).original)
        && unitsByPart.equals(((Redistribution) other).unitsByPart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, unitsByPart);
  }

  /** The units per part after the redistribution, for debugging; the form may change. */
  @Override
  public String toString() {
    return "redistribution of " + original.method() + " to " + unitsByPart;
  }
}
