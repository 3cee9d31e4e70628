package nl.woonzorg.model.time;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.Coded;

/**
 * The calendar period a {@link Frequency} counts in (<i>per week, maand, kwartaal, jaar</i>). The
 * wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CalendarPeriod implements Coded {
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

  private final String labelNl;
  private final String labelEn;
  private final int perYear;

  CalendarPeriod(String labelNl, String labelEn, int perYear) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.perYear = perYear;
  }

  /** How many of these periods make a year. */
  public int getPeriodsPerYear() {
    return perYear;
  }

  @Override
  public String getCode() {
    return name();
  }

  @Override
  public String getLabelNl() {
    return labelNl;
  }

  @Override
  public String getLabelEn() {
    return labelEn;
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
