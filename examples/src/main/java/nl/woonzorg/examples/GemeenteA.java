package nl.woonzorg.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.VisionStatus;
import nl.woonzorg.model.agreement.ActionTerms;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.ConstructionMode;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.RentSegment;
import nl.woonzorg.model.goal.Scope;
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
import nl.woonzorg.model.vision.Principle;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.VisionStatement;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Worked example 1: Gemeente A, clustered housing, through all five phases — the Taskforce Wonen
 * en Zorg's example (seed "Geclusterde woonvormen gemeente A"), one statement per phase, as a
 * model. Every figure of the analysis, vision, agreement and programme is the seed's. The seed
 * gives no dates, so the period 2021–2025, the phase history, the adoption date and the evaluation
 * year are illustrative, as are the status VASTGESTELD, the ids and the party names; the goal's
 * scope of 65-plussers follows the seed's analysis (its vision says "senioren").
 *
 * <p>The seed gives no monitoring figures either. So that the report can chart the goal against
 * its monitoring, {@link #monitoring()} adds three <b>illustrative measurements</b>, each marked as
 * such in its source; they are not the seed's.
 *
 * <p>The same content, without the measurements, is the model's test fixture; this copy lives in
 * the examples so that the tool needs no test jar. Bundled as {@code examples/data/gemeente-a.json}.
 * Run {@link #main(String[])} to see it validated.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GemeenteA {

  /** The id of the municipality, both as area and as party. */
  public static final String GEMEENTE = "gemeente-a";
  /** The id of wijk y, where corporation x builds. */
  public static final String WIJK_Y = "wijk-y";
  /** The id of woningcorporatie x. */
  public static final String CORPORATIE_X = "corporatie-x";
  /** The id of woningcorporatie y. */
  public static final String CORPORATIE_Y = "corporatie-y";
  /** The id of the tenants' organisation. */
  public static final String HUURDERS = "huurdersorganisatie-a";
  /** The id of the welfare organisation. */
  public static final String WELZIJN = "welzijnsorganisatie-a";
  /** The id of the market party. */
  public static final String MARKTPARTIJ = "marktpartij-a";
  /** The id of the goal of 110 clustered units. */
  public static final String GOAL_CLUSTERED = "doel-geclusterd-110";
  /** The id of the agreement that develops the clustered units. */
  public static final String AGREEMENT_CLUSTERED = "afspraak-geclusterd-2025";
  /** The id of the agreement on yearly monitoring. */
  public static final String AGREEMENT_MONITORING = "afspraak-borging-geclusterd";
  /** The id of the indicator that counts the clustered units developed. */
  public static final String INDICATOR_CLUSTERED = "indicator-geclusterde-woningen";

  /** The source of every measurement here, so that no reader takes them for the seed's. */
  public static final String ILLUSTRATIVE =
      "illustratieve meting (illustrative measurement), geen cijfer uit de bron";

  private GemeenteA() {}

  /** The whole vision, in phase BORGING; validates as CONFORM in profile VASTGESTELD. */
  public static HousingCareVision vision() {
    return HousingCareVision.builder()
        .id("woonzorgvisie-gemeente-a")
        .title("Woonzorgvisie gemeente A: geclusterde woonvormen")
        .area(Area.builder().id(GEMEENTE).type(AreaType.GEMEENTE).name("Gemeente A").build())
        .addAreas(Area.builder().id(WIJK_Y).type(AreaType.WIJK).name("Wijk y").parentId(GEMEENTE).build())
        .period(YearPeriod.of(2021, 2025))
        .status(VisionStatus.VASTGESTELD)
        .adoptedOn(LocalDate.of(2021, 12, 16))
        .currentPhase(Phase.BORGING)
        .addPhaseHistory(
            PhaseEntry.of(Phase.ANALYSE, LocalDate.of(2021, 1, 11), LocalDate.of(2021, 5, 31)),
            PhaseEntry.of(Phase.VISIE, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 16)),
            PhaseEntry.of(Phase.AFSPRAKEN, LocalDate.of(2021, 12, 17), LocalDate.of(2022, 3, 31)),
            PhaseEntry.of(Phase.UITVOERING, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 12, 31)),
            PhaseEntry.of(Phase.BORGING, LocalDate.of(2023, 1, 1)))
        .addParties(
            Party.of(GEMEENTE, "Gemeente A", PartyType.GEMEENTE),
            Party.of(CORPORATIE_X, "Woningcorporatie x", PartyType.WONINGCORPORATIE),
            Party.of(CORPORATIE_Y, "Woningcorporatie y", PartyType.WONINGCORPORATIE),
            Party.of(HUURDERS, "Huurdersorganisatie gemeente A", PartyType.HUURDERSORGANISATIE),
            Party.of(WELZIJN, "Welzijnsorganisatie gemeente A", PartyType.WELZIJNSORGANISATIE),
            Party.of(MARKTPARTIJ, "Marktpartij", PartyType.MARKTPARTIJ))
        .analysis(analysis())
        .vision(visionStatement())
        .addAmbitions(Ambition.of("ambitie-geclusterd",
            "Er moeten meer geclusterde woonvormen komen voor senioren."))
        .addGoals(clusteredHousingGoal())
        .addAgreements(clusteredHousingAgreement(), monitoringAgreement())
        .programme(programme())
        .monitoring(monitoring())
        .build();
  }

  /** Analyse: 23% of the 65-plussers want to move to a suitable home with room to meet. */
  public static Analysis analysis() {
    return Analysis.builder()
        .addFindings(AnalysisFinding.builder()
            .id("bevinding-verhuiswens-65plus")
            .statement("23% van de 65-plussers in gemeente A heeft aangegeven te willen verhuizen naar"
                + " een geschikte woning waar ontmoeting mogelijk is en (op termijn) ook zorg kan"
                + " worden geboden.")
            .figure(Quantity.of(23, Unit.PROCENT))
            .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
            .addAreaIds(GEMEENTE)
            .build())
        .build();
  }

  /** Visie: more clustered housing for seniors, within 500 m of (care) facilities. */
  public static VisionStatement visionStatement() {
    return VisionStatement.builder()
        .summary("Er moeten meer geclusterde woonvormen komen voor senioren. Deze woningen zijn"
            + " geschikt voor ouderen en liggen binnen een straal van 500 meter rondom"
            + " (zorg)voorzieningen.")
        .addPrinciples(Principle.builder().id("principe-nabijheid")
            .title("Geclusterd wonen binnen 500 meter van (zorg)voorzieningen").build())
        .addTaskforceTopics(TaskforceTopic.WOONBEHOEFTEN, TaskforceTopic.DOELGROEPEN_MET_WOONZORGVRAAG,
            TaskforceTopic.AANBOD_WOONVORMEN, TaskforceTopic.WEG_NAAR_UITVOERING,
            TaskforceTopic.PARTNERS_EN_SAMENWERKING)
        .build();
  }

  /** Afspraak: by 2025, 110 new clustered units on 4 locations, 80 new-build and 30 existing. */
  public static Goal clusteredHousingGoal() {
    return Goal.builder()
        .id(GOAL_CLUSTERED)
        .title("110 nieuwe geclusterde wooneenheden in 2025")
        .ambitionId("ambitie-geclusterd")
        .indicator("aantal ontwikkelde geclusterde wooneenheden")
        .indicatorId(INDICATOR_CLUSTERED)
        .target(Quantity.of(110, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2025))
        .scope(Scope.builder()
            .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
            .addDwellingTypes(DwellingType.GECLUSTERDE_WOONVORM)
            .addAreaIds(GEMEENTE)
            .build())
        .addOwnerPartyIds(GEMEENTE, CORPORATIE_X, CORPORATIE_Y)
        .addBreakdowns(Breakdown.of(BreakdownDimension.BOUWWIJZE,
            BreakdownPart.builder().label("nieuwbouw").value(BigDecimal.valueOf(80))
                .constructionMode(ConstructionMode.NIEUWBOUW).build(),
            BreakdownPart.builder().label("bestaande bouw").value(BigDecimal.valueOf(30))
                .constructionMode(ConstructionMode.BESTAANDE_BOUW).build()))
        .addCriteria(
            Criterion.of(CriterionKind.AANTAL_LOCATIES, Quantity.of(4, Unit.LOCATIES)),
            Criterion.of(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING, Quantity.of(500, Unit.METER)))
        .build();
  }

  /** Afspraak: the action agreement that develops the 110 units, signed by the statutory three. */
  public static PerformanceAgreement clusteredHousingAgreement() {
    return PerformanceAgreement.builder()
        .id(AGREEMENT_CLUSTERED)
        .title("Ontwikkeling geclusterde woonvormen")
        .description("We zetten in op de ontwikkeling van geclusterde woonvormen. In 2025 zijn er op 4"
            + " locaties in totaal 110 nieuwe geclusterde wooneenheden ontwikkeld, waarvan 80 in"
            + " nieuwbouw en 30 in bestaande bouw.")
        .type(AgreementType.HANDELINGSAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.KWANTITEIT_WONINGEN)
        .topic("geclusterd wonen met ontmoetingsruimte")
        .addParties(
            AgreementParty.of(GEMEENTE, PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of(CORPORATIE_X, PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of(CORPORATIE_Y, PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of(HUURDERS, PartyRole.ONDERTEKENAAR))
        .addGoalIds(GOAL_CLUSTERED)
        .period(YearPeriod.of(2022, 2025))
        .target(Quantity.of(110, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2025))
        .actionTerms(ActionTerms.builder()
            .addActivities("transformatie van leegstaande kantoorgebouwen",
                "ontmoetingsruimten toevoegen aan bestaande appartementenflats met veel senioren")
            .build())
        .addIndicatorIds(INDICATOR_CLUSTERED)
        .build();
  }

  /** Borging: learn from obstacles yearly and work on structural financing of meeting rooms. */
  public static PerformanceAgreement monitoringAgreement() {
    return PerformanceAgreement.builder()
        .id(AGREEMENT_MONITORING)
        .title("Jaarlijkse monitoring geclusterde woonvormen")
        .type(AgreementType.PROCESAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .addParties(
            AgreementParty.of(GEMEENTE, PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of(CORPORATIE_X, PartyRole.ONDERTEKENAAR),
            AgreementParty.of(CORPORATIE_Y, PartyRole.ONDERTEKENAAR),
            AgreementParty.of(HUURDERS, PartyRole.ONDERTEKENAAR),
            AgreementParty.of(WELZIJN, PartyRole.BETROKKENE))
        .period(YearPeriod.of(2022, 2025))
        .processTerms(ProcessTerms.builder()
            .cycle("De samenwerkende partijen monitoren jaarlijks de ontwikkelde geclusterde"
                + " woonvormen, leren van de ervaren obstakels en werken aan structurele"
                + " financieringsconstructies van de ontmoetingsruimten.")
            .frequency(Frequency.yearly())
            .build())
        .addRelatedAgreementIds(AGREEMENT_CLUSTERED)
        .addIndicatorIds(INDICATOR_CLUSTERED)
        .build();
  }

  /** Uitvoeringsprogramma: the four activities of the seed. */
  public static ImplementationProgramme programme() {
    return ImplementationProgramme.builder()
        .period(YearPeriod.of(2022, 2025))
        .addActivities(
            Activity.builder()
                .id("activiteit-welzijn")
                .title("Activiteitenaanbod in geclusterde woonvormen met ontmoetingsruimten")
                .description("Gemeente subsidieert welzijnsorganisatie voor het organiseren van"
                    + " activiteitenaanbod.")
                .responsiblePartyId(WELZIJN)
                .addInvolvedPartyIds(GEMEENTE)
                .planning(YearPeriod.of(2022, 2025))
                // The seed names the subsidy but not its amount.
                .budget(Budget.builder().financierPartyId(GEMEENTE).note("subsidie").build())
                .addGoalIds(GOAL_CLUSTERED)
                .build(),
            Activity.builder()
                .id("activiteit-corporatie-x-wijk-y")
                .title("Geclusterde eenheid van 20 woningen met ontmoetingsruimte in wijk y")
                .responsiblePartyId(CORPORATIE_X)
                .planning(YearPeriod.of(2022, 2022))
                // Validation wants owner, planning and budget for every activity. The seed names
                // no amount, so none is given: the executing party finances it.
                .budget(Budget.builder().financierPartyId(CORPORATIE_X).build())
                .output(Quantity.of(20, Unit.WONINGEN))
                .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
                .areaId(WIJK_Y)
                .addGoalIds(GOAL_CLUSTERED)
                .addAgreementIds(AGREEMENT_CLUSTERED)
                .build(),
            Activity.builder()
                .id("activiteit-corporatie-y")
                .title("Twee geclusterde eenheden van 40 woningen met ontmoetingsruimte")
                .description("Locatie x is geschikt voor het leveren van intensieve zorg via VPT.")
                .responsiblePartyId(CORPORATIE_Y)
                // The seed gives no year: the planning is the period of the agreement this
                // activity carries out, 2022–2025. No amount either: the executing party finances.
                .planning(YearPeriod.of(2022, 2025))
                .budget(Budget.builder().financierPartyId(CORPORATIE_Y).build())
                .output(Quantity.of(80, Unit.WONINGEN))
                .addBreakdowns(Breakdown.of(BreakdownDimension.LOCATIE,
                    BreakdownPart.of("locatie x (geschikt voor intensieve zorg via VPT)", 40),
                    BreakdownPart.of("tweede locatie", 40)))
                .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
                .addGoalIds(GOAL_CLUSTERED)
                .addAgreementIds(AGREEMENT_CLUSTERED)
                .build(),
            Activity.builder()
                .id("activiteit-marktpartij-locatie-y")
                .title("Nieuwbouwproject van 50 geclusterde woningen met ontmoetingsruimte op locatie y")
                .responsiblePartyId(MARKTPARTIJ)
                // As above: planned within the clustered-housing agreement's period, no amount.
                .planning(YearPeriod.of(2022, 2025))
                .budget(Budget.builder().financierPartyId(MARKTPARTIJ).build())
                .output(Quantity.of(50, Unit.WONINGEN))
                .addBreakdowns(Breakdown.builder()
                    .dimension(BreakdownDimension.HUURSEGMENT)
                    .unit(Unit.PROCENT)
                    .addParts(
                        BreakdownPart.builder().label("sociale huur").value(BigDecimal.valueOf(50))
                            .rentSegment(RentSegment.SOCIALE_HUUR).build(),
                        BreakdownPart.builder().label("middenhuur").value(BigDecimal.valueOf(50))
                            .rentSegment(RentSegment.MIDDENHUUR).build())
                    .build())
                .dwellingType(DwellingType.GECLUSTERDE_WOONVORM)
                .addGoalIds(GOAL_CLUSTERED)
                .build())
        .build();
  }

  /**
   * Borging: yearly monitoring of the clustered housing developed, with three illustrative
   * measurements of the units developed so far (cumulative, at the end of 2022, 2023 and 2024).
   */
  public static Monitoring monitoring() {
    return Monitoring.builder()
        .addIndicators(Indicator.builder()
            .id(INDICATOR_CLUSTERED)
            .name("Aantal ontwikkelde geclusterde wooneenheden")
            .unit(Unit.WONINGEN)
            .areaId(GEMEENTE)
            .addGoalIds(GOAL_CLUSTERED)
            .build())
        // Illustrative: the seed reports no progress. 2022's 20 are corporation x's homes in wijk
        // y, which the programme plans for that year; the later figures are invented.
        .addMeasurements(
            illustrative(LocalDate.of(2022, 12, 31), 20),
            illustrative(LocalDate.of(2023, 12, 31), 50),
            illustrative(LocalDate.of(2024, 12, 31), 90))
        .reportingFrequency(Frequency.of(1, CalendarPeriod.JAAR))
        .addEvaluationMoments(EvaluationMoment.builder()
            .year(2023)
            .description("Jaarlijkse evaluatie: leren van ervaren obstakels, structurele financiering"
                + " van de ontmoetingsruimten")
            .recurrence(Frequency.yearly())
            .build())
        .build();
  }

  private static Measurement illustrative(LocalDate referenceDate, long units) {
    return Measurement.builder()
        .indicatorId(INDICATOR_CLUSTERED)
        .referenceDate(referenceDate)
        .value(BigDecimal.valueOf(units))
        .source(ILLUSTRATIVE)
        .build();
  }

  /**
   * A few lines on the example: the goal, its breakdown, the programme's output, the latest
   * measurement and the verdict in profile VASTGESTELD.
   */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    Goal goal = vision.findGoal(GOAL_CLUSTERED).orElseThrow();
    Quantity target = goal.getTarget().orElseThrow();
    Breakdown byMode = goal.getBreakdowns().get(0);
    BigDecimal planned = vision.getProgramme().orElseThrow().getActivities().stream()
        .flatMap(activity -> activity.getOutput().stream())
        .map(Quantity::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    Measurement latest =
        lastOf(vision.getMonitoring().orElseThrow().measurementsOf(INDICATOR_CLUSTERED));
    return List.of(
        vision.getTitle() + " (" + vision.getStatus().getLabelNl() + ", fase "
            + vision.getCurrentPhase().getLabelNl() + ")",
        "doel: " + target + " in " + goal.getDeadline().orElseThrow().deadlineYear() + ", "
            + Examples.parts(byMode),
        "uitvoeringsprogramma: " + vision.getProgramme().orElseThrow().getActivities().size()
            + " activiteiten, samen " + planned.toPlainString() + " woningen",
        "laatste meting (illustratief): " + latest.getValue().toPlainString() + " op "
            + latest.getReferenceDate(),
        Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build()
            .validate(vision)));
  }

  private static Measurement lastOf(List<Measurement> measurements) {
    return measurements.get(measurements.size() - 1);
  }

  /** Prints {@link #summary()}. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
  }
}
