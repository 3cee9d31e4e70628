package nl.woonzorg.testkit.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.VisionStatus;
import nl.woonzorg.model.agreement.ActionTerms;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.AgreementLevel;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.DescriptiveTerms;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.GuaranteeTerms;
import nl.woonzorg.model.agreement.IntentTerms;
import nl.woonzorg.model.agreement.Measure;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.MunicipalReorganisations;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import nl.woonzorg.model.cooperation.Consultation;
import nl.woonzorg.model.cooperation.ConsultationLevel;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.cooperation.Covenant;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.monitoring.Comparison;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.EvaluationMoment;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraCoded;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.model.vision.Principle;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.Theme;
import nl.woonzorg.model.vision.VisionStatement;

/**
 * Decodes {@link Choices} into valid model objects. Validity is by construction: every id is
 * declared once and every reference names a declared id; breakdowns and yearly slices are splits
 * of their whole; deadlines, slices, planning and years of parts lie in their periods; every
 * agreement is signed by the three statutory parties, has a lead and an implementer, a topic, a
 * target, a period and a deadline, and the terms of its type; every block the current phase asks
 * for is present; CBS codes come from the bundled list; VERA codes are live.
 */
final class Decoders {

  /** Units of counted things: a target in one of them never trips the percentage rule. */
  static final List<Unit> COUNTS = List.of(Unit.WONINGEN, Unit.PLAATSEN, Unit.LOCATIES,
      Unit.ONTMOETINGSRUIMTEN, Unit.PERSONEN, Unit.HUISHOUDENS);

  /** Text with what a wire format must carry intact: accents, quotes, a dash, an emoji. */
  private static final List<String> WORDS = List.of("geclusterd wonen", "nultredenwoningen",
      "ontmoetingsruimte", "zorgzame buurt", "café \"De Kern\"", "ouderen 75+", "Ĳsselmonde",
      "wijk – noord", "mantelzorg 🏠", "back\\slash");

  private static final List<PartyType> OTHER_PARTY_TYPES = List.of(PartyType.ZORGAANBIEDER,
      PartyType.WELZIJNSORGANISATIE, PartyType.ZORGKANTOOR, PartyType.MARKTPARTIJ,
      PartyType.CLIENTENORGANISATIE);

  private static final List<PartyRole> OTHER_ROLES = List.of(PartyRole.ONDERTEKENAAR,
      PartyRole.BETROKKENE, PartyRole.ADVISEUR, PartyRole.FINANCIER);

  private static final List<Municipality> MUNICIPALITIES = Municipalities.all();

  private Decoders() {}

  /** What the parts of a vision refer to: drawn first, so that every reference resolves. */
  record Context(YearPeriod period, List<String> partyIds, List<String> areaIds,
      List<String> ambitionIds, List<String> goalIds, List<String> indicatorIds,
      List<String> agreementIds, List<String> covenantIds) {}

  static String text(Choices c, String prefix) {
    return prefix + " " + c.pick(WORDS);
  }

  /**
   * {@code period}, moved later as a whole if need be so that a vision adopted in the year before
   * it falls on or after {@code created}, the day its gemeente was created: a clean vision names no
   * gemeente before it existed (WZ-AREA-06).
   */
  private static YearPeriod notBefore(Optional<LocalDate> created, YearPeriod period) {
    int earliest = created.map(day -> day.getYear() + (day.getDayOfYear() == 1 ? 1 : 2))
        .orElse(period.getFromYear());
    int shift = Math.max(0, earliest - period.getFromYear());
    return YearPeriod.of(period.getFromYear() + shift, period.getToYear() + shift);
  }

  static YearPeriod period(Choices c) {
    int from = c.between(2020, 2030);
    return YearPeriod.of(from, from + c.below(8));
  }

  static YearPeriod within(Choices c, YearPeriod period) {
    int from = c.between(period.getFromYear(), period.getToYear());
    return YearPeriod.of(from, c.between(from, period.getToYear()));
  }

