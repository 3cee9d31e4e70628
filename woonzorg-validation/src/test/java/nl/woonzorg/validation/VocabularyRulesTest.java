package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.OwnerCategory;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.targetgroup.AgeBand;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.cooperation.Covenant;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import nl.woonzorg.model.time.YearPeriod;
import org.junit.jupiter.api.Test;

/**
 * The rules of the vocabulary that format 1.1 added, each with its exact finding: rule id,
 * English message and JSON Pointer.
 */
class VocabularyRulesTest {

  private static final WoonzorgValidator VALIDATOR =
      WoonzorgValidator.builder().locale(Locale.ENGLISH).build();

  /** "De zorgaanbieders in de regio", a collective of care providers, with the members given. */
  static Party careProviders(String... memberPartyIds) {
    return Party.builder().id("zorgaanbieders-regio").name("De zorgaanbieders in de regio")
        .type(PartyType.ZORGAANBIEDER).collective(Collective.of(memberPartyIds)).build();
  }

  /** The findings of rule {@code id} as "pointer: message". */
  private static List<String> findings(Report report, String id) {
    return report.findings(id).stream().map(VocabularyRulesTest::line).toList();
  }

  private static String line(Finding finding) {
    return finding.getLocation() + ": " + finding.getMessage();
  }

  @Test
  void aCollectivesMemberOfAnotherTypeIsReportedAtTheMember() {
    Party provider = Party.of("zorgaanbieder-b", "Zorgaanbieder B", PartyType.ZORGAANBIEDER);
    HousingCareVision vision = Fixtures.vision(v -> v.addParties(provider,
        careProviders("zorgaanbieder-b", GemeenteA.WELZIJN)));

    assertEquals(List.of("/parties/7/collective/memberPartyIds/1: Collective party"
            + " zorgaanbieders-regio names welzijnsorganisatie-a as a member, but that is a party"
            + " of type WELZIJNSORGANISATIE, not ZORGAANBIEDER."),
        findings(VALIDATOR.validate(vision), "WZ-PARTY-01"));
  }

