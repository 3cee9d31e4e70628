package nl.woonzorg.model.agreement;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The level at which an agreement is made (<i>niveau van de afspraak</i>): for one project, one
 * complex, an area within a municipality, the municipality, the region or the country. The wire
 * code is the constant's name.
 *
 * <p>The list is closed and holds the levels the field's sources name for agreements, each with
 * where: "afspraken op projectniveau" in Delft's prestatieafspraken and "regionale en lokale
 * prestatieafspraken" in the regio Alkmaar (Taskforce Wonen en Zorg, <i>Handreiking
 * woonzorgopgave: van visie naar uitvoering</i>); "(regionale) afspraken […] op gebiedsniveau
 * (bijvoorbeeld servicelevels per kern) en/of op complexniveau" and the <i>Nationale
 * Prestatieafspraken</i> (Platform31, <i>Aan de slag met woonzorgvisie</i>, 2024). It says how far
 * an agreement reaches, not where: the areas are in the agreement's scope.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum AgreementLevel implements CodeList {
  /** Projectniveau: for one building project, e.g. Delft's agreements on woonzorgvarianten. */
  PROJECT("projectniveau", "project level"),
  /** Complexniveau: for one complex of homes, e.g. the services of one clustered complex. */
  COMPLEX("complexniveau", "complex level"),
  /** Gebiedsniveau: for an area within a municipality — a kern, wijk or buurt. */
  GEBIED("gebiedsniveau", "area level"),
  /** Lokaal niveau: for the municipality as a whole, as local prestatieafspraken are. */
  LOKAAL("lokaal niveau", "local level"),
  /** Regionaal niveau: for a region of municipalities, as regional prestatieafspraken are. */
  REGIONAAL("regionaal niveau", "regional level"),
  /** Landelijk niveau: for the country, as the Nationale Prestatieafspraken are. */
  LANDELIJK("landelijk niveau", "national level");

  private final CodeEntry entry;

  AgreementLevel(String labelNl, String labelEn) {
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
  public static AgreementLevel fromCode(String code) {
    return Codes.fromCode(AgreementLevel.class, code);
  }
}
