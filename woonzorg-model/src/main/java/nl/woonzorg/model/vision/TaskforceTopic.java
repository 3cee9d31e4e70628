package nl.woonzorg.model.vision;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * One of the eleven topics (<i>onderwerpen</i>) the Taskforce Wonen en Zorg found in municipal
 * woonzorgvisies; together a completeness checklist for a vision. The Dutch labels are the
 * Taskforce's own words. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TaskforceTopic implements CodeList {
  /** Woonzorgopgave: an account of the housing-and-care task. */
  WOONZORGOPGAVE("een duiding van de woonzorgopgave", "the housing-and-care task"),
  /** Woonbehoeften: an overview of housing needs. */
  WOONBEHOEFTEN("een overzicht van de woonbehoefte", "housing needs"),
  /** Doelgroepen met woonzorgvraag: the target groups with a housing-and-care need. */
  DOELGROEPEN_MET_WOONZORGVRAAG(
      "een onderscheid in doelgroepen met een woonzorgbehoefte",
      "target groups with a housing-and-care need"),
  /** Aanbod woonvormen: the local supply of dwelling types. */
  AANBOD_WOONVORMEN("het lokale aanbod van woonvormen", "local supply of dwelling types"),
  /** Aanbod zorg en ondersteuning: the local supply of care and support. */
  AANBOD_ZORG_EN_ONDERSTEUNING(
      "het lokale aanbod van zorg en ondersteuning", "local supply of care and support"),
  /** Leefbaarheid omgeving: the liveability of the surroundings. */
  LEEFBAARHEID_OMGEVING("de leefbaarheid van de omgeving", "liveability of the surroundings"),
  /** Woningaanpassingen: the supply of and need for home adaptations. */
  WONINGAANPASSINGEN(
      "het aanbod en de behoefte aan woningaanpassingen",
      "supply of and need for home adaptations"),
  /** Weg naar uitvoering: how the municipality gets to implementation. */
  WEG_NAAR_UITVOERING(
      "hoe de gemeente tot uitvoering komt", "how the municipality gets to implementation"),
  /** Partners en samenwerking: the partners and how they cooperate. */
  PARTNERS_EN_SAMENWERKING(
      "met welke partners de gemeente samenwerkt, op welke manier",
      "partners and how they cooperate"),
  /** Solidariteit bewoners: solidarity among residents. */
  SOLIDARITEIT_BEWONERS("solidariteit van de inwoners", "solidarity among residents"),
  /** Communicatie urgentie: communication strategies to create urgency. */
  COMMUNICATIE_URGENTIE(
      "communicatiestrategieën om urgentie te creëren",
      "communication strategies to create urgency");

  private final CodeEntry entry;

  TaskforceTopic(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the topic with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static TaskforceTopic fromCode(String code) {
    return Codes.fromCode(TaskforceTopic.class, code);
  }
}
