package nl.woonzorg.io.internal;

import java.time.Month;
import java.time.Year;

/**
 * The date format of the wire format: JSON Schema's {@code date}, that is RFC 3339's {@code
 * full-date}, {@code yyyy-mm-dd} with a real month and day. Checked by hand rather than by a
 * regular expression and {@code LocalDate.parse}, because every date of every record passes here
 * and those two allocate.
 */
final class IsoDates {

  private IsoDates() {}

  /**
   * Whether {@code text} is a full date: four, two and two ASCII digits separated by hyphens,
   * naming a day that exists, as {@code DateTimeFormatter.ISO_LOCAL_DATE} (strict) accepts it.
   */
  static boolean isDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1
        && day <= Month.of(month).length(Year.isLeap(year));
  }

  /** The number the ASCII digits from {@code from} to {@code to} write, or -1 if any is not one. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
