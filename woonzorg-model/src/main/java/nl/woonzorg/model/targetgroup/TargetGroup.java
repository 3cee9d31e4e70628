package nl.woonzorg.model.targetgroup;

import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;

/**
 * A target group of a woonzorgvisie (<i>doelgroep</i>): the people a goal, an agreement or a
 * figure of the analysis is about, as the Dutch guidance names them: older people, the
 * <i>aandachtsgroepen</i> of the programme <i>Een thuis voor iedereen</i>, and regular
 * home-seekers. The wire code is the constant's name.
 *
 * <p>Where a VERA target group (<i>doelgroep</i>) or supplementary target group (<i>aanvullende
 * doelgroep</i>) has the same meaning, the constant refers to it, so that a housing association's
 * stock data can be counted against a goal; where VERA has no list entry that really matches, the
 * reference is empty rather than approximate. Every reference is to a live VERA entry.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum TargetGroup implements CodeList {
  /**
   * Ouderen: older people, without an age limit, as most visions write it. VERA: {@link
   * VeraTargetGroup#SENIOREN}.
   */
  OUDEREN("ouderen", "older people", TargetGroupCategory.OUDEREN, VeraTargetGroup.SENIOREN),
  /**
   * Ouderen van 55 jaar en ouder: people aged 55 and over, the age VERA's definition of clustered
   * housing uses. VERA: {@link VeraTargetGroup#SENIOREN}.
   */
  OUDEREN_55_PLUS("ouderen van 55 jaar en ouder", "people aged 55 and over", 55),
  /**
   * Ouderen van 65 jaar en ouder: people aged 65 and over ("65+'ers"). VERA: {@link
   * VeraTargetGroup#SENIOREN}.
   */
  OUDEREN_65_PLUS("ouderen van 65 jaar en ouder", "people aged 65 and over", 65),
  /**
   * Ouderen van 75 jaar en ouder: people aged 75 and over ("75+'ers"), of whom there will be 2.5
   * million within twenty years. VERA: {@link VeraTargetGroup#SENIOREN}.
   */
  OUDEREN_75_PLUS("ouderen van 75 jaar en ouder", "people aged 75 and over", 75),
  /**
   * Ouderen van 85 jaar en ouder: people aged 85 and over ("85-plussers"), the age at which the
   * need for care rises fastest. VERA: {@link VeraTargetGroup#SENIOREN}. Since format 1.1; for
   * another age band use an {@link AgeBand}.
   */
  OUDEREN_85_PLUS("ouderen van 85 jaar en ouder", "people aged 85 and over", 85),
  /**
   * Kwetsbare ouderen: frail older people, who need care or support to keep living independently.
   * VERA: {@link VeraTargetGroup#SENIOREN}.
   */
  KWETSBARE_OUDEREN("kwetsbare ouderen", "frail older people", TargetGroupCategory.OUDEREN,
      VeraTargetGroup.SENIOREN),
  /**
   * Mensen met een lichamelijke beperking (LG): people with a physical disability. VERA: {@link
   * VeraSupplementaryTargetGroup#LICHAMELIJK_BEPERKTEN}.
   */
  MENSEN_MET_LICHAMELIJKE_BEPERKING("mensen met een lichamelijke beperking",
      "people with a physical disability", VeraSupplementaryTargetGroup.LICHAMELIJK_BEPERKTEN),
  /**
   * Mensen met een verstandelijke beperking (VG): people with an intellectual disability. VERA:
   * {@link VeraSupplementaryTargetGroup#VERSTANDELIJK_BEPERKTEN}.
   */
  MENSEN_MET_VERSTANDELIJKE_BEPERKING("mensen met een verstandelijke beperking",
      "people with an intellectual disability",
      VeraSupplementaryTargetGroup.VERSTANDELIJK_BEPERKTEN),
  /**
   * Ggz-cliënten: mental-health clients, treated or supported by a mental-health (GGZ) provider.
   * VERA: {@link VeraSupplementaryTargetGroup#GGZ_PATIENTEN}.
   */
  GGZ_CLIENTEN("ggz-cliënten", "mental-health clients",
      VeraSupplementaryTargetGroup.GGZ_PATIENTEN),
  /**
   * Uitstromers uit beschermd wonen: people moving on from sheltered housing for people with
   * psychiatric or psychosocial problems. VERA has no matching entry.
   */
  UITSTROOM_BESCHERMD_WONEN("uitstromers uit beschermd wonen",
      "people moving on from sheltered housing", TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Uitstromers uit de maatschappelijke opvang: people moving on from a homeless shelter, who are
   * by definition formerly homeless. VERA: {@link
   * VeraSupplementaryTargetGroup#EX_DAK_EN_THUISLOZEN}.
   */
  UITSTROOM_MAATSCHAPPELIJKE_OPVANG("uitstromers uit de maatschappelijke opvang",
      "people moving on from a homeless shelter",
      VeraSupplementaryTargetGroup.EX_DAK_EN_THUISLOZEN),
  /**
   * Uitstromers uit de veilige opvang: people moving on from a shelter for victims of domestic
   * violence (formerly <i>vrouwenopvang</i>). VERA has no matching entry.
   */
  UITSTROOM_VEILIGE_OPVANG("uitstromers uit de veilige opvang",
      "people moving on from a domestic-violence shelter", TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Uitstromers uit de jeugdzorg: young people leaving residential youth care. VERA has no
   * matching entry; its {@link VeraTargetGroup#JONGEREN} is defined by age alone.
   */
  UITSTROOM_JEUGDZORG("uitstromers uit de jeugdzorg", "young people leaving youth care",
      TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Dak- en thuislozen: homeless people, without a roof or without a home of their own; once
   * housed they are VERA's {@link VeraSupplementaryTargetGroup#EX_DAK_EN_THUISLOZEN}.
   */
  DAK_EN_THUISLOZEN("dak- en thuislozen", "homeless people",
      VeraSupplementaryTargetGroup.EX_DAK_EN_THUISLOZEN),
  /**
   * Statushouders: refugees with a residence permit, whom municipalities must house under a
   * national task. VERA: {@link VeraSupplementaryTargetGroup#STATUSHOUDERS}.
   */
  STATUSHOUDERS("statushouders", "refugees with a residence permit",
      VeraSupplementaryTargetGroup.STATUSHOUDERS),
  /** Arbeidsmigranten: labour migrants. VERA has no matching entry. */
  ARBEIDSMIGRANTEN("arbeidsmigranten", "labour migrants", TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Studenten: students, counted among the aandachtsgroepen by the programme <i>Een thuis voor
   * iedereen</i>. VERA: {@link VeraTargetGroup#STUDENTEN}.
   */
  STUDENTEN("studenten", "students", TargetGroupCategory.AANDACHTSGROEP,
      VeraTargetGroup.STUDENTEN),
  /**
   * Jongeren: young people, below an age limit that the municipality or landlord sets. VERA:
   * {@link VeraTargetGroup#JONGEREN}.
   */
  JONGEREN("jongeren", "young people", TargetGroupCategory.REGULIER, VeraTargetGroup.JONGEREN),
  /**
   * Wlz-geïndiceerden: people assessed as entitled to long-term care under the <i>Wet langdurige
   * zorg</i> (Wlz), who may live at home with that care or in an institution. VERA: {@link
   * VeraSupplementaryTargetGroup#ZORGINDICATIE}.
   */
  WLZ_GEINDICEERDEN("mensen met een Wlz-indicatie", "people with a long-term care assessment",
      VeraSupplementaryTargetGroup.ZORGINDICATIE),
  /**
   * Andere zorgbehoevenden: other people who need care or support at home, besides older people
   * ("ouderen en andere zorgbehoevenden", as the national programme writes). Since format 1.1.
   */
  ANDERE_ZORGBEHOEVENDEN("andere zorgbehoevenden", "other people in need of care",
      TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Mantelzorgers: informal carers, who care for a relative or friend and may need to live nearby.
   * VERA has no matching target group; its priority reason {@link
   * nl.woonzorg.model.vera.PriorityReason#MANTELZORG} covers the allocation side.
   */
  MANTELZORGERS("mantelzorgers", "informal carers", TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Mantelzorgontvangers: people receiving informal care, who may need to live near their carer.
   * VERA has no matching target group.
   */
  MANTELZORGONTVANGERS("mantelzorgontvangers", "people receiving informal care",
      TargetGroupCategory.AANDACHTSGROEP),
  /**
   * Ex-gedetineerden: former prisoners. VERA: {@link
   * VeraSupplementaryTargetGroup#EX_GEDETINEERDEN}.
   */
  EX_GEDETINEERDEN("ex-gedetineerden", "former prisoners",
      VeraSupplementaryTargetGroup.EX_GEDETINEERDEN),
  /**
   * Ex-verslaafden: people with a past (or current) addiction. VERA: {@link
   * VeraSupplementaryTargetGroup#EX_VERSLAAFDEN}.
   */
  EX_VERSLAAFDEN("ex-verslaafden", "former addicts", VeraSupplementaryTargetGroup.EX_VERSLAAFDEN),
  /**
   * Reguliere woningzoekenden: regular home-seekers, with whom the aandachtsgroepen compete for
   * scarce affordable homes. VERA has no matching entry.
   */
  REGULIERE_WONINGZOEKENDEN("reguliere woningzoekenden", "regular home-seekers",
      TargetGroupCategory.REGULIER),
  /**
   * Starters: first-time home-seekers, looking for their first home of their own. VERA: {@link
   * VeraTargetGroup#STARTER}.
   */
  STARTERS("starters", "first-time home-seekers", TargetGroupCategory.REGULIER,
      VeraTargetGroup.STARTER);

  private final CodeEntry entry;
  private final TargetGroupCategory category;
  private final @Nullable VeraTargetGroup veraTargetGroup;
  private final @Nullable VeraSupplementaryTargetGroup veraSupplementaryTargetGroup;
  private final @Nullable Integer minimumAge;

  /** An older-people group from a minimum age, which VERA records as seniors. */
  TargetGroup(String labelNl, String labelEn, int minimumAge) {
    this(labelNl, labelEn, TargetGroupCategory.OUDEREN, VeraTargetGroup.SENIOREN, null,
        minimumAge);
  }

  TargetGroup(String labelNl, String labelEn, TargetGroupCategory category) {
    this(labelNl, labelEn, category, null, null, null);
  }

  TargetGroup(String labelNl, String labelEn, TargetGroupCategory category,
      VeraTargetGroup veraTargetGroup) {
    this(labelNl, labelEn, category, veraTargetGroup, null, null);
  }

  /** An aandachtsgroep that VERA records as a supplementary target group. */
  TargetGroup(String labelNl, String labelEn,
      VeraSupplementaryTargetGroup veraSupplementaryTargetGroup) {
    this(labelNl, labelEn, TargetGroupCategory.AANDACHTSGROEP, null,
        veraSupplementaryTargetGroup, null);
  }

  TargetGroup(String labelNl, String labelEn, TargetGroupCategory category,
      @Nullable VeraTargetGroup veraTargetGroup,
      @Nullable VeraSupplementaryTargetGroup veraSupplementaryTargetGroup,
      @Nullable Integer minimumAge) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.category = category;
    this.veraTargetGroup = veraTargetGroup;
    this.veraSupplementaryTargetGroup = veraSupplementaryTargetGroup;
    this.minimumAge = minimumAge;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** The broad category the group belongs to; never null. */
  public TargetGroupCategory getCategory() {
    return category;
  }

  /** The VERA target group (<i>doelgroep</i>) with the same meaning; empty if VERA has none. */
  public Optional<VeraTargetGroup> getVeraTargetGroup() {
    return Optional.ofNullable(veraTargetGroup);
  }

  /**
   * The VERA supplementary target group (<i>aanvullende doelgroep</i>) with the same meaning;
   * empty if VERA has none.
   */
  public Optional<VeraSupplementaryTargetGroup> getVeraSupplementaryTargetGroup() {
    return Optional.ofNullable(veraSupplementaryTargetGroup);
  }

  /**
   * The age from which a person belongs to the group, e.g. 65 for {@link #OUDEREN_65_PLUS}; empty
   * for groups not defined by age, {@link #OUDEREN} and {@link #KWETSBARE_OUDEREN} included.
   */
  public Optional<Integer> getMinimumAge() {
    return Optional.ofNullable(minimumAge);
  }

  /**
   * Returns the target group with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static TargetGroup fromCode(String code) {
    return Codes.fromCode(TargetGroup.class, code);
  }
}
