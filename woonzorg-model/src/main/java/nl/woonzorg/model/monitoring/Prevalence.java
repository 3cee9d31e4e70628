package nl.woonzorg.model.monitoring;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * How widespread what a monitor's conclusion states is, where the monitor gives it in words and
 * not as a number (<i>mate van voorkomen</i>): "het overgrote deel van alle gemeenten", "wordt
 * vaak benoemd". A closed, ordered list, from all to none; the constants are declared in that
 * order, so that {@link #compareTo} ranks them. Each word stands for what the monitor wrote and
 * for no number: {@link #VAAK} is not a share of 60 %, and a conclusion with a figure gives the
 * figure as a measurement instead. The wire code is the constant's name.
 *
 * <ul>
 *   <li>{@link #ALLE}: alle, every one counted;
 *   <li>{@link #OVERGROTE_DEEL}: het overgrote deel, nearly all;
 *   <li>{@link #MEESTE}: de meeste, de meerderheid, more than half;
 *   <li>{@link #VAAK}: vaak, veel, often, without saying whether more than half;
 *   <li>{@link #SOMS}: soms, enkele, sometimes;
 *   <li>{@link #ZELDEN}: zelden, weinig, seldom;
 *   <li>{@link #GEEN}: geen, none.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum Prevalence implements CodeList {
  /** Alle: every one counted. */
  ALLE("alle", "all"),
  /** Het overgrote deel: nearly all. */
  OVERGROTE_DEEL("het overgrote deel", "the great majority"),
  /** De meeste, de meerderheid: more than half. */
  MEESTE("de meeste", "most"),
  /** Vaak, veel: often, without saying whether more than half. */
  VAAK("vaak", "often"),
  /** Soms, enkele: sometimes. */
  SOMS("soms", "sometimes"),
  /** Zelden, weinig: seldom. */
  ZELDEN("zelden", "seldom"),
  /** Geen: none. */
  GEEN("geen", "none");

  private final CodeEntry entry;

  Prevalence(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the prevalence with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Prevalence fromCode(String code) {
    return Codes.fromCode(Prevalence.class, code);
  }
}
