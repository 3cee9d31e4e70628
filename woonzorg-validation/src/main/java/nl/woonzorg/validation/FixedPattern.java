package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A regular expression of fixed length compiled into a test per character: a sequence of literal
 * characters, {@code \d} and character classes of plain ranges such as {@code [A-Z]}, each
 * optionally repeated {@code {n}} times — the form of the model's code formats ({@code GM\d{4}},
 * {@code [1-9]\d{3}[A-Z]{2}}). It matches exactly the text {@link java.util.regex.Pattern} matches
 * in full without flags, with a loop over the characters instead of the regex engine, which was
 * most of the cost of checking a clean dwelling record's constraints.
 *
 * <p>Immutable and thread-safe.
 */
final class FixedPattern {

  // Per position p, the characters allowed there, all ASCII: bit c of masks[2 * p] for c below
  // 64, bit c - 64 of masks[2 * p + 1] for the rest, side by side so that c's upper bit picks
  // the word. A bit test per character without a branch, as the check runs for every code of
  // every dwelling record.
  private final long[] masks;

  private FixedPattern(List<char[]> positions) {
    masks = new long[2 * positions.size()];
    for (int p = 0; p < positions.size(); p++) {
      char[] ranges = positions.get(p);
      for (int r = 0; r < ranges.length; r += 2) {
        for (char c = ranges[r]; c <= ranges[r + 1]; c++) {
          masks[2 * p + (c >>> 6)] |= 1L << c;
        }
      }
    }
  }

  /** The compiled form of {@code regex}; empty if it is not of the fixed-length form. */
  static Optional<FixedPattern> compile(String regex) {
    List<char[]> positions = new ArrayList<>();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      char[] ranges;
      if (c == '\\') {
        if (i + 1 >= regex.length() || regex.charAt(i + 1) != 'd') {
          return Optional.empty();
        }
        // Without UNICODE_CHARACTER_CLASS, \d is [0-9] and nothing else.
        ranges = new char[] {'0', '9'};
        i += 2;
      } else if (c == '[') {
        int close = regex.indexOf(']', i);
        if (close < 0) {
          return Optional.empty();
        }
        Optional<char[]> parsed = ranges(regex.substring(i + 1, close));
        if (parsed.isEmpty()) {
          return Optional.empty();
        }
        ranges = parsed.get();
        i = close + 1;
      } else if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
        ranges = new char[] {c, c};
        i++;
      } else {
        return Optional.empty();
      }
      int times = 1;
      if (i < regex.length() && regex.charAt(i) == '{') {
        int close = regex.indexOf('}', i);
        String count = close < 0 ? "" : regex.substring(i + 1, close);
        if (count.isEmpty() || count.length() > 3
            || !count.chars().allMatch(d -> d >= '0' && d <= '9')
            || Integer.parseInt(count) == 0) {
          return Optional.empty();
        }
        times = Integer.parseInt(count);
        i = close + 1;
      }
      for (int t = 0; t < times; t++) {
        positions.add(ranges);
      }
    }
    return Optional.of(new FixedPattern(positions));
  }

  /** The ranges of a class's body: ASCII letters and digits, alone or as {@code a-z}. */
  private static Optional<char[]> ranges(String body) {
    List<Character> bounds = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char from = body.charAt(i);
      if (!plain(from)) {
        return Optional.empty();
      }
      char to = from;
      if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
        to = body.charAt(i + 2);
        if (!plain(to) || to < from) {
          return Optional.empty();
        }
        i += 3;
      } else {
        i++;
      }
      bounds.add(from);
      bounds.add(to);
    }
    if (bounds.isEmpty()) {
      return Optional.empty();
    }
    char[] ranges = new char[bounds.size()];
    for (int b = 0; b < ranges.length; b++) {
      ranges[b] = bounds.get(b);
    }
    return Optional.of(ranges);
  }

  private static boolean plain(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  /** Whether the whole of {@code text} matches. */
  boolean matches(CharSequence text) {
    long[] masks = this.masks;
    if (text.length() != masks.length >>> 1) {
      return false;
    }
    for (int p = 0; p < masks.length; p += 2) {
      char c = text.charAt(p >>> 1);
      // A long shift takes the count modulo 64, so c picks its bit in either word.
      if (c >= 128 || (masks[p + (c >>> 6)] >>> c & 1) == 0) {
        return false;
      }
    }
    return true;
  }
}
