package nl.woonzorg.model.dwelling;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;

/**
 * A dwelling type (<i>woonvorm</i>, <i>woningtype</i>): the broad list of homes and places that
 * goals, agreements and analyses of a woonzorgvisie count, as the Dutch guidance names them. The
 * wire code is the constant's name.
 *
 * <p>Where VERA has a housing form, accessibility label or unit detail kind with the same meaning,
 * the type refers to it, so that a housing association's stock can be counted against a goal; the
 * references are to live VERA entries. A label stands for the least accessibility the type
 * guarantees. From those references follows the type's {@linkplain #getProgrammeCategory()
 * category in the national programme}, if any.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum DwellingType implements CodeList {
  /** Reguliere woning: regular home, without particular accessibility, care or support. */
  REGULIERE_WONING("reguliere woning", "regular home", DwellingTypeKind.ZELFSTANDIG),
  /**
   * Nultredenwoning: zero-step home, whose entrance and main rooms are reachable without stairs or
   * thresholds.
   */
  NULTREDENWONING("nultredenwoning", "zero-step home", DwellingTypeKind.ZELFSTANDIG,
      AccessibilityLabel.NULTREDENWONING),
  /**
   * Levensloopbestendige woning: life-course-proof home, suitable for every stage of life. It
   * counts for the national programme only when a home's own label makes it a zero-step home, for
   * VERA's definition does not require a step-free entrance.
   */
  LEVENSLOOPBESTENDIGE_WONING("levensloopbestendige woning", "life-course-proof home",
      DwellingTypeKind.ZELFSTANDIG, HousingForm.LEVENSLOOPBESTENDIGE_WONING),
  /**
   * Geclusterde woonvorm: clustered housing, self-contained zero-step homes for older people around
   * a meeting room, between living at home and living in a nursing home.
   */
  GECLUSTERDE_WOONVORM("geclusterde woonvorm", "clustered housing", DwellingTypeKind.TUSSENVORM,
      HousingForm.GECLUSTERDE_WOONVORM, AccessibilityLabel.NULTREDENWONING),
  /**
   * Zorggeschikte woning: care-ready home, clustered housing fitted for care delivery; at least
   * walker-accessible, and wheelchair-accessible when newly built.
   */
  ZORGGESCHIKTE_WONING("zorggeschikte woning", "care-ready home", DwellingTypeKind.TUSSENVORM,
      HousingForm.ZORGGESCHIKTE_WONING, AccessibilityLabel.ROLLATORWONING),
  /**
   * Verpleegzorgplaats: nursing-care place, for people who need round-the-clock care; the seeds
   * count them in nursing homes and in clustered housing alike.
   */
  VERPLEEGZORGPLAATS("verpleegzorgplaats", "nursing-care place", DwellingTypeKind.INTRAMURAAL,
      UnitDetailKind.VERPLEEGHUIS),
  /**
   * Seniorenwoning met zorg: senior home with care, self-contained homes grouped near a service
   * centre.
   */
  SENIORENWONING_MET_ZORG("seniorenwoning met zorg", "senior home with care",
      DwellingTypeKind.TUSSENVORM, HousingForm.SENIORENWONING_MET_ZORG),
  /**
   * Groepswonen: group living, residents who choose to live as a community, each with a home of
   * their own and shared spaces.
   */
  GROEPSWONEN("groepswonen", "group living", DwellingTypeKind.TUSSENVORM, HousingForm.GROEPSWONEN),
  /**
   * Begeleid wonen: supported living, a home of one's own with structural professional support but
   * no round-the-clock care.
   */
  BEGELEID_WONEN("begeleid wonen", "supported living", DwellingTypeKind.TUSSENVORM,
      HousingForm.BEGELEID_WONEN),
  /**
   * Kleinschalig wonen: small-scale living, 6 to 12 residents who need care or support sharing a
   * household, often with staff present day and night.
   */
  KLEINSCHALIG_WONEN("kleinschalig wonen", "small-scale living", DwellingTypeKind.TUSSENVORM,
      HousingForm.KLEINE_WOONVORM),
  /**
   * Gemengd wonen: mixed living, people from an aandachtsgroep and regular tenants who choose to
   * be good neighbours, in one complex.
   */
  GEMENGD_WONEN("gemengd wonen", "mixed living", DwellingTypeKind.TUSSENVORM),
  /**
   * Thuis Plus: Thuis Plus flats, blocks of flats for older people where housing, care and welfare
   * are organised together at complex level.
   */
  THUIS_PLUS("Thuis Plus", "Thuis Plus flats", DwellingTypeKind.TUSSENVORM),
  /**
   * Mantelzorgwoning: carer dwelling, a separate unit by a home so that a carer and the person
   * cared for live close together.
   */
  MANTELZORGWONING("mantelzorgwoning", "carer dwelling", DwellingTypeKind.ZELFSTANDIG),
  /**
   * Pre-mantelzorgwoning: pre-emptive carer dwelling, a carer dwelling placed before care is
   * needed, for people with a progressive illness.
   */
  PRE_MANTELZORGWONING("pré-mantelzorgwoning", "pre-emptive carer dwelling",
      DwellingTypeKind.ZELFSTANDIG),
  /**
   * Kangoeroewoning: multi-generation home, where two generations of a family each have their own
   * living space and share some rooms.
   */
  KANGOEROEWONING("kangoeroewoning", "multi-generation home", DwellingTypeKind.ZELFSTANDIG,
      UnitDetailKind.KANGOEROEWONING),
  /**
   * Tijdelijke woning: temporary home, with a limited lifetime of usually ten years, such as a
   * container home.
   */
  TIJDELIJKE_WONING("tijdelijke woning", "temporary home", DwellingTypeKind.ZELFSTANDIG,
      UnitDetailKind.TIJDELIJKE_WONING),
  /**
   * Plaats beschermd wonen: sheltered-housing place, for people with psychiatric or psychosocial
   * problems who cannot yet live on their own.
   */
  BESCHERMD_WONEN_PLAATS("plaats beschermd wonen", "sheltered-housing place",
      DwellingTypeKind.OPVANG_EN_BESCHERMD),
  /**
   * Plaats maatschappelijke opvang: homeless-shelter place, for people without a roof or a home of
   * their own.
   */
  MAATSCHAPPELIJKE_OPVANG_PLAATS("plaats maatschappelijke opvang", "homeless-shelter place",
      DwellingTypeKind.OPVANG_EN_BESCHERMD, UnitDetailKind.OPVANGCENTRUM),
  /**
   * Plaats veilige opvang: domestic-violence shelter place, for victims of domestic violence and
   * their children.
   */
  VEILIGE_OPVANG_PLAATS("plaats veilige opvang", "domestic-violence shelter place",
      DwellingTypeKind.OPVANG_EN_BESCHERMD, UnitDetailKind.OPVANGCENTRUM),
  /**
   * Woonzorgzone: housing-care zone, a district or village where suitable homes, care, welfare and
   * facilities are arranged so that people can keep living there when they need care.
   */
  WOONZORGZONE("woonzorgzone", "housing-care zone", DwellingTypeKind.GEBIED),
  /**
   * Rolstoelwoning: wheelchair-accessible home, accessible inside and out with a wheelchair.
   */
  ROLSTOELWONING("rolstoelwoning", "wheelchair-accessible home", DwellingTypeKind.ZELFSTANDIG,
      AccessibilityLabel.ROLSTOELWONING),
  /**
   * Doorgankelijke woning: wheelchair-passable home, whose doors and passages inside are wide
   * enough for a wheelchair or walker; it says nothing of the entrance, so no label is implied.
   */
  DOORGANKELIJKE_WONING("doorgankelijke woning", "wheelchair-passable home",
      DwellingTypeKind.ZELFSTANDIG),
  /**
   * Dementievriendelijke woning: dementia-friendly home, laid out and fitted so that people with
   * dementia can find their way and live safely.
   */
  DEMENTIEVRIENDELIJKE_WONING("dementievriendelijke woning", "dementia-friendly home",
      DwellingTypeKind.ZELFSTANDIG),
  /**
   * Onzelfstandige woonruimte: non-self-contained dwelling, a room that shares its entrance,
   * kitchen or toilet with others.
   */
  ONZELFSTANDIGE_WOONRUIMTE("onzelfstandige woonruimte", "non-self-contained dwelling",
      DwellingTypeKind.ONZELFSTANDIG, UnitDetailKind.KAMER),
  /**
   * Geclusterd wonen plus: clustered housing with care on top — round-the-clock care nearby or
   * nursing-care places in the same building. VERA has no housing form of its own for it. Since
   * format 1.1.
   */
  GECLUSTERD_WONEN_PLUS("geclusterd wonen plus", "clustered housing with care",
      DwellingTypeKind.TUSSENVORM),
  /**
   * Wonen met zorg: homes designated for living with care, the umbrella over the care dwelling
   * types that {@link #covers()} lists — "8.400 woningen voor wonen met zorg" (Rotterdam). Since
   * format 1.1.
   */
  WONEN_MET_ZORG("wonen met zorg", "living with care", DwellingTypeKind.TUSSENVORM),
  /**
   * Tussenvormen: the umbrella over every intermediate form between independent living and an
   * institution, each type of {@link DwellingTypeKind#TUSSENVORM} that {@link #covers()} lists —
   * "tussenvormen tussen het zelfstandig wonen en wonen in een instelling ontwikkelen" (regiovisie
   * ouderenzorg Delft). Since format 1.1.
   */
  TUSSENVORMEN("tussenvormen", "intermediate forms", DwellingTypeKind.TUSSENVORM),
  /**
   * Overige tussenvorm: other intermediate form, any housing between independent and institutional
   * living not listed here.
   */
  OVERIGE_TUSSENVORM("overige tussenvorm", "other intermediate form", DwellingTypeKind.TUSSENVORM);

  private final CodeEntry entry;
  private final DwellingTypeKind kind;
  private final @Nullable HousingForm housingForm;
  private final @Nullable AccessibilityLabel accessibilityLabel;
  private final @Nullable UnitDetailKind unitDetailKind;
  private final @Nullable ProgrammeCategory programmeCategory;

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind) {
    this(labelNl, labelEn, kind, null, null, null);
  }

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind, HousingForm housingForm) {
    this(labelNl, labelEn, kind, housingForm, null, null);
  }

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind,
      AccessibilityLabel accessibilityLabel) {
    this(labelNl, labelEn, kind, null, accessibilityLabel, null);
  }

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind, HousingForm housingForm,
      AccessibilityLabel accessibilityLabel) {
    this(labelNl, labelEn, kind, housingForm, accessibilityLabel, null);
  }

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind,
      UnitDetailKind unitDetailKind) {
    this(labelNl, labelEn, kind, null, null, unitDetailKind);
  }

  DwellingType(String labelNl, String labelEn, DwellingTypeKind kind,
      @Nullable HousingForm housingForm, @Nullable AccessibilityLabel accessibilityLabel,
      @Nullable UnitDetailKind unitDetailKind) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.kind = kind;
    this.housingForm = housingForm;
    this.accessibilityLabel = accessibilityLabel;
    this.unitDetailKind = unitDetailKind;
    this.programmeCategory = ProgrammeCategory.of(
        Optional.ofNullable(housingForm), Optional.ofNullable(accessibilityLabel)).orElse(null);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * The types this one stands for as an umbrella: for {@link #WONEN_MET_ZORG} the care dwelling
   * types (geclusterd, geclusterd plus, zorggeschikt, senior homes with care, Thuis Plus,
   * kleinschalig and begeleid wonen, verpleegzorgplaatsen); for any other type only itself. An
   * immutable set.
   */
  public Set<DwellingType> covers() {
    if (this == WONEN_MET_ZORG) {
      return Umbrella.CARE;
    }
    return this == TUSSENVORMEN ? Umbrella.INTERMEDIATE : Set.of(this);
  }

  /** Initialised on first use, when every constant exists. */
  private static final class Umbrella {
    static final Set<DwellingType> CARE = Collections.unmodifiableSet(EnumSet.of(
        GECLUSTERDE_WOONVORM, GECLUSTERD_WONEN_PLUS, ZORGGESCHIKTE_WONING, SENIORENWONING_MET_ZORG,
        THUIS_PLUS, KLEINSCHALIG_WONEN, BEGELEID_WONEN, VERPLEEGZORGPLAATS));
    static final Set<DwellingType> INTERMEDIATE = Collections.unmodifiableSet(
        EnumSet.copyOf(Arrays.stream(values())
            .filter(type -> type.kind == DwellingTypeKind.TUSSENVORM).toList()));
  }

  /** Where the type lies between independent and institutional living; never null. */
  public DwellingTypeKind getKind() {
    return kind;
  }

  /** The VERA housing form (<i>woonvorm</i>) with the same meaning; empty if VERA has none. */
  public Optional<HousingForm> getHousingForm() {
    return Optional.ofNullable(housingForm);
  }

  /**
   * The VERA accessibility label (<i>toegankelijkheidslabel</i>) that homes of this type have at
   * least; empty if the type implies none.
   */
  public Optional<AccessibilityLabel> getAccessibilityLabel() {
    return Optional.ofNullable(accessibilityLabel);
  }

  /**
   * The VERA unit detail kind (<i>eenheiddetailsoort</i>) with the same meaning, e.g. {@link
   * UnitDetailKind#KANGOEROEWONING}; empty if VERA has none.
   */
  public Optional<UnitDetailKind> getUnitDetailKind() {
    return Optional.ofNullable(unitDetailKind);
  }

  /**
   * The category of the national programme homes of this type count in, derived by {@link
   * ProgrammeCategory#of(Optional, Optional)} from the housing form and label; empty if they do
   * not count by type alone.
   */
  public Optional<ProgrammeCategory> getProgrammeCategory() {
    return Optional.ofNullable(programmeCategory);
  }

  /**
   * Returns the dwelling type with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static DwellingType fromCode(String code) {
    return Codes.fromCode(DwellingType.class, code);
  }
}