  @Test
  void aMemberThatNamesNoPartyIsAnUnresolvedReferenceNotATypeMismatch() {
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.addParties(
        careProviders("zorgaanbieder-onbekend"))));

    assertEquals(List.of("/parties/6/collective/memberPartyIds/0: Party zorgaanbieder-onbekend"
        + " does not exist in this vision."), findings(report, "WZ-REF-03"));
    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
  }

  @Test
  void aCollectiveOfCorporationsSignsAsACorporationAndItsMembersNeedNotBeNamed() {
    Party corporations = Party.builder().id("corporaties").name("De corporaties in gemeente A")
        .type(PartyType.WONINGCORPORATIE)
        .collective(Collective.builder().description("alle corporaties met bezit in gemeente A")
            .build())
        .build();
    HousingCareVision vision = HousingCareVision.builder()
        .from(Fixtures.agreement(0, a -> a.parties(List.of(
            AgreementParty.of(GemeenteA.GEMEENTE, PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of("corporaties", PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of(GemeenteA.HUURDERS, PartyRole.ONDERTEKENAAR)))))
        .addParties(corporations).build();

    Report report = VALIDATOR.validate(vision);
    assertEquals(List.of(), findings(report, "WZ-SIGN-01"));
    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
    assertEquals(List.of(), findings(report, "WZ-REF-03"));
  }

  @Test
  void aCollectiveOfTypeOverigTakesMembersOfAnyType() {
    Party pact = Party.builder().id("pact").name("De partners van het pact")
        .type(PartyType.OVERIG)
        .collective(Collective.of(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X, GemeenteA.WELZIJN))
        .build();
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.addParties(pact)));

    assertEquals(List.of(), findings(report, "WZ-PARTY-01"));
  }

  @Test
  void aStartAfterTheDeadlineIsReportedWithThePartialDateAsWritten() {
    Report report = VALIDATOR.validate(Fixtures.goal(g -> g.deadline(Deadline.ofYear(2025))
        .start(PartialDate.of(2026, YearPart.VOORJAAR))));

    assertEquals(List.of("/goals/0/start: doel-geclusterd-110 starts 2026 VOORJAAR, after its end"
        + " (2025)."), findings(report, "WZ-TIME-01"));
  }

  @Test
  void aPartialStartIsTooLateOnlyIfEvenItsFirstDayIsAfterTheEnd() {
    // "2025" may be January 2025: not after a deadline of 1 March 2025. "2025-04" is.
    assertEquals(List.of(), findings(VALIDATOR.validate(Fixtures.goal(g -> g
        .deadline(Deadline.ofDate(java.time.LocalDate.of(2025, 3, 1)))
        .start(PartialDate.ofYear(2025)))), "WZ-TIME-01"));
    assertEquals(List.of("/goals/0/start: doel-geclusterd-110 starts 2025-04, after its end"
        + " (2025-03-01)."), findings(VALIDATOR.validate(Fixtures.goal(g -> g
        .deadline(Deadline.ofDate(java.time.LocalDate.of(2025, 3, 1)))
        .start(PartialDate.of(2025, 4)))), "WZ-TIME-01"));
  }

  @Test
  void aSigningDayOutsideTheYearTheSourceGivesIsReportedAtThePartialDate() {
    CovenantDocument since2018 = CovenantDocument.builder().from(CycleDocuments.covenant())
        .signedOn(java.util.Optional.empty()).signedIn(PartialDate.ofYear(2018)).build();
    assertEquals(List.of(), findings(VALIDATOR.validate(since2018), "WZ-TIME-04"));
    assertEquals(java.time.LocalDate.of(2018, 1, 1), since2018.documentDate().orElseThrow(),
        "the rules judge a covenant signed in 2018 as of its first day");

    Report report = VALIDATOR.validate(CovenantDocument.builder().from(since2018)
        .signedOn(java.time.LocalDate.of(2019, 3, 1)).build());
    assertEquals(List.of("/signedIn: The date 2019-03-01 does not lie within 2018, the partial"
        + " date at /signedIn."), findings(report, "WZ-TIME-04"));
    assertEquals(List.of(), findings(VALIDATOR.validate(CovenantDocument.builder()
        .from(since2018).signedOn(java.time.LocalDate.of(2018, 12, 31)).build()), "WZ-TIME-04"));
  }

  @Test
  void aMeasurementDatedOutsideItsYearIsReportedAtReferencedAs() {
    MonitorReport monitor = CycleDocuments.monitor();
    Measurement first = monitor.getMonitoring().getMeasurements().get(0);
    int year = first.getReferenceDate().getYear();
    Report report = VALIDATOR.validate(MonitorReport.builder().from(monitor).monitoring(
        Monitoring.builder().from(monitor.getMonitoring()).measurements(List.of(
            Measurement.builder().from(first).referencedAs(PartialDate.ofYear(year + 1)).build()))
            .build()).build());

    assertEquals(List.of("/monitoring/measurements/0/referencedAs: The date "
        + first.getReferenceDate() + " does not lie within " + (year + 1) + ", the partial date"
        + " at /monitoring/measurements/0/referencedAs."), findings(report, "WZ-TIME-04"));
  }

  @Test
  void anActivitySince2018WithAPlanningThatEndedIsReportedAtItsStart() {
    Report report = VALIDATOR.validate(Fixtures.activity(1, a -> a
        .start(PartialDate.ofYear(2023))));

    assertEquals(List.of("/programme/activities/1/start: activiteit-corporatie-x-wijk-y starts"
        + " 2023, after its end (2022)."), findings(report, "WZ-TIME-01"));
    assertEquals(List.of(), findings(VALIDATOR.validate(Fixtures.activity(1, a -> a
        .start(PartialDate.ofYear(2018)))), "WZ-TIME-01"), "sinds 2018");
  }

  @Test
  void aRhythmOfEveryFourYearsInAPlanningOfFourYearsFallsOnce() {
    Report report = VALIDATOR.validate(Fixtures.activity(0, a -> a
        .recurrence(Frequency.onceEvery(4, CalendarPeriod.JAAR))));

    assertEquals(List.of("/programme/activities/0/recurrence: Activity activiteit-welzijn recurs"
        + " at 1 per 4 JAAR, but falls only 1 time(s) in its planning 2022–2025."),
        findings(report, "WZ-TIME-02"));
    assertEquals(Severity.WARNING, report.findings("WZ-TIME-02").get(0).getSeverity());
  }

  @Test
  void twiceAYearAndEveryTwoYearsRecurInAFourYearPlanning() {
    for (Frequency rhythm : List.of(Frequency.of(2, CalendarPeriod.JAAR), Frequency.yearly(),
        Frequency.onceEvery(2, CalendarPeriod.JAAR))) {
      assertEquals(List.of(), findings(VALIDATOR.validate(Fixtures.activity(0, a -> a
          .recurrence(rhythm).planning(YearPeriod.of(2022, 2025)))), "WZ-TIME-02"),
          rhythm.describe());
    }
  }

  @Test
  void aLinkToAWoonzorgDocumentWithoutItsIdIsReportedWhereTheIdBelongs() {
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.addLinks(
        DocumentLink.of(DocumentRelation.BOUWT_VOORT_OP, PolicyDocumentKind.WOONVISIE,
            "Woonvisie gemeente A 2020"),
        DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
            .kind(PolicyDocumentKind.WOONZORGDOCUMENT).title("Woonzorganalyse").build())));

    assertEquals(List.of("/links/1/documentId: A link of woonzorgvisie-gemeente-a"
        + " (BOUWT_VOORT_OP) to a woonzorg document does not give that document’s id."),
        findings(report, "WZ-LINK-01"));
  }

  @Test
  void anAddendumToItselfIsReportedAtTheCovenantsLink() {
    Covenant addendum = Covenant.builder().id("addendum-2023").title("Addendum convenant")
        .kind(CovenantKind.CONVENANT)
        .addLinks(DocumentLink.toDocument(DocumentRelation.ADDENDUM_BIJ, "addendum-2023"))
        .build();
    Report report = VALIDATOR.validate(Fixtures.vision(v -> v.cooperation(
        Cooperation.builder().addCovenants(addendum).build())));

    assertEquals(List.of("/cooperation/covenants/0/links/0/documentId: Document addendum-2023"
        + " links to itself (ADDENDUM_BIJ)."), findings(report, "WZ-LINK-02"));
  }

  /**
   * Gemeente A whose analysis has one figure: {@code value} clustered homes in 2024, split by
   * owner category into {@code parts}.
   */
  static HousingCareVision withFigure(long value, BreakdownPart... parts) {
    Analysis analysis = GemeenteA.vision().getAnalysis().orElseThrow();
    return Fixtures.vision(v -> v.analysis(Analysis.builder().from(analysis)
        .addFigures(SupplyDemandFigure.builder().id("aanbod-geclusterd").kind(FigureKind.AANBOD)
            .dwellingType(DwellingType.GECLUSTERDE_WOONVORM).year(2024)
            .value(Quantity.of(value, Unit.WONINGEN))
            .addBreakdowns(Breakdown.of(BreakdownDimension.EIGENDOM, parts)).build())
        .build()));
  }

  @Test
  void aFiguresBreakdownByOwnerThatDoesNotAddUpIsReportedAtTheBreakdown() {
    Report report = VALIDATOR.validate(withFigure(120,
        BreakdownPart.builder().label("corporatie").value(BigDecimal.valueOf(80))
            .ownerCategory(OwnerCategory.CORPORATIE).build(),
        BreakdownPart.builder().label("particulier").value(BigDecimal.valueOf(30))
            .ownerCategory(OwnerCategory.PARTICULIER_KOOP).build()));

    assertEquals(List.of("/analysis/figures/0/breakdowns/0: The breakdown by EIGENDOM of"
        + " aanbod-geclusterd adds up to 110; the value is 120."),
        findings(report, "WZ-SUM-06"));
    assertEquals(List.of(), findings(VALIDATOR.validate(withFigure(110,
        BreakdownPart.of("corporatie", 80), BreakdownPart.of("particulier", 30))), "WZ-SUM-06"));
  }

  @Test
  void aMeasurementsSharesByClusteringFormAddUpTo100() {
    Breakdown shares = Breakdown.builder().dimension(BreakdownDimension.CLUSTERINGSVORM)
        .unit(Unit.PROCENT)
        .addParts(BreakdownPart.builder().label("in een complex").value(BigDecimal.valueOf(70))
                .clusteringForm(ClusteringForm.IN_EEN_COMPLEX).build(),
            BreakdownPart.builder().label("verspreid").value(BigDecimal.valueOf(20))
                .clusteringForm(ClusteringForm.VERSPREID_IN_DE_BUURT).build())
        .build();
    Monitoring monitoring = GemeenteA.vision().getMonitoring().orElseThrow();
    HousingCareVision vision = Fixtures.vision(v -> v.monitoring(Monitoring.builder()
        .from(monitoring).addMeasurements(Measurement.builder()
            .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
            .referenceDate(java.time.LocalDate.of(2024, 1, 1)).value(BigDecimal.valueOf(40))
            .addBreakdowns(shares).build())
        .build()));

    assertEquals(List.of("/monitoring/measurements/0/breakdowns/0: The breakdown by"
        + " CLUSTERINGSVORM of indicator-geclusterde-woningen 2024-01-01 adds up to 90; the value"
        + " is 100."), findings(VALIDATOR.validate(vision), "WZ-SUM-06"));
  }

  @Test
  void anAgreementsScopeMakesItSpecificAndItsAreasMustResolve() {
    Scope scope = Scope.builder().addTargetGroups(TargetGroup.OUDEREN_85_PLUS,
            TargetGroup.ANDERE_ZORGBEHOEVENDEN)
        .addAgeBands(AgeBand.between(65, 74)).addDwellingTypes(DwellingType.WONEN_MET_ZORG)
        .addAreaIds("kern-onbekend").build();
    Report report = VALIDATOR.validate(Fixtures.agreement(0, a -> a.goalIds(List.of())
        .relatedAgreementIds(List.of()).topic(java.util.Optional.empty()).scope(scope)));

    assertEquals(List.of(), findings(report, "WZ-SMART-S-02"));
    assertEquals(List.of("/agreements/0/scope/areaIds/0: Area kern-onbekend does not exist in"
        + " this vision."), findings(report, "WZ-REF-05"));
  }

  /**
   * Gemeente A with two kernen besides wijk y and a goal "in elke kern tenminste één
   * ontmoetingsruimte", broken down per area as {@code perArea} (kern-a, kern-b, wijk y).
   */
  static HousingCareVision meetingRooms(long kernA, long kernB, long wijkY) {
    List<Area> areas = new java.util.ArrayList<>(GemeenteA.vision().getAreas());
    areas.add(Area.builder().id("kern-a").type(AreaType.KERN).name("Kern A")
        .parentId(GemeenteA.GEMEENTE).build());
    areas.add(Area.builder().id("kern-b").type(AreaType.KERN).name("Kern B")
        .parentId(GemeenteA.GEMEENTE).build());
    Goal goal = Goal.builder().from(GemeenteA.clusteredHousingGoal())
        .title("In elke kern tenminste één ontmoetingsruimte")
        .target(Quantity.of(kernA + kernB + wijkY, Unit.ONTMOETINGSRUIMTEN))
        .baseline(java.util.Optional.empty()).baselineYear(java.util.Optional.empty())
        .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN)
            .addAreaIds("kern-a", "kern-b", GemeenteA.WIJK_Y).build())
        .breakdowns(List.of(Breakdown.of(BreakdownDimension.GEBIED,
            BreakdownPart.builder().label("Kern A").value(BigDecimal.valueOf(kernA))
                .areaId("kern-a").build(),
            BreakdownPart.builder().label("Kern B").value(BigDecimal.valueOf(kernB))
                .areaId("kern-b").build(),
            BreakdownPart.builder().label("Wijk y").value(BigDecimal.valueOf(wijkY))
                .areaId(GemeenteA.WIJK_Y).build())))
        .criteria(List.of(Criterion.builder().kind(CriterionKind.MINIMAAL_AANTAL_PER_GEBIED)
            .value(Quantity.of(1, Unit.ONTMOETINGSRUIMTEN)).areaType(AreaType.KERN)
            .description("in elke kern tenminste één ontmoetingsruimte").build()))
        .build();
    return Fixtures.vision(v -> v.areas(areas).goals(List.of(goal)));
  }

  @Test
  void aKernBelowTheMinimumPerAreaIsReportedAtItsPart() {
    Report report = VALIDATOR.validate(meetingRooms(2, 0, 0));

    assertEquals(List.of("/goals/0/breakdowns/0/parts/1: Goal doel-geclusterd-110 gives area"
        + " kern-b 0, less than the minimum of 1 ONTMOETINGSRUIMTEN per area."),
        findings(report, "WZ-SUM-07"));
  }

  @Test
  void everyKernAtTheMinimumIsSilentAndAWijkIsNotAKern() {
    assertEquals(List.of(), findings(VALIDATOR.validate(meetingRooms(1, 1, 0)), "WZ-SUM-07"));
  }

  @Test
  void aCriterionOfDistanceInWordsOnlyIsNotMeasurable() {
    Report report = VALIDATOR.validate(Fixtures.goal(g -> g.addCriteria(
        Criterion.builder().kind(CriterionKind.MAXIMALE_AFSTAND_TOT_OV_HALTE)
            .description("op loopafstand").build(),
        Criterion.builder().kind(CriterionKind.MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE).build(),
        Criterion.builder().kind(CriterionKind.TOEGANKELIJKHEID).description("nultredenwoning")
            .build())));

    assertEquals(List.of("/goals/0/criteria/2/value: Criterion MAXIMALE_AFSTAND_TOT_OV_HALTE of"
            + " goal doel-geclusterd-110 has no value to measure against (description: “op"
            + " loopafstand”).",
        "/goals/0/criteria/3/value: Criterion MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE of goal"
            + " doel-geclusterd-110 has no value to measure against (description: —)."),
        findings(report, "WZ-SMART-M-05"));
    assertEquals(Severity.ERROR, report.findings("WZ-SMART-M-05").get(0).getSeverity());
  }

  /** Gemeente A with a second goal on top of its first, due {@code deadline}. */
  static HousingCareVision withTranche(String additionalTo, Deadline deadline) {
    Goal tranche = Goal.builder().from(GemeenteA.clusteredHousingGoal()).id("doel-tranche-2")
        .title("Nog eens 50 geclusterde wooneenheden bovenop de 110")
        .target(Quantity.of(50, Unit.WONINGEN)).breakdowns(List.of())
        .additionalToGoalId(additionalTo).deadline(deadline).build();
    return Fixtures.vision(v -> v.addGoals(tranche));
  }

  @Test
  void aTrancheDueNoLaterThanItsBaseIsReportedAtItsDeadline() {
    Report report = VALIDATOR.validate(withTranche(GemeenteA.GOAL_CLUSTERED,
        Deadline.ofYear(2025)));

    assertEquals(List.of("/goals/1/deadline: Goal doel-tranche-2 adds to goal doel-geclusterd-110"
        + " but is due by 2025, not after 2025."), findings(report, "WZ-TIME-03"));
    assertEquals(List.of(), findings(VALIDATOR.validate(withTranche(GemeenteA.GOAL_CLUSTERED,
        Deadline.ofYear(2031))), "WZ-TIME-03"));
  }

  @Test
  void aTrancheOfAGoalThatDoesNotExistIsAnUnresolvedGoalReference() {
    Report report = VALIDATOR.validate(withTranche("doel-onbekend", Deadline.ofYear(2031)));

    assertEquals(List.of("/goals/1/additionalToGoalId: Goal doel-onbekend does not exist in this"
        + " vision."), findings(report, "WZ-REF-01"));
    assertEquals(List.of(), findings(report, "WZ-TIME-03"));
  }
}