  static LocalDate dateIn(Choices c, int year) {
    return LocalDate.of(year, 1 + c.below(12), 1 + c.below(28));
  }

  /** The parties that agreements generated on their own name. */
  static final List<Party> STANDALONE_PARTIES = List.of(
      Party.of("gemeente", "Gemeente", PartyType.GEMEENTE),
      Party.of("corporatie-1", "Woningcorporatie", PartyType.WONINGCORPORATIE),
      Party.of("huurders", "Huurdersorganisatie", PartyType.HUURDERSORGANISATIE),
      Party.of("zorgaanbieder-1", "Zorgaanbieder", PartyType.ZORGAANBIEDER));

  /** A context for parts generated on their own, outside a vision. */
  static Context standalone(Choices c, int size) {
    List<String> goals = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      goals.add("doel-" + i);
      indicators.add("indicator-" + i);
    }
    return new Context(period(c), STANDALONE_PARTIES.stream().map(Party::getId).toList(),
        List.of("gemeente"), List.of("ambitie-1"), goals, indicators, List.of(), List.of());
  }

  static HousingCareVision vision(Choices c, int size) {
    Municipality municipality = c.pick(MUNICIPALITIES);
    YearPeriod period =
        notBefore(MunicipalReorganisations.establishedOn(municipality.getCode()), period(c));
    Area area = Area.municipality(municipality.getCode(), municipality.getName());

    List<Party> parties = new ArrayList<>();
    parties.add(Party.of("gemeente", "Gemeente " + municipality.getName(), PartyType.GEMEENTE));
    int corporations = 1 + c.below(Math.min(size, 3));
    for (int i = 1; i <= corporations; i++) {
      parties.add(Party.of("corporatie-" + i, text(c, "Woningcorporatie"),
          PartyType.WONINGCORPORATIE));
    }
    parties.add(Party.of("huurders", text(c, "Huurdersorganisatie"),
        PartyType.HUURDERSORGANISATIE));
    int others = c.below(size + 1);
    for (int i = 1; i <= others; i++) {
      PartyType type = c.pick(OTHER_PARTY_TYPES);
      parties.add(Party.of(type.name().toLowerCase(java.util.Locale.ROOT) + "-" + i,
          text(c, type.getLabelNl()), type));
    }
    List<String> partyIds = parties.stream().map(Party::getId).toList();

    List<Area> areas = new ArrayList<>();
    String digits = municipality.getCode().substring(2);
    int districts = c.below(size);
    for (int w = 1; w <= districts; w++) {
      String district = String.format("%02d", w);
      areas.add(Area.builder().id("wijk-" + w).type(AreaType.WIJK).name(text(c, "Wijk"))
          .code("WK" + digits + district).parentId(area.getId()).build());
      int neighbourhoods = c.below(3);
      for (int b = 1; b <= neighbourhoods; b++) {
        areas.add(Area.builder().id("buurt-" + w + "-" + b).type(AreaType.BUURT)
            .name(text(c, "Buurt")).code("BU" + digits + district + String.format("%02d", b))
            .parentId("wijk-" + w).build());
      }
    }
    List<String> areaIds = new ArrayList<>();
    areaIds.add(area.getId());
    areas.forEach(a -> areaIds.add(a.getId()));

    VisionStatement statement = visionStatement(c, size);
    List<String> themeIds = statement.getThemes().stream().map(Theme::getId).toList();
    List<Ambition> ambitions = new ArrayList<>();
    int ambitionCount = 1 + c.below(size);
    for (int i = 1; i <= ambitionCount; i++) {
      ambitions.add(Ambition.builder().id("ambitie-" + i).statement(text(c, "Ambitie"))
          .themeId(c.maybePick(themeIds)).horizonYear(c.maybe(period::getToYear)).build());
    }
    int goalCount = 1 + c.below(size);
    List<String> goalIds = new ArrayList<>();
    List<String> indicatorIds = new ArrayList<>();
    for (int i = 1; i <= goalCount; i++) {
      goalIds.add("doel-" + i);
      indicatorIds.add("indicator-" + i);
    }
    Optional<Cooperation> cooperation = c.maybe(() -> cooperation(c, partyIds));
    List<String> covenantIds = cooperation.map(co -> co.getCovenants().stream()
        .map(Covenant::getId).toList()).orElse(List.of());
    int agreementCount = 1 + c.below(size);
    List<String> agreementIds = new ArrayList<>();
    for (int i = 1; i <= agreementCount; i++) {
      agreementIds.add("afspraak-" + i);
    }
    Context context = new Context(period, partyIds, areaIds,
        ambitions.stream().map(Ambition::getId).toList(), goalIds, indicatorIds, agreementIds,
        covenantIds);

    List<Goal> goals = new ArrayList<>();
    for (int i = 1; i <= goalCount; i++) {
      goals.add(goal(c, context, i, size));
    }
    List<PerformanceAgreement> agreements = new ArrayList<>();
    for (int i = 1; i <= agreementCount; i++) {
      agreements.add(agreement(c, context, i, c.pick(List.of(AgreementType.values())),
          parties, size));
    }

    Phase current = c.pick(List.of(Phase.values()));
    VisionStatus status = c.pick(List.of(VisionStatus.values()));
    return HousingCareVision.builder()
        .id("woonzorgvisie-" + municipality.getCode().toLowerCase(java.util.Locale.ROOT))
        .title(text(c, "Woonzorgvisie " + municipality.getName()))
        .area(area)
        .addAllAreas(areas)
        .period(period)
        .status(status)
        .adoptedOn(status == VisionStatus.VASTGESTELD
            ? Optional.of(dateIn(c, period.getFromYear() - 1)) : Optional.empty())
        .currentPhase(current)
        .addAllPhaseHistory(history(c, period, current))
        .addAllParties(parties)
        .analysis(analysis(c, period, areaIds, size))
        .vision(statement)
        .addAllAmbitions(ambitions)
        .addAllGoals(goals)
        .addAllAgreements(agreements)
        .cooperation(cooperation)
        .programme(programme(c, context, goals, size))
        .monitoring(monitoring(c, context, goals, size))
        .build();
  }

  /** One cycle from ANALYSE to the current phase, without skips, each after the one before. */
  private static List<PhaseEntry> history(Choices c, YearPeriod period, Phase current) {
    List<PhaseEntry> out = new ArrayList<>();
    LocalDate start = LocalDate.of(period.getFromYear() - 1, 1, 1).plusDays(c.below(60));
    for (Phase phase : Phase.values()) {
      LocalDate end = start.plusDays(30 + c.below(90));
      PhaseEntry.Builder entry = PhaseEntry.builder().phase(phase).startDate(start)
          .note(c.maybe(() -> text(c, "Besluit")));
      if (phase == current) {
        out.add(entry.build());
        break;
      }
      out.add(entry.endDate(end).build());
      start = end.plusDays(c.below(10));
    }
    return out;
  }

  private static Analysis analysis(Choices c, YearPeriod period, List<String> areaIds, int size) {
    Analysis.Builder analysis = Analysis.builder().summary(c.maybe(() -> text(c, "Analyse")))
        .addSources(Source.builder().id("bron-1").title(text(c, "Woononderzoek"))
            .publisher(c.maybe(() -> "CBS")).build());
    int figures = 1 + c.below(size);
    for (int i = 1; i <= figures; i++) {
      analysis.addFigures(SupplyDemandFigure.builder().id("cijfer-" + i)
          .kind(c.pick(List.of(FigureKind.values())))
          .targetGroup(c.maybePick(List.of(TargetGroup.values())))
          .dwellingType(c.maybePick(List.of(DwellingType.values())))
          .areaId(c.maybePick(areaIds))
          .year(c.between(period.getFromYear() - 1, period.getToYear()))
          .value(Quantity.of(c.below(1000), c.pick(COUNTS)))
          .sourceId(c.maybe(() -> "bron-1"))
          .build());
    }
    int findings = c.below(size + 1);
    for (int i = 1; i <= findings; i++) {
      analysis.addFindings(AnalysisFinding.builder().id("bevinding-" + i)
          .statement(text(c, "Bevinding"))
          .figure(c.maybe(() -> Quantity.of(c.below(101), Unit.PROCENT)))
          .addAllTargetGroups(c.some(List.of(TargetGroup.values()), 2))
          .addAllAreaIds(c.some(areaIds, 2))
          .sourceId(c.maybe(() -> "bron-1"))
          .build());
    }
    return analysis.build();
  }

  private static VisionStatement visionStatement(Choices c, int size) {
    VisionStatement.Builder statement = VisionStatement.builder()
        .summary(c.maybe(() -> text(c, "Visie")))
        // All eleven, so that generated visions carry no WZ-TOPIC-01 advice: a test that looks
        // for one advisory finding then sees only its own.
        .addTaskforceTopics(TaskforceTopic.values());
    int principles = c.below(size);
    for (int i = 1; i <= principles; i++) {
      statement.addPrinciples(Principle.of("principe-" + i, text(c, "Principe")));
    }
    int themes = c.below(size);
    for (int i = 1; i <= themes; i++) {
      statement.addThemes(Theme.of("thema-" + i, text(c, "Thema")));
    }
    return statement.build();
  }

  private static Cooperation cooperation(Choices c, List<String> partyIds) {
    return Cooperation.builder()
        .addAllPartnerIds(c.some(partyIds, 1, 3))
        .addCovenants(Covenant.builder().id("convenant-1").title(text(c, "Convenant"))
            .kind(c.pick(List.of(CovenantKind.values())))
            .addAllPartyIds(c.some(partyIds, 1, 3)).build())
        .addConsultations(Consultation.builder().id("overleg-1").name(text(c, "Overleg"))
            .level(c.pick(List.of(ConsultationLevel.values())))
            .frequency(c.maybe(() -> frequency(c)))
            .addAllPartyIds(c.some(partyIds, 1, 3)).build())
        .build();
  }

  static Frequency frequency(Choices c) {
    return Frequency.of(1 + c.below(4), c.pick(List.of(CalendarPeriod.values())));
  }

  /** A SMART goal: scope, target, indicator, owners and a deadline within the period. */
  static Goal goal(Choices c, Context context, int number, int size) {
    YearPeriod period = context.period();
    Unit unit = c.pick(COUNTS);
    long target = 1 + c.below(500);
    int deadlineYear = c.between(period.getFromYear(), period.getToYear());
    Deadline deadline = c.chance()
        ? Deadline.ofDate(dateIn(c, deadlineYear))
        : Deadline.ofYear(deadlineYear);
    Scope scope = Scope.builder()
        .addAllTargetGroups(c.some(List.of(TargetGroup.values()), 1, 2))
        .addAllDwellingTypes(c.some(List.of(DwellingType.values()), 2))
        .addAllAreaIds(c.some(context.areaIds(), 2))
        .build();
    Goal.Builder goal = Goal.builder()
        .id("doel-" + number)
        .title(text(c, "Doel " + number))
        .description(c.maybe(() -> text(c, "Toelichting")))
        .ambitionId(c.maybePick(context.ambitionIds()))
        .indicator(text(c, "aantal"))
        .indicatorId("indicator-" + number)
        .target(Quantity.of(target, unit))
        .deadline(deadline)
        .scope(scope)
        .addAllOwnerPartyIds(c.some(context.partyIds(), 1, 3));
    if (c.chance()) {
      goal.baseline(Quantity.of(c.below((int) target * 2), unit))
          .baselineYear(period.getFromYear() - 1);
    }
    int breakdowns = c.below(Math.min(size, 3));
    int lastYear = Math.min(period.getToYear(), deadlineYear);
    for (int i = 0; i < breakdowns; i++) {
      goal.addBreakdowns(breakdown(c, target, YearPeriod.of(period.getFromYear(), lastYear)));
    }
    if (c.chance()) {
      goal.addCriteria(Criterion.of(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING,
          Quantity.of(100 + c.below(900), Unit.METER)));
    }
    return goal.build();
  }

  /**
   * A breakdown of {@code whole} into parts that add up to it, or into percentages that add up to
   * 100; years of parts lie in {@code years}. Never by location: a breakdown by location is
   * compared with a location count; nor by period, whose parts each need a period of their own
   * (WZ-SUM-08), which these parts, drawn alike, do not have.
   */
  private static Breakdown breakdown(Choices c, long whole, YearPeriod years) {
    List<BreakdownDimension> dimensions = Arrays.stream(BreakdownDimension.values())
        .filter(d -> d != BreakdownDimension.LOCATIE && d != BreakdownDimension.PERIODE).toList();
    boolean shares = c.chance();
    int count = 1 + c.below(4);
    long[] values = c.split(shares ? 100 : whole, count);
    Breakdown.Builder breakdown = Breakdown.builder().dimension(c.pick(dimensions));
    if (shares) {
      breakdown.unit(Unit.PROCENT);
    }
    for (int j = 0; j < count; j++) {
      breakdown.addParts(BreakdownPart.builder().label(text(c, "deel " + (j + 1)))
          .value(BigDecimal.valueOf(values[j]))
          .year(c.maybe(() -> c.between(years.getFromYear(), years.getToYear())))
          .build());
    }
    return breakdown.build();
  }

  /**
   * An agreement of {@code type}: the statutory signatories, a lead and an implementer, a topic,
   * a target, a period and a deadline, the terms of its type, and yearly slices that add up.
   */
  static PerformanceAgreement agreement(Choices c, Context context, int number,
      AgreementType type, List<Party> parties, int size) {
    List<AgreementParty> participants = new ArrayList<>();
    List<String> corporations = ids(parties, PartyType.WONINGCORPORATIE);
    participants.add(AgreementParty.of(ids(parties, PartyType.GEMEENTE).get(0),
        PartyRole.ONDERTEKENAAR, PartyRole.TREKKER));
    participants.add(AgreementParty.of(c.pick(corporations), PartyRole.ONDERTEKENAAR,
        PartyRole.UITVOERDER));
    participants.add(AgreementParty.of(ids(parties, PartyType.HUURDERSORGANISATIE).get(0),
        PartyRole.ONDERTEKENAAR));
    List<String> others = parties.stream()
        .filter(p -> participants.stream().noneMatch(a -> a.getPartyId().equals(p.getId())))
        .map(Party::getId).toList();
    for (String other : c.some(others, size)) {
      participants.add(AgreementParty.of(other, c.pick(OTHER_ROLES)));
    }
    List<String> participantIds = participants.stream().map(AgreementParty::getPartyId).toList();
    YearPeriod period = within(c, context.period());
    long target = 1 + c.below(500);
    PerformanceAgreement.Builder agreement = PerformanceAgreement.builder()
        .id("afspraak-" + number)
        .title(text(c, "Afspraak " + number))
        .description(c.maybe(() -> text(c, "Omschrijving")))
        // Always typed: an agreement without a type (format 1.1) is an error once adopted
        // (WZ-TYPE-08), and generated visions are valid; the defect "agreement-without-type"
        // takes the type away.
        .type(type)
        .domain(c.pick(List.of(AgreementDomain.values())))
        .theme(c.maybePick(List.of(AgreementTheme.values())))
        .level(c.maybePick(List.of(AgreementLevel.values())))
        .topic(text(c, "onderwerp"))
        .addAllParties(participants)
        // An action, guarantee or transaction agreement must be measurable (WZ-SMART-M-03): it
        // has an indicator of its own and serves a goal with one, so that a defect that takes
        // either away still leaves it measurable and reported for that defect alone.
        .addAllGoalIds(c.some(context.goalIds(), type.isSmartRequired() ? 1 : 0, 2))
        .period(period)
        .target(Quantity.of(target, c.pick(COUNTS)))
        .deadline(Deadline.ofYear(c.between(period.getFromYear(), period.getToYear())))
        .addAllIndicatorIds(c.some(context.indicatorIds(), type.isSmartRequired() ? 1 : 0, 2))
        .addAllCovenantIds(c.some(context.covenantIds(), 1));
    if (number > 1 && c.chance()) {
      agreement.addRelatedAgreementIds("afspraak-" + c.between(1, number - 1));
    }
    if (c.chance()) {
      int slices = 1 + c.below(period.lengthInYears());
      long[] values = c.split(target, slices);
      for (int i = 0; i < slices; i++) {
        agreement.addYearSlices(YearSlice.builder().year(period.getFromYear() + i)
            .value(BigDecimal.valueOf(values[i]))
            .description(c.maybe(() -> text(c, "jaarschijf"))).build());
      }
    }
    int measures = c.below(2);
    for (int i = 0; i < measures; i++) {
      agreement.addMeasures(Measure.builder().description(text(c, "Maatregel"))
          .addAllPartyIds(c.some(participantIds, 1, 2))
          .budget(c.maybe(() -> Budget.of(c.below(100_000)))).build());
    }
    switch (type) {
      case PROCESAFSPRAAK -> agreement.processTerms(ProcessTerms.builder()
          .cycle(text(c, "Cyclus"))
          .frequency(c.maybe(() -> frequency(c)))
          .renewalIntervalYears(c.maybe(() -> 1 + c.below(4)))
          .evaluationAfterYears(c.maybe(() -> 1 + c.below(6)))
          .build());
      case BESCHRIJVENDE_AFSPRAAK ->
          agreement.descriptiveTerms(DescriptiveTerms.of(text(c, "Uitgangspunt")));
      case INTENTIEAFSPRAAK ->
          agreement.intentTerms(IntentTerms.of(text(c, "Als"), text(c, "dan")));
      case HANDELINGSAFSPRAAK -> {
        ActionTerms.Builder terms = ActionTerms.builder().timing(c.maybe(() -> text(c, "in")));
        int activities = 1 + c.below(3);
        for (int i = 1; i <= activities; i++) {
          terms.addActivities(text(c, "activiteit " + i));
        }
        agreement.actionTerms(terms.build());
      }
      case GARANTIEAFSPRAAK -> agreement.guaranteeTerms(GuaranteeTerms.builder()
          .obligation(text(c, "Garantie"))
          .addAllCostBearerPartyIds(c.some(participantIds, 1, 2))
          .costSharing(c.maybe(() -> text(c, "gedeeld")))
          .build());
      case TRANSACTIEAFSPRAAK -> {
        int first = c.below(participantIds.size());
        int second = (first + 1 + c.below(participantIds.size() - 1)) % participantIds.size();
        agreement.transactionTerms(TransactionTerms.of(
            Exchange.of(participantIds.get(first), text(c, "geeft"), text(c, "krijgt")),
            Exchange.of(participantIds.get(second), text(c, "geeft"), text(c, "krijgt"))));
      }
      default -> throw new IllegalArgumentException("unknown agreement type " + type);
    }
    return agreement.build();
  }

  private static List<String> ids(List<Party> parties, PartyType type) {
    return parties.stream().filter(p -> p.getType() == type).map(Party::getId).toList();
  }

  private static ImplementationProgramme programme(Choices c, Context context, List<Goal> goals,
      int size) {
    ImplementationProgramme.Builder programme =
        ImplementationProgramme.builder().period(context.period());
    int activities = 1 + c.below(size);
    for (int i = 1; i <= activities; i++) {
      YearPeriod planning = within(c, context.period());
      Activity.Builder activity = Activity.builder()
          .id("activiteit-" + i)
          .title(text(c, "Activiteit " + i))
          .responsiblePartyId(c.pick(context.partyIds()))
          .addAllInvolvedPartyIds(c.some(context.partyIds(), 2))
          .planning(planning)
          .budget(Budget.builder()
              .amountEuro(c.maybe(() -> BigDecimal.valueOf(c.below(1_000_000), c.below(3))))
              .financierPartyId(c.maybePick(context.partyIds()))
              .build())
          .dwellingType(c.maybePick(List.of(DwellingType.values())))
          .areaId(c.maybePick(context.areaIds()))
          .addAllGoalIds(c.some(context.goalIds(), 2))
          .addAllAgreementIds(c.some(context.agreementIds(), 2));
      if (c.chance()) {
        long output = 1 + c.below(200);
        activity.output(Quantity.of(output, c.pick(COUNTS)));
        int breakdowns = c.below(2);
        for (int j = 0; j < breakdowns; j++) {
          activity.addBreakdowns(breakdown(c, output, planning));
        }
      }
      programme.addActivities(activity.build());
    }
    return programme.build();
  }

  /** One indicator per goal, in the goal's unit; measurements and thresholds on them. */
  private static Monitoring monitoring(Choices c, Context context, List<Goal> goals, int size) {
    Monitoring.Builder monitoring = Monitoring.builder()
        .reportingFrequency(frequency(c))
        .addEvaluationMoments(EvaluationMoment.ofYear(
            c.between(context.period().getFromYear(), context.period().getToYear()),
            text(c, "Evaluatie")));
    for (int i = 0; i < goals.size(); i++) {
      Goal goal = goals.get(i);
      monitoring.addIndicators(Indicator.builder()
          .id(context.indicatorIds().get(i))
          .name(text(c, "Indicator"))
          .unit(goal.getTarget().orElseThrow().getUnit())
          .areaId(c.pick(context.areaIds()))
          .addGoalIds(goal.getId())
          .definition(c.maybe(() -> text(c, "Definitie")))
          .build());
    }
    int measurements = c.below(size + 1);
    for (int i = 0; i < measurements; i++) {
      monitoring.addMeasurements(measurement(c, c.pick(context.indicatorIds()), context.period(),
          context.areaIds()));
    }
    if (c.chance()) {
      monitoring.addThresholds(EarlyWarningThreshold.of(c.pick(context.indicatorIds()),
          c.pick(List.of(Comparison.values())), BigDecimal.valueOf(c.below(100))));
    }
    return monitoring.build();
  }

  static Measurement measurement(Choices c, String indicatorId, YearPeriod period,
      List<String> areaIds) {
    return Measurement.builder()
        .indicatorId(indicatorId)
        .referenceDate(dateIn(c, c.between(period.getFromYear(), period.getToYear())))
        .value(BigDecimal.valueOf(c.below(100_000), c.below(4)))
        .source(c.maybe(() -> text(c, "Bron")))
        .areaId(c.maybePick(areaIds))
        .build();
  }

  /**
   * A dwelling record with live VERA codes, a BAT score among them; a clustered or care-ready one
   * is self-contained living space with a zero-step accessibility label.
   */
  static Dwelling dwelling(Choices c, int number) {
    Optional<HousingForm> form = c.maybePick(live(HousingForm.values(), f -> true));
    boolean clustered = form.filter(f -> f == HousingForm.GECLUSTERDE_WOONVORM
        || f == HousingForm.ZORGGESCHIKTE_WONING).isPresent();
    UnitKind kind = clustered ? UnitKind.WOONRUIMTE : c.pick(live(UnitKind.values(), k -> true));
    List<UnitDetailKind> details = live(UnitDetailKind.values(),
        d -> d.getUnitKind() == kind && !(clustered && d == UnitDetailKind.KAMER));
    List<AccessibilityLabel> labels = live(AccessibilityLabel.values(),
        l -> !clustered || l.isZeroStep());
    Dwelling.Builder dwelling = Dwelling.builder()
        .id("eenheid-" + number)
        .unitKind(kind)
        .unitDetailKind(c.maybePick(details))
        .housingForm(form)
        .accessibilityLabel(clustered ? Optional.of(c.pick(labels)) : c.maybePick(labels))
        .targetGroup(c.maybePick(live(VeraTargetGroup.values(), g -> true)))
        .addAllSupplementaryTargetGroups(
            c.some(live(VeraSupplementaryTargetGroup.values(), g -> true), 2))
        .rentClass(c.maybePick(live(RentClass.values(), r -> true)))
        .rooms(c.maybe(() -> 1 + c.below(8)))
        .constructionYear(c.maybe(() -> 1900 + c.below(130)))
        .postalCode(c.maybe(() -> (1000 + c.below(9000)) + ""
            + (char) ('A' + c.below(26)) + (char) ('A' + c.below(26))))
        .ownerPartyId(c.maybe(() -> "corporatie-1"));
    List<String> codes = nestedAreaCodes(c);
    dwelling.municipalityCode(codes.stream().findFirst());
    dwelling.districtCode(codes.stream().skip(1).findFirst());
    dwelling.neighbourhoodCode(codes.stream().skip(2).findFirst());
    // Drawn last, so that every earlier decision, and so every record drawn before the BAT score
    // existed, stays as it was: a shorter sequence leaves it absent.
    dwelling.batScore(c.maybePick(live(BatScore.values(), score -> true)));
    return dwelling.build();
  }

  /**
   * A known gemeentecode, perhaps with a wijkcode in it and a buurtcode in that: none, one, two
   * or all three, in that order.
   */
  private static List<String> nestedAreaCodes(Choices c) {
    List<String> codes = new ArrayList<>();
    if (c.chance()) {
      String municipality = c.pick(MUNICIPALITIES).getCode();
      codes.add(municipality);
      if (c.chance()) {
        String district = "WK" + municipality.substring(2) + String.format("%02d", c.below(100));
        codes.add(district);
        if (c.chance()) {
          codes.add("BU" + district.substring(2) + String.format("%02d", c.below(100)));
        }
      }
    }
    return codes;
  }

  /**
   * A building or complex that meets every building rule checked without criteria: a clustered
   * one has a meeting room and at least twelve units; its units for 55-plussers are no more than
   * its units; a step-free one of several storeys does not lack a lift.
   */
  static Building building(Choices c, int number) {
    boolean clustered = c.chance();
    Optional<Integer> units = clustered ? Optional.of(12 + c.below(200))
        : c.maybe(() -> c.below(300));
    Optional<Integer> storeys = c.maybe(() -> 1 + c.below(12));
    Presence stepFree = c.pick(List.of(Presence.values()));
    boolean liftNeeded = stepFree == Presence.AANWEZIG && storeys.orElse(1) > 1;
    Building.Builder building = Building.builder()
        .id("gebouw-" + number)
        .kind(c.pick(List.of(BuildingKind.values())))
        .name(c.maybe(() -> text(c, "Complex")))
        .unitCount(units)
        .seniorUnitCount(units.flatMap(count -> c.maybe(() -> c.below(count + 1))))
        .storeys(storeys)
        .meetingRoom(clustered ? Presence.AANWEZIG : c.pick(List.of(Presence.values())))
        .lift(c.pick(liftNeeded ? List.of(Presence.AANWEZIG, Presence.ONBEKEND)
            : List.of(Presence.values())))
        .stepFreeAccess(stepFree)
        .ownerPartyId(c.maybe(() -> "corporatie-1"))
        .veraClusterCode(c.maybe(() -> "CL-" + number))
        .veraBuildingCode(c.maybe(() -> "GB-" + number));
    if (clustered) {
      building.clusteringForm(c.maybePick(List.of(ClusteringForm.values())));
      building.housingForm(c.chance() ? HousingForm.GECLUSTERDE_WOONVORM
          : HousingForm.ZORGGESCHIKTE_WONING);
    }
    List<String> codes = nestedAreaCodes(c);
    building.municipalityCode(codes.stream().findFirst());
    building.districtCode(codes.stream().skip(1).findFirst());
    building.neighbourhoodCode(codes.stream().skip(2).findFirst());
    return building.build();
  }

  private static <T extends VeraCoded> List<T> live(T[] values, Predicate<T> filter) {
    List<T> out = new ArrayList<>();
    for (T value : values) {
      if (!value.isEndDated() && filter.test(value)) {
        out.add(value);
      }
    }
    return out;
  }
}
