package nl.woonzorg.model.agreement;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The content theme of a performance agreement (<i>thema</i>), after Platform31's 2016 analysis of
 * prestatieafspraken on housing and care, with leefbaarheid, which real agreements since name as
 * their subject. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AgreementTheme implements CodeList {
  /**
   * Kwantiteit woningen: quantity of homes — how many of which kind, where, for whom, rent or
   * buy.
   */
  KWANTITEIT_WONINGEN("kwantiteit woningen", "quantity of homes"),
  /** Kwaliteit woningen: quality of homes — which standard they meet. */
  KWALITEIT_WONINGEN("kwaliteit woningen", "quality of homes"),
  /** Voorzieningenniveau: level of facilities in districts. */
  VOORZIENINGENNIVEAU("voorzieningenniveau", "level of facilities"),
  /** Verbinding met andere domeinen: links with care, welfare and social district teams. */
  VERBINDING_ANDERE_DOMEINEN("verbinding met andere domeinen", "links with other domains"),
  /**
   * Leefbaarheid: liveability of districts and neighbourhoods, e.g. the regio Alkmaar pact's
   * "afspraken over leefbaarheid" and the investing in it under the Nationale Prestatieafspraken; one of
   * the four subjects of the Volkshuisvestingsprogramma. Not one of Platform31's 2016 themes.
   *
   * @since 0.2.0
   */
  LEEFBAARHEID("leefbaarheid", "liveability");

  private final CodeEntry entry;

  AgreementTheme(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
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
  public static AgreementTheme fromCode(String code) {
    return Codes.fromCode(AgreementTheme.class, code);
  }
}
