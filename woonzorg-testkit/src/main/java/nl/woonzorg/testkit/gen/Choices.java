package nl.woonzorg.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A sequence of small non-negative numbers that the decoders read their decisions from, in order.
 * Once the sequence is used up every decision is the smallest one: zero, absent, the first
 * element. So a shorter sequence, or one with smaller numbers, decodes into a smaller and simpler
 * object — which is what lets QuickTheories' shrinking of the sequence shrink the object.
 */
final class Choices {

  private final List<Integer> values;
  private int position;

  Choices(List<Integer> values) {
    this.values = values;
  }

  /** A number in {@code [0, bound)}; {@code bound} must be positive. */
  int below(int bound) {
    if (position >= values.size()) {
      return 0;
    }
    return values.get(position++) % bound;
  }

  /** A number in {@code [low, high]}. */
  int between(int low, int high) {
    return low + below(high - low + 1);
  }

  /** Whether to include something optional; after the end of the sequence, never. */
  boolean chance() {
    return below(2) == 1;
  }

  <T> T pick(List<T> items) {
    return items.get(below(items.size()));
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return chance() ? Optional.of(value.get()) : Optional.empty();
  }

  <T> Optional<T> maybePick(List<T> items) {
    return items.isEmpty() ? Optional.empty() : maybe(() -> pick(items));
  }

  /** Up to {@code max} distinct items of {@code items}, in the order drawn. */
  <T> List<T> some(List<T> items, int max) {
    return some(items, 0, max);
  }

  /** Between {@code min} and {@code max} distinct items of {@code items}, in the order drawn. */
  <T> List<T> some(List<T> items, int min, int max) {
    if (items.isEmpty()) {
      return List.of();
    }
    int count = between(Math.min(min, items.size()), Math.min(max, items.size()));
    Set<T> chosen = new LinkedHashSet<>();
    int start = below(items.size());
    int step = 1 + below(items.size());
    // Walk the list from a drawn start with a drawn stride, wrapping, until enough distinct items
    // are found; a stride that shares a factor with the size falls back to single steps.
    for (int i = 0; chosen.size() < count; i++) {
      int index = i < items.size() ? (start + i * step) % items.size() : (start + i) % items.size();
      chosen.add(items.get(index));
    }
    return new ArrayList<>(chosen);
  }

  /** {@code parts} non-negative numbers that add up to exactly {@code total}. */
  long[] split(long total, int parts) {
    long[] cuts = new long[parts + 1];
    cuts[parts] = total;
    for (int i = 1; i < parts; i++) {
      cuts[i] = total == 0 ? 0 : below((int) Math.min(Integer.MAX_VALUE, total + 1));
    }
    Arrays.sort(cuts, 1, parts);
    long[] out = new long[parts];
    for (int i = 0; i < parts; i++) {
      out[i] = cuts[i + 1] - cuts[i];
    }
    return out;
  }
}
