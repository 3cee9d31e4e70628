package nl.woonzorg.model.time;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * A part of a year that a {@link PartialDate} may name instead of a month (<i>deel van het
 * jaar</i>): "voorjaar 2021", "tweede helft 2023", "Q3 2022". Seasons are meteorological. Winter is
 * not among them: it spans two calendar years, and documents mean either half of it; give the
 * months instead. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum YearPart implements CodeList {
  /** Eerste kwartaal: January to March. */
  KWARTAAL_1("eerste kwartaal", "first quarter", 1, 3),
  /** Tweede kwartaal: April to June. */
  KWARTAAL_2("tweede kwartaal", "second quarter", 4, 6),
  /** Derde kwartaal: July to September. */
  KWARTAAL_3("derde kwartaal", "third quarter", 7, 9),
  /** Vierde kwartaal: October to December. */
  KWARTAAL_4("vierde kwartaal", "fourth quarter", 10, 12),
  /** Eerste helft: January to June. */
  EERSTE_HELFT("eerste helft", "first half", 1, 6),
  /** Tweede helft: July to December. */
  TWEEDE_HELFT("tweede helft", "second half", 7, 12),
  /** Voorjaar: spring, March to May. */
  VOORJAAR("voorjaar", "spring", 3, 5),
  /** Zomer: summer, June to August. */
  ZOMER("zomer", "summer", 6, 8),
  /** Najaar: autumn, September to November. */
  NAJAAR("najaar", "autumn", 9, 11);

  private final CodeEntry entry;
  private final int firstMonth;
  private final int lastMonth;

  YearPart(String labelNl, String labelEn, int firstMonth, int lastMonth) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
  }

  /** The first month of the part, 1 to 12. */
  public int getFirstMonth() {
    return firstMonth;
  }

  /** The last month of the part, 1 to 12, not before the first. */
  public int getLastMonth() {
    return lastMonth;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the part of the year with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static YearPart fromCode(String code) {
    return Codes.fromCode(YearPart.class, code);
  }
}
