package nl.woonzorg.analysis.supply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.woonzorg.model.area.AreaType;

/**
 * The area codes a tally has met while counting, each with its index in the order met: where its
 * counts are. Not thread-safe.
 *
 * <p>A national stock has millions of records over some 14,000 buurten. Finding each record's code
 * in a hash map of strings hashes the freshly read string and follows a map node, its key, the
 * key's bytes and then the counts, each likely a cache miss: that was most of what a tally added
 * to reading the stock. A code of the level's CBS form (its prefix and digits, as every valid
 * record's code is) is found instead by the number its digits make, in an open-addressed table of
 * ints; any other code, in a map, so that every code is counted under itself whatever its form.
 */
final class AreaIndex {

  private final String prefix;
  private final int length;
  private final List<String> codes = new ArrayList<>();
  private final Map<String, Integer> others = new HashMap<>();
  /**
   * Per place, the key of a code of the CBS form (its digits plus one; 0 where the place is free)
   * and its index next to it, so that a probe reads one cache line; a power of two places.
   */
  private int[] table = new int[2 << 10];
  /** 32 less the bits of a place: a key's place is the top bits of its product below. */
  private int shift = Integer.SIZE - 10;
  private int numbered;

  /**
   * An empty index of codes of {@code level}, which must have a CBS code of at most nine digits.
   */
  AreaIndex(AreaType level) {
    this.prefix = level.codePrefix().orElseThrow();
    this.length = level.codeFormat().orElseThrow().length();
    // A key is the digits' number plus one in an int: ten digits could overflow it.
    if (length - prefix.length() > 9) {
      throw new IllegalArgumentException(level + " has codes of more than nine digits");
    }
  }

  /** The codes met, each as first met, by index; an unmodifiable view. */
  List<String> codes() {
    return Collections.unmodifiableList(codes);
  }

  /** The index of {@code code}: the next one if it is new. */
  int indexOf(String code) {
    int key = key(code);
    if (key == 0) {
      Integer index = others.get(code);
      if (index == null) {
        index = add(code);
        others.put(code, index);
      }
      return index;
    }
    int mask = table.length - 2;
    for (int place = place(key); ; place = place + 2 & mask) {
      if (table[place] == key) {
        return table[place + 1];
      }
      if (table[place] == 0) {
        int index = add(code);
        table[place] = key;
        table[place + 1] = index;
        if (++numbered > table.length / 4) {
          grow();
        }
        return index;
      }
    }
  }

  /**
   * The digits of {@code code} plus one if it has the CBS form, a positive int as there are at
   * most nine; 0 if it has another form. The check of {@link AreaType#hasCodeFormat(String)},
   * made while reading the digits.
   */
  private int key(String code) {
    if (code.length() != length || !code.startsWith(prefix)) {
      return 0;
    }
    int digits = 0;
    for (int at = prefix.length(); at < length; at++) {
      char c = code.charAt(at);
      if (c < '0' || c > '9') {
        return 0;
      }
      digits = digits * 10 + c - '0';
    }
    return digits + 1;
  }

  /** Where a probe for {@code key} starts: Fibonacci hashing spreads nearby codes apart. */
  private int place(int key) {
    return (key * 0x9E3779B9 >>> shift) * 2;
  }

  private int add(String code) {
    codes.add(code);
    return codes.size() - 1;
  }

  /** Doubles the table, which is kept at most half full so that a probe ends soon. */
  private void grow() {
    int[] old = table;
    table = new int[old.length * 2];
    shift--;
    int mask = table.length - 2;
    for (int from = 0; from < old.length; from += 2) {
      if (old[from] != 0) {
        int place = place(old[from]);
        while (table[place] != 0) {
          place = place + 2 & mask;
        }
        table[place] = old[from];
        table[place + 1] = old[from + 1];
      }
    }
  }
}
