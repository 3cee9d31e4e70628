package nl.woonzorg.model.goal;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * What a {@link Criterion} of a goal demands (<i>soort criterium</i>): "within 500 metres of a
 * facility", "on 4 locations". The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CriterionKind implements CodeList {
  /** Maximale afstand tot een voorziening: maximum distance to a (care) facility, in metres. */
  MAXIMALE_AFSTAND_TOT_VOORZIENING(
      "maximale afstand tot een voorziening", "maximum distance to a facility"),
  /** Maximale afstand tot een ov-halte: maximum distance to a public-transport stop, in metres. */
  MAXIMALE_AFSTAND_TOT_OV_HALTE(
      "maximale afstand tot een ov-halte", "maximum distance to a public-transport stop"),
  /** Aantal locaties: the number of locations the homes are spread over. */
  AANTAL_LOCATIES("aantal locaties", "number of locations"),
  /** Minimaal aantal woningen per locatie: minimum number of homes per location. */
  MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE(
      "minimaal aantal woningen per locatie", "minimum number of homes per location"),
  /** Aandeel sociale huur: the share of social-rent homes, in percent. */
  AANDEEL_SOCIALE_HUUR("aandeel sociale huur", "share of social rent"),
  /**
   * Minimaal aantal per gebied: at least this many in every area of the goal's scope, or of the
   * criterion's {@linkplain Criterion#getAreaType() area type} — "in elke kern tenminste één
   * ontmoetingsruimte". Since format 1.1.
   */
  MINIMAAL_AANTAL_PER_GEBIED("minimaal aantal per gebied", "minimum number per area"),
  /**
   * Minimaal aandeel woningen voor 55-plussers: the least share, in percent, of a building's or
   * complex's units that are for people aged 55 and over; the clustered-housing rule WZ-BLD-03
   * takes its threshold from it. Since format 1.1.
   */
  MINIMAAL_AANDEEL_WONINGEN_55_PLUS(
      "minimaal aandeel woningen voor 55-plussers", "minimum share of homes for people aged 55+"),
  /** Toegankelijkheid: an accessibility requirement, e.g. zero-step or rollator-proof. */
  TOEGANKELIJKHEID("toegankelijkheid", "accessibility"),
  /** Overig: any other criterion; its description says what it is. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  CriterionKind(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  /**
   * Whether a criterion of this kind is measurable only with a {@linkplain Criterion#getValue()
   * value}: a distance, a number, a share. {@code false} for {@link #TOEGANKELIJKHEID} and {@link
   * #OVERIG}, which words may state.
   */
  public boolean requiresValue() {
    return this != TOEGANKELIJKHEID && this != OVERIG;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant whose wire code is {@code code}.
   *
   * @param code the wire code, which is the constant's name
   * @return the constant, never null
   * @throws nl.woonzorg.model.code.UnknownCodeException if no constant has that code; the
   *     message lists the valid codes
   */
  public static CriterionKind fromCode(String code) {
    return Codes.fromCode(CriterionKind.class, code);
  }
}
