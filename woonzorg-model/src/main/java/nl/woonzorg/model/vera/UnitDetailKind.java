package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.Codes;

/**
 * A detailed kind of real-estate unit (<i>eenheiddetailsoort</i>) in the VERA reference data, such
 * as a gallery flat (<i>galerijflat</i>), a multi-generation home (<i>kangoeroewoning</i>) or a
 * nursing home (<i>verpleeghuis</i>); each belongs to one {@linkplain UnitKind unit kind}.
 *
 * <p>Mirrors the VERA list {@code EENHEIDDETAILSOORT}, every row of release v4.3.260403 included,
 * end-dated ones with their end date; the wire code is the VERA code. VERA lists code {@code BIJ}
 * twice: end-dated 9 June 2023 under {@link UnitKind#OVERIG} and live under {@link
 * UnitKind#MAATSCHAPPELIJK_VASTGOED}; this enumeration keeps the live row.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum UnitDetailKind implements VeraCoded {
  /** Antenne-opstelplaats: antenna site, a building, mast or site where an antenna is installed. */
  ANTENNE_OPSTELPLAATS("ANT", "Antenne-opstelplaats", "antenna site", UnitKind.OVERIG),
  /** Atelierruimte: studio space, a workshop, especially an artist's studio. */
  ATELIERRUIMTE("ATE", "Atelierruimte", "studio space", UnitKind.BEDRIJFSRUIMTE),
  /** Basisschool: primary school. */
  BASISSCHOOL("BAS", "Basisschool", "primary school", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Bedrijfshal: industrial hall, a mainly functional building for production, storage or
   * logistics.
   */
  BEDRIJFSHAL("BED", "Bedrijfshal", "industrial hall", UnitKind.BEDRIJFSRUIMTE),
  /** Benedenwoning: ground-floor flat, a flat on the ground floor. */
  BENEDENWONING("BEN", "Benedenwoning", "ground-floor flat", UnitKind.WOONRUIMTE),
  /** Berging: storage room, a storage room or outbuilding. */
  BERGING("BER", "Berging", "storage room", UnitKind.OVERIG),
  /** Bibliotheek: library, a village or district library. */
  BIBLIOTHEEK("BIB", "Bibliotheek", "library", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Bijeenkomstruimte: assembly room, a room where people gather for art, culture, religion or
   * meetings.
   */
  BIJEENKOMSTRUIMTE("BIJ", "Bijeenkomstruimte", "assembly room", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Bouwkavel: building plot, a plot on which building is allowed. */
  BOUWKAVEL("BOU", "Bouwkavel", "building plot", UnitKind.OVERIG),
  /** Bovenwoning: upper-floor flat, a flat on an upper floor. */
  BOVENWONING("BOV", "Bovenwoning", "upper-floor flat", UnitKind.WOONRUIMTE),
  /**
   * Brede school: community school, a school combined with playgroup, childcare or other services.
   */
  BREDE_SCHOOL("BRE", "Brede school", "community school", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Buurthuis: neighbourhood centre, a public building that serves as a meeting centre for a
   * neighbourhood.
   */
  BUURTHUIS("BUU", "Buurthuis", "neighbourhood centre", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Centrum voor Jeugd en Gezin: youth and family centre. */
  CENTRUM_VOOR_JEUGD_EN_GEZIN("CJG", "Centrum voor Jeugd en Gezin", "youth and family centre",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Corridorflat: corridor flat, a flat whose front door opens onto an inside corridor. */
  CORRIDORFLAT("COR", "Corridorflat", "corridor flat", UnitKind.WOONRUIMTE),
  /** Cultuur ruimte: cultural space, a space for small-scale cultural activities. */
  CULTUUR_RUIMTE("CUL", "Cultuur ruimte", "cultural space", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Dagbestedingsruimte: day-activity room, a room for day activities of people with a disability
   * or older people.
   */
  DAGBESTEDINGSRUIMTE("DAG", "Dagbestedingsruimte", "day-activity room",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Eindwoning: end-of-terrace house, a single-family house at the end of a row. */
  EINDWONING("EIN", "Eindwoning", "end-of-terrace house", UnitKind.WOONRUIMTE),
  /** Erfpachtkavel: leasehold plot, a plot held or let on ground lease. */
  ERFPACHTKAVEL("EPK", "Erfpachtkavel", "leasehold plot", UnitKind.OVERIG),
  /** Fietsparkeerplaats/stalling: bicycle parking, a space or facility for parking bicycles. */
  FIETSPARKEERPLAATS_STALLING("FIE", "Fietsparkeerplaats/stalling", "bicycle parking",
      UnitKind.OVERIG),
  /** Galerijflat: gallery flat, a flat whose front door opens onto a shared outside gallery. */
  GALERIJFLAT("GAL", "Galerijflat", "gallery flat", UnitKind.WOONRUIMTE),
  /** Garage: garage, a covered space for a motor vehicle. */
  GARAGE("GAR", "Garage", "garage", UnitKind.PARKEERGELEGENHEID),
  /**
   * Gemeenschapscentrum: community centre, a municipally run centre for cultural and social
   * activities.
   */
  GEMEENSCHAPSCENTRUM("GEM", "Gemeenschapscentrum", "community centre",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Geschakelde Twee-onder-een-kapwoning: linked semi-detached house, a semi-detached house joined
   * to the next pair by an outbuilding.
   */
  GESCHAKELDE_TWEE_ONDER_EEN_KAPWONING("GTW", "Geschakelde Twee-onder-een-kapwoning",
      "linked semi-detached house", UnitKind.WOONRUIMTE),
  /**
   * Geschakelde woning: linked house, a single-family house joined to its neighbours by
   * outbuildings only.
   */
  GESCHAKELDE_WONING("GWO", "Geschakelde woning", "linked house", UnitKind.WOONRUIMTE),
  /**
   * Half vrijstaande woning: partly detached house, a single-family house of which only a small
   * part adjoins another building.
   */
  HALF_VRIJSTAANDE_WONING("HAL", "Half vrijstaande woning", "partly detached house",
      UnitKind.WOONRUIMTE),
  /** Herenhuis: town house, a large single-family house in town with a marked facade. */
  HERENHUIS("HER", "Herenhuis", "town house", UnitKind.WOONRUIMTE),
  /**
   * Hoekwoning: corner house, a single-family house at the start or end of a row, with extra land
   * at the side.
   */
  HOEKWONING("HOE", "Hoekwoning", "corner house", UnitKind.WOONRUIMTE),
  /** Horeca: hospitality premises, premises for serving food and drink on site. */
  HORECA("HOR", "Horeca", "hospitality premises", UnitKind.BEDRIJFSRUIMTE),
  /** Hospice: hospice, accommodation for people who can no longer be cured. */
  HOSPICE("HOS", "Hospice", "hospice", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Jongerencentrum: youth centre, a youth centre without a bar or restaurant. */
  JONGERENCENTRUM("JON", "Jongerencentrum", "youth centre", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Kamer: room, a non-self-contained dwelling without its own entrance, or sharing kitchen or
   * toilet.
   */
  KAMER("KAM", "Kamer", "room", UnitKind.WOONRUIMTE),
  /** Kantoorruimte: office space, office space let as commercial property. */
  KANTOORRUIMTE("KAN", "Kantoorruimte", "office space", UnitKind.BEDRIJFSRUIMTE),
  /**
   * Kangoeroewoning: multi-generation home, a home where two or more generations of a family each
   * have their own living space and share some rooms.
   */
  KANGOEROEWONING("KNG", "Kangoeroewoning", "multi-generation home", UnitKind.WOONRUIMTE),
  /**
   * Kinderopvanglocatie: childcare location, a day nursery, playgroup, out-of-school or
   * round-the-clock childcare.
   */
  KINDEROPVANGLOCATIE("KIN", "Kinderopvanglocatie", "childcare location", UnitKind.BEDRIJFSRUIMTE),
  /**
   * Kantoorruimte van toegelaten instelling: office space of a registered housing association,
   * office space of a registered housing association (toegelaten instelling), counted as community
   * property.
   */
  KANTOORRUIMTE_VAN_TOEGELATEN_INSTELLING("KTI", "Kantoorruimte van toegelaten instelling",
      "office space of a registered housing association", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Lichamelijk beperkten instelling: institution for people with a physical disability. */
  LICHAMELIJK_BEPERKTEN_INSTELLING("LGI", "Lichamelijk beperkten instelling",
      "institution for people with a physical disability", UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /** Ligplaats: mooring, a designated place in the water for permanently mooring a vessel. */
  LIGPLAATS("LIG", "Ligplaats", "mooring", UnitKind.OVERIG),
  /**
   * Lichamelijk en geestelijk beperkten instelling: institution for people with a physical or
   * intellectual disability, an institution for people with a physical and/or intellectual
   * disability.
   */
  LICHAMELIJK_EN_GEESTELIJK_BEPERKTEN_INSTELLING("LVG",
      "Lichamelijk en geestelijk beperkten instelling",
      "institution for people with a physical or intellectual disability",
      UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /**
   * Maatschappelijk werkruimte wijk-/buurtgericht: local social-work space, space for social work
   * aimed at the district or neighbourhood.
   */
  MAATSCHAPPELIJK_WERKRUIMTE_WIJK_BUURTGERICHT("MAA",
      "Maatschappelijk werkruimte wijk-/buurtgericht", "local social-work space",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Maisonette: maisonette, a flat on two or more floors of its own. */
  MAISONETTE("MAI", "Maisonette", "maisonette", UnitKind.WOONRUIMTE),
  /** Multifunctionele centrum: multi-purpose centre, a multi-purpose centre for social services. */
  MULTIFUNCTIONELE_CENTRUM("MUL", "Multifunctionele centrum", "multi-purpose centre",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Maatschappelijk werkruimte niet-wijk- of buurtgericht: non-local social-work space, space for
   * social work not aimed at one district or neighbourhood.
   */
  MAATSCHAPPELIJK_WERKRUIMTE_NIET_WIJK_OF_BUURTGERICHT("MWR",
      "Maatschappelijk werkruimte niet-wijk- of buurtgericht", "non-local social-work space",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Opslagterrein: storage yard, a mainly unbuilt site for storing goods, materials or vehicles.
   */
  OPSLAGTERREIN("OPS", "Opslagterrein", "storage yard", UnitKind.OVERIG),
  /**
   * Opvangcentrum: shelter, a shelter, such as a women's refuge or a day and night shelter for
   * homeless people and addicts.
   */
  OPVANGCENTRUM("OPV", "Opvangcentrum", "shelter", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Parkeerplaats motor: motorcycle parking space, a parking space for a motorcycle, let as an
   * object of its own.
   */
  PARKEERPLAATS_MOTOR("PAM", "Parkeerplaats motor", "motorcycle parking space",
      UnitKind.PARKEERGELEGENHEID),
  /**
   * Parkeerplaats overdekt: covered parking space, a covered parking space, let as an object of its
   * own.
   */
  PARKEERPLAATS_OVERDEKT("PAO", "Parkeerplaats overdekt", "covered parking space",
      UnitKind.PARKEERGELEGENHEID),
  /**
   * Parkeerplaats auto: car parking space, a parking space for a car, let as an object of its own.
   */
  PARKEERPLAATS_AUTO("PAR", "Parkeerplaats auto", "car parking space", UnitKind.PARKEERGELEGENHEID),
  /** Portiekflat: walk-up flat, a flat whose front door opens onto a shared lockable stairwell. */
  PORTIEKFLAT("POF", "Portiekflat", "walk-up flat", UnitKind.WOONRUIMTE),
  /**
   * Portiekwoning: porch-access flat, a flat whose front door opens onto an open porch and stairs
   * at the street.
   */
  PORTIEKWONING("POW", "Portiekwoning", "porch-access flat", UnitKind.WOONRUIMTE),
  /**
   * Praktijkruimte: practice premises, premises for a practice or therapy, with at least a waiting
   * room and a treatment room.
   */
  PRAKTIJKRUIMTE("PRA", "Praktijkruimte", "practice premises", UnitKind.BEDRIJFSRUIMTE),
  /**
   * Praktijkwoning: home with practice, a home of which part is used for a professional practice.
   */
  PRAKTIJKWONING("PRW", "Praktijkwoning", "home with practice", UnitKind.WOONRUIMTE),
  /**
   * Psychische zorginstelling: mental-health institution, an institution for mental-health care.
   */
  PSYCHISCHE_ZORGINSTELLING("PZI", "Psychische zorginstelling", "mental-health institution",
      UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /** Recreatiewoning: holiday home, a home for recreation, not for permanent residence. */
  RECREATIEWONING("REC", "Recreatiewoning", "holiday home", UnitKind.RECREATIEBESTEMMING),
  /** Recreatiezaal: recreation room, a room in a residential complex for meeting and recreation. */
  RECREATIEZAAL("REZ", "Recreatiezaal", "recreation room", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Schoolgebouw: school building, a secondary or special-education school building. */
  SCHOOLGEBOUW("SCH", "Schoolgebouw", "school building", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Scootmobielplek: mobility-scooter space, a space for parking mobility scooters, possibly with a
   * charging point.
   */
  SCOOTMOBIELPLEK("SCO", "Scootmobielplek", "mobility-scooter space", UnitKind.PARKEERGELEGENHEID),
  /** Steunpunt: support point, a support point for debt counselling and budget advice. */
  STEUNPUNT("STP", "Steunpunt", "support point", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Tijdelijke woning: temporary home, a home with a limited lifetime, usually 10 years, such as a
   * container home.
   */
  TIJDELIJKE_WONING("TIJ", "Tijdelijke woning", "temporary home", UnitKind.WOONRUIMTE),
  /**
   * Tiny house: tiny house, a small self-contained home of at most 50 m2, on a foundation or on
   * wheels.
   */
  TINY_HOUSE("TIN", "Tiny house", "tiny house", UnitKind.WOONRUIMTE),
  /** Tussenwoning: mid-terrace house, a single-family house between two others in a row. */
  TUSSENWONING("TUS", "Tussenwoning", "mid-terrace house", UnitKind.WOONRUIMTE),
  /**
   * Twee-onder-een-kapwoning: semi-detached house, a single-family house joined to one similar
   * house.
   */
  TWEE_ONDER_EEN_KAPWONING("TWE", "Twee-onder-een-kapwoning", "semi-detached house",
      UnitKind.WOONRUIMTE),
  /**
   * Veiligheidshuis: safety house, a place where agencies work together against nuisance, domestic
   * violence and crime.
   */
  VEILIGHEIDSHUIS("VEI", "Veiligheidshuis", "safety house", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Verstandelijk gehandicapten instelling: institution for people with an intellectual disability.
   */
  VERSTANDELIJK_GEHANDICAPTEN_INSTELLING("VGI", "Verstandelijk gehandicapten instelling",
      "institution for people with an intellectual disability", UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /** Volkstuin: allotment, a rented plot for growing plants, vegetables and fruit. */
  VOLKSTUIN("VOL", "Volkstuin", "allotment", UnitKind.OVERIG),
  /**
   * Verpleeghuis: nursing home, an institution for people who need more care and medical attention
   * than can be given at home.
   */
  VERPLEEGHUIS("VPL", "Verpleeghuis", "nursing home", UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /** Vrijstaande woning: detached house, a single-family house standing on its own. */
  VRIJSTAANDE_WONING("VRI", "Vrijstaande woning", "detached house", UnitKind.WOONRUIMTE),
  /**
   * Verzorgingshuis: residential care home, a home with care and support for people who can no
   * longer live independently.
   */
  VERZORGINGSHUIS("VZO", "Verzorgingshuis", "residential care home",
      UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /**
   * Waterwoning: floating home, a home on a buoyant structure that rises and falls with the water.
   */
  WATERWONING("WAT", "Waterwoning", "floating home", UnitKind.WOONRUIMTE),
  /**
   * Welzijnswerkruimte wijk-/buurtgericht: local welfare-work space, space for welfare work aimed
   * at the district or neighbourhood.
   */
  WELZIJNSWERKRUIMTE_WIJK_BUURTGERICHT("WEL", "Welzijnswerkruimte wijk-/buurtgericht",
      "local welfare-work space", UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Centrum voor werk: employment centre, a centre for employment or for business in the district.
   */
  CENTRUM_VOOR_WERK("WER", "Centrum voor werk", "employment centre",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /**
   * Wijksportvoorziening: neighbourhood sports facility, an accessible sports facility in a
   * district.
   */
  WIJKSPORTVOORZIENING("WIJ", "Wijksportvoorziening", "neighbourhood sports facility",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Winkelruimte: retail space, premises for selling goods or services to consumers. */
  WINKELRUIMTE("WIR", "Winkelruimte", "retail space", UnitKind.BEDRIJFSRUIMTE),
  /** Woonboot: houseboat, a vessel for living in at a fixed mooring. */
  WOONBOOT("WOB", "Woonboot", "houseboat", UnitKind.WOONRUIMTE),
  /** Woonwagen: caravan home, a movable home on a pitch. */
  WOONWAGEN("WOW", "Woonwagen", "caravan home", UnitKind.WOONRUIMTE),
  /**
   * Woon-/Winkelpand: shop with living quarters, a building with a shop and living space that
   * connect inside.
   */
  WOON_WINKELPAND("WWI", "Woon-/Winkelpand", "shop with living quarters", UnitKind.BEDRIJFSRUIMTE),
  /** Woonwagenstandplaats: caravan pitch, a designated pitch for a caravan home. */
  WOONWAGENSTANDPLAATS("WWP", "Woonwagenstandplaats", "caravan pitch", UnitKind.WOONRUIMTE),
  /**
   * Welzijnswerkruimte niet-wijk- of buurtgericht: non-local welfare-work space, space for welfare
   * work not aimed at one district or neighbourhood.
   */
  WELZIJNSWERKRUIMTE_NIET_WIJK_OF_BUURTGERICHT("WWR",
      "Welzijnswerkruimte niet-wijk- of buurtgericht", "non-local welfare-work space",
      UnitKind.MAATSCHAPPELIJK_VASTGOED),
  /** Ziekenhuis: hospital. */
  ZIEKENHUIS("ZIE", "Ziekenhuis", "hospital", UnitKind.INTRAMURAAL_ZORGVASTGOED),
  /** Zorgsteunpunt: care support point, a care base inside a residential care building. */
  ZORGSTEUNPUNT("ZST", "Zorgsteunpunt", "care support point", UnitKind.MAATSCHAPPELIJK_VASTGOED);

  private final CodeEntry entry;
  private final UnitKind unitKind;

  UnitDetailKind(String code, String labelNl, String labelEn, UnitKind unitKind) {
    entry = new CodeEntry(code, labelNl, labelEn);
    this.unitKind = unitKind;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** Always {@link VeraCodeList#EENHEIDDETAILSOORT}. */
  @Override
  public VeraCodeList getVeraCodeList() {
    return VeraCodeList.EENHEIDDETAILSOORT;
  }

  /** The unit kind this detailed kind belongs to (VERA <i>Parent</i>); never null. */
  public UnitKind getUnitKind() {
    return unitKind;
  }

  /**
   * Returns the entry with the given VERA code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static UnitDetailKind fromCode(String code) {
    return Codes.fromCode(UnitDetailKind.class, code);
  }
}
