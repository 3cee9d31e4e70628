package nl.woonzorg.model.time;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The calendar period a {@link Frequency} counts in (<i>per week, maand, kwartaal, jaar</i>). The
 * wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CalendarPeriod implements CodeList {
  /** Per week. */
  WEEK("week", "week", 52),
  /** Per maand: per month. */
  MAAND("maand", "month", 12),
  /** Per kwartaal: per quarter. */
  KWARTAAL("kwartaal", "quarter", 4),
  /** Per halfjaar: per half year. */
  HALFJAAR("halfjaar", "half year", 2),
  /** Per jaar: per year. */
  JAAR("jaar", "year", 1);

  private final CodeEntry entry;
  private final int perYear;

  CalendarPeriod(String labelNl, String labelEn, int perYear) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.perYear = perYear;
  }

  /** How many of these periods make a year. */
  public int getPeriodsPerYear() {
    return perYear;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the period with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static CalendarPeriod fromCode(String code) {
    return Codes.fromCode(CalendarPeriod.class, code);
  }
}
