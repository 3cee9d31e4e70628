package nl.woonzorg.vera.unit;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Which attributes of the spec's <i>Eenheid</i> this library binds and which it passes through
 * on purpose (<i>attribuutindeling</i>), by their VERA names. Every attribute of {@code Eenheid}
 * (Vastgoed) and {@code Eenheden-Eenheid} (WRV) of VERA-OpenAPI 4.3 is in exactly one of the two
 * lists, or is a legacy name; a test reads the spec to hold it so.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class UnitAttributes {

  /** Bound to a typed attribute of {@link VeraUnit}, in the order they are written when new. */
  public static final List<String> BOUND = List.of(
      "id", "soort", "detailSoort", "doelgroep", "aanvullendeDoelgroep", "woonvorm",
      "toegankelijkheidslabel", "batScore", "zelfstandig", "kamersAantal", "etage", "bouwjaar",
      "brutohuur", "rekenhuur", "streefhuur", "adres", "clusters");

  /**
   * Passed through unchanged: woonzorg's model has no place for them (rooms, energy performance,
   * WOZ values, valuations, legal and administrative data), so binding them would only add types
   * to keep up with the spec.
   */
  public static final List<String> PASS_THROUGH = List.of(
      "idExtern", "idGegevensbeheerder", "idOrganisatie", "idAdministratie", "code", "naam",
      "omschrijving", "bouwnummer", "status", "detailStatus", "inExploitatiedatum",
      "uitExploitatiedatum", "beginBouwdatum", "opleverdatum", "aangemerktHuurtoeslag",
      "aantalOnzelfstandigeEenheden", "adresseerbaarObjectBasisregistratie", "beleidswaarde",
      "benodigdeAfspraakverzoeken", "beoogdUitExploitatieDatum", "bestemming", "bouwdelen",
      "bovenliggendeEenheid", "buitenruimten", "collectieveObjecten", "criteria",
      "dichtsbijzijndeWeerstation", "energieprestatie", "energieprestaties",
      "energievoorzieningen", "gebouw", "gebruiksoppervlakte", "inExploitatieReden", "interieur",
      "isolatie", "juridischEigendomspercentage", "kadastraalNummer", "klimaatbeheersing",
      "klimaatbeheersingSoort", "kwaliteitsniveau", "ligging", "liggingBuitenruimten",
      "liggingTuin", "maatschappelijkLabel", "marktlabel", "marktwaarde", "monumenten",
      "nevenadressen", "onderhoudslabel", "oppervlakten", "overeenkomsten",
      "overigeVertrekkenTotaalOppervlakte", "panden", "prestatieafspraken", "prijscomponenten",
      "prijsconditie", "publicatie", "publicatieLabel", "rayon", "relaties", "renovatie",
      "ruimten", "sanitair", "situering", "taxaties", "totaalInhoud", "totaleOppervlakte",
      "uitExploitatieReden", "verkoop", "vertrekken", "vertrekkenAantal",
      "verwarmdeVertrekkenAantal", "vestiging", "volgnummer", "voorwaarden", "vraagprijs",
      "woningwaarderingResultaat", "woningwaarderingstelsel", "woonvertrekInhoud",
      "woonvertrekkenTotaalOppervlakte", "wozEenheden", "zekerheidVerpandingen",
      "zorgfaciliteitOmschrijving");

  /**
   * Deprecated case-duplicates of attributes, by legacy name: read under either name and written
   * under the lowerCamelCase one.
   */
  public static final Map<String, String> LEGACY_NAMES =
      Map.of("Woningwaarderingstelsel", "woningwaarderingstelsel");

  private UnitAttributes() {}

  /**
   * The name {@code name} is written under: the lowerCamelCase attribute for a legacy name,
   * {@code name} itself otherwise.
   */
  public static String canonicalName(String name) {
    return LEGACY_NAMES.getOrDefault(name, name);
  }
}
