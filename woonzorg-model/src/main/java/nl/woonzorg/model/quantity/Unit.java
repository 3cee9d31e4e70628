package nl.woonzorg.model.quantity;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The unit of a target, baseline, measurement or criterion (<i>eenheid</i>). The wire code is the
 * constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Unit implements CodeList {
  /** Woningen of wooneenheden: dwellings or dwelling units. */
  WONINGEN("woningen", "dwellings"),
  /** Plaatsen: places, e.g. verpleegzorg-, beschermd-wonen- or opvangplaatsen. */
  PLAATSEN("plaatsen", "places"),
  /** Locaties: sites or locations. */
  LOCATIES("locaties", "locations"),
  /** Ontmoetingsruimten: meeting rooms. */
  ONTMOETINGSRUIMTEN("ontmoetingsruimten", "meeting rooms"),
  /** Personen: persons. */
  PERSONEN("personen", "persons"),
  /** Huishoudens: households. */
  HUISHOUDENS("huishoudens", "households"),
  /** Procent: a percentage, 0 to 100. */
  PROCENT("procent", "percent"),
  /** Euro: an amount of money. */
  EURO("euro", "euro"),
  /** Meter: a distance, e.g. "within 500 m of a facility". */
  METER("meter", "metres"),
  /** Maanden: months, e.g. a waiting time. */
  MAANDEN("maanden", "months"),
  /** Jaren: years. */
  JAREN("jaren", "years"),
  /** Aantal: a count of anything not listed above (activities, meetings, projects). */
  AANTAL("aantal", "count");

  private final CodeEntry entry;

  Unit(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the unit with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Unit fromCode(String code) {
    return Codes.fromCode(Unit.class, code);
  }
}
