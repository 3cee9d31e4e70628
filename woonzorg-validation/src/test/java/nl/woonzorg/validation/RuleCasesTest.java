package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.GuaranteeTerms;
import nl.woonzorg.model.agreement.Measure;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.OwnerCategory;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.VisionStatement;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalogue, triggered by Gemeente A with one thing wrong (or by a dwelling
 * record), with its exact id, severity in the vastgesteld profile and pointer; and every rule
 * silent on data that is right.
 */
class RuleCasesTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  /**
   * A violation of rule {@code id}: the report of its subject, by the validator given or one of
   * the case's own, has it at {@code pointer}.
   */
  record Case(String id, Severity severity, String pointer,
      Function<WoonzorgValidator, Report> report) {
    @Override
    public String toString() {
      return id + " at " + pointer;
    }
  }

  private static Case vision(String id, Severity severity, String pointer,
      Supplier<HousingCareVision> vision) {
    return new Case(id, severity, pointer, validator -> validator.validate(vision.get()));
  }

  private static Case dwelling(String id, Severity severity, String pointer,
      Supplier<nl.woonzorg.model.dwelling.Dwelling> dwelling) {
    return new Case(id, severity, pointer, validator -> validator.validate(dwelling.get()));
  }

  private static Case document(String id, Severity severity, String pointer,
      Supplier<Object> document) {
    return new Case(id, severity, pointer, validator -> validator.validate(document.get()));
  }

  private static final Severity E = Severity.ERROR;
  private static final Severity W = Severity.WARNING;
  private static final Severity I = Severity.INFO;

  static Stream<Case> cases() {
    return Stream.of(
        // Bean Validation
        vision("WZ-BEAN-NOTBLANK", E, "/goals/0/title", () -> Fixtures.goal(g -> g.title("  "))),
        vision("WZ-BEAN-NOTBLANKWHENPRESENT", E, "/agreements/0/description",
            () -> Fixtures.agreement(0, a -> a.description(""))),
        vision("WZ-BEAN-NOTEMPTY", E, "/agreements/0/parties/4/roles",
            () -> Fixtures.agreement(0, a -> a.parties(withParty(GemeenteA.clusteredHousingAgreement(),
                AgreementParty.builder().partyId(GemeenteA.HUURDERS).build())))),
        dwelling("WZ-BEAN-POSITIVE", E, "/rooms", () -> Fixtures.dwelling().rooms(0).build()),
        vision("WZ-BEAN-POSITIVEORZERO", E, "/agreements/0/measures/0/budget/amountEuro",
            () -> Fixtures.agreement(0, a -> a.addMeasures(Measure.builder()
                .description("domotica").budget(Budget.of(-5000)).build()))),
        dwelling("WZ-BEAN-PATTERN", E, "/municipalityCode",
            () -> Fixtures.dwelling().municipalityCode("0363").districtCode("WK036301").build()),
        new Case("WZ-ENGINE-01", E, "/goals/0", validator -> RuleFailureTest.failingValidator()
            .validate(GemeenteA.vision())),
        // The summary takes the severity of the rule it counts: of the other rules past a cap of
        // two, one gives warnings and one information.
        new Case("WZ-ENGINE-02", E, "/goals/0/ownerPartyIds/5", validator -> WoonzorgValidator.builder()
            .maxFindingsPerRule(2).disable("WZ-SMART-A-02", "WZ-TOPIC-01").build().validate(Fixtures.goal(g -> g.addOwnerPartyIds(
                "onbekend-1", "onbekend-2", "onbekend-3")))),
        // the documents of the cycle
        vision("WZ-DOC-01", E, "/period", () -> Fixtures.vision(v -> v.period(Optional.empty()))),
        document("WZ-DOC-02", E, "/period", () -> ProgrammeDocument.builder()
            .from(CycleDocuments.programme()).period(Optional.empty())
            .programme(ImplementationProgramme.builder().from(GemeenteA.programme())
                .period(Optional.empty()).build()).build()),
        document("WZ-DOC-03", W, "/authorPartyIds", () -> AnalysisDocument.builder()
            .from(CycleDocuments.analysis()).authorPartyIds(List.of()).build()),
        document("WZ-DOC-04", E, "/horizonYear", () -> AnalysisDocument.builder()
            .from(CycleDocuments.analysis()).horizonYear(2014).build()),
        document("WZ-DOC-05", E, "/signatoryPartyIds", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).signatoryPartyIds(List.of(GemeenteA.GEMEENTE))
            .build()),
        document("WZ-DOC-06", W, "/tasks", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).tasks(List.of()).workingArrangements(List.of())
            .build()),
        document("WZ-TIME-04", E, "/signedIn", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).signedOn(java.time.LocalDate.of(2019, 3, 1))
            .signedIn(nl.woonzorg.model.time.PartialDate.ofYear(2018)).build()),
        document("WZ-LINK-01", E, "/links/0/documentId", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).addLinks(DocumentLink.builder()
                .relation(DocumentRelation.UITVOERING_VAN)
                .kind(PolicyDocumentKind.WOONZORGDOCUMENT).title("het convenant").build())
            .build()),
        document("WZ-DOC-07", W, "/monitoring/indicators/0", () -> MonitorReport.builder()
            .from(CycleDocuments.monitor()).monitoring(GemeenteA.monitoring()).build()),
        document("WZ-DOC-08", E, "/monitoring/measurements/1/referenceDate",
            () -> MonitorReport.builder().from(CycleDocuments.monitor())
                .monitoring(Monitoring.builder().from(CycleDocuments.monitor().getMonitoring())
                    .addMeasurements(Measurement.of(GemeenteA.INDICATOR_CLUSTERED,
                        LocalDate.of(2019, 1, 1), 0)).build()).build()),
        document("WZ-DOC-09", E, "/agreements/0/period", () -> AgreementsDocument.builder()
            .from(CycleDocuments.agreements()).period(YearPeriod.of(2023, 2025)).build()),
        document("WZ-DOC-10", E, "/signatoryPartyIds/4", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).addSignatoryPartyIds("zorgkantoor-onbekend")
            .build()),
        document("WZ-DOC-10", E, "/tasks/0/goalIds/0", () -> CovenantDocument.builder()
            .from(CycleDocuments.covenant()).tasks(List.of(nl.woonzorg.model.cooperation
                .CovenantTask.builder().from(CycleDocuments.covenant().getTasks().get(0))
                .addGoalIds("doel-onbekend").build())).build()),
        // identity and references
        vision("WZ-ID-01", E, "/goals/1/id",
            () -> Fixtures.vision(v -> v.addGoals(GemeenteA.clusteredHousingGoal()))),
        vision("WZ-REF-01", E, "/agreements/0/goalIds/1",
            () -> Fixtures.agreement(0, a -> a.addGoalIds("doel-onbekend"))),
        vision("WZ-REF-02", E, "/programme/activities/1/agreementIds/1",
            () -> Fixtures.activity(1, a -> a.addAgreementIds("afspraak-2019"))),
        vision("WZ-REF-03", E, "/goals/0/ownerPartyIds/3",
            () -> Fixtures.goal(g -> g.addOwnerPartyIds("corporatie-z"))),
        vision("WZ-REF-03", E, "/links/0/partyIds/0", () -> Fixtures.vision(v -> v.addLinks(
            DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.WOONVISIE).addPartyIds("corporatie-z").build()))),
        vision("WZ-REF-04", E, "/goals/0/indicatorId",
            () -> Fixtures.goal(g -> g.indicatorId("indicator-x"))),
        vision("WZ-REF-05", E, "/goals/0/scope/areaIds/1", () -> Fixtures.goal(g -> g.scope(
            Scope.builder().from(GemeenteA.clusteredHousingGoal().getScope())
                .addAreaIds("wijk-z").build()))),
        vision("WZ-REF-06", E, "/goals/0/ambitionId",
            () -> Fixtures.goal(g -> g.ambitionId("ambitie-onbekend"))),
        // SMART: goals
        vision("WZ-SMART-S-01", E, "/goals/0/scope",
            () -> Fixtures.goal(g -> g.scope(Scope.builder().build()))),
        vision("WZ-SMART-M-01", E, "/goals/0/target",
            () -> Fixtures.goal(g -> g.target(java.util.Optional.empty()))),
        vision("WZ-SMART-M-02", E, "/goals/0/indicator", () -> Fixtures.goal(g -> g
            .indicator(java.util.Optional.empty()).indicatorId(java.util.Optional.empty()))),
        vision("WZ-SMART-A-01", E, "/goals/0/ownerPartyIds",
            () -> Fixtures.goal(g -> g.ownerPartyIds(List.of()))),
        vision("WZ-SMART-A-02", W, "/goals/0/ownerPartyIds/2", () -> Fixtures.agreement(0,
            a -> a.parties(without(GemeenteA.clusteredHousingAgreement(), GemeenteA.CORPORATIE_Y)))),
        vision("WZ-SMART-R-01", E, "/goals/0/breakdowns/0",
            () -> Fixtures.goal(g -> g.target(Quantity.of(120, Unit.WONINGEN)))),
        vision("WZ-SMART-R-02", E, "/agreements/0/yearSlices/0/value",
            () -> Fixtures.agreement(0, a -> a.addYearSlices(YearSlice.of(2022, -20)))),
        vision("WZ-SMART-R-03", E, "/analysis/findings/0/figure", () -> Fixtures.vision(v -> v
            .analysis(Analysis.builder().from(GemeenteA.analysis()).findings(List.of(
                AnalysisFinding.builder().from(GemeenteA.analysis().getFindings().get(0))
                    .figure(Quantity.of(230, Unit.PROCENT)).build())).build()))),
        vision("WZ-SMART-R-04", I, "/goals/0/target",
            () -> Fixtures.goal(g -> g.baseline(Quantity.of(110, Unit.WONINGEN)))),
        vision("WZ-SMART-R-05", E, "/goals/0/baseline",
            () -> Fixtures.goal(g -> g.baseline(Quantity.of(23, Unit.PROCENT)))),
        vision("WZ-SMART-T-01", E, "/goals/0/deadline",
            () -> Fixtures.goal(g -> g.deadline(java.util.Optional.empty()))),
        vision("WZ-SMART-T-02", E, "/goals/0/deadline",
            () -> Fixtures.goal(g -> g.deadline(Deadline.ofYear(2030)))),
        // SMART: agreements
        vision("WZ-SMART-S-02", E, "/agreements/0/goalIds", () -> Fixtures.agreement(0,
            a -> a.goalIds(List.of()).topic(java.util.Optional.empty()))),
        vision("WZ-SMART-S-03", W, "/agreements/1/goalIds",
            () -> Fixtures.agreement(1, a -> a.relatedAgreementIds(List.of()))),
        vision("WZ-SMART-M-03", E, "/agreements/0/target", () -> Fixtures.agreement(0, a -> a
            .target(java.util.Optional.empty()).indicatorIds(List.of()).goalIds(List.of()))),
        vision("WZ-SMART-M-04", W, "/agreements/1/target",
            () -> Fixtures.agreement(1, a -> a.indicatorIds(List.of()).processTerms(
                ProcessTerms.of("jaarlijks monitoren, zonder vaste frequentie")))),
        vision("WZ-SMART-A-03", E, "/agreements/0/parties",
            () -> Fixtures.agreement(0, a -> a.parties(signingOnly(GemeenteA.clusteredHousingAgreement())))),
        vision("WZ-SMART-A-04", W, "/agreements/1/parties",
            () -> Fixtures.agreement(1, a -> a.parties(signingOnly(GemeenteA.monitoringAgreement())))),
        vision("WZ-SMART-T-03", E, "/agreements/0/deadline", () -> Fixtures.agreement(0,
            a -> a.deadline(java.util.Optional.empty()).period(java.util.Optional.empty()))),
        vision("WZ-SMART-T-04", W, "/agreements/1/deadline",
            () -> Fixtures.agreement(1, a -> a.period(java.util.Optional.empty()))),
        vision("WZ-SMART-T-06", E, "/agreements/0/deadline",
            () -> Fixtures.agreement(0, a -> a.period(YearPeriod.of(2026, 2030))
                .deadline(Deadline.ofYear(2030)))),
        vision("WZ-SMART-T-05", E, "/agreements/0/deadline",
            () -> Fixtures.agreement(0, a -> a.deadline(Deadline.ofYear(2027)))),
        // agreement types
        vision("WZ-TYPE-01", E, "/agreements/2/intentTerms",
            () -> Fixtures.extraAgreement(AgreementType.INTENTIEAFSPRAAK, a -> a)),
        vision("WZ-TYPE-02", E, "/agreements/2/transactionTerms",
            () -> Fixtures.extraAgreement(AgreementType.TRANSACTIEAFSPRAAK, a -> a.transactionTerms(
                TransactionTerms.of(Exchange.of(GemeenteA.CORPORATIE_X, "renovatie", "vastgoed"))))),
        vision("WZ-TYPE-03", E, "/agreements/2/transactionTerms/exchanges/1/partyId",
            () -> Fixtures.extraAgreement(AgreementType.TRANSACTIEAFSPRAAK,
                a -> a.transactionTerms(TransactionTerms.of(
                    Exchange.of(GemeenteA.CORPORATIE_X, "renovatie", "vastgoed"),
                    Exchange.of(GemeenteA.WELZIJN, "vastgoed", "renovatie"))))),
        vision("WZ-TYPE-04", E, "/agreements/2/guaranteeTerms/costBearerPartyIds",
            () -> Fixtures.extraAgreement(AgreementType.GARANTIEAFSPRAAK, a -> a.guaranteeTerms(
                GuaranteeTerms.of("kosten bij uithuiszetting na uitstroom worden gedeeld")))),
        vision("WZ-TYPE-05", E, "/agreements/1/processTerms",
            () -> Fixtures.agreement(1, a -> a.processTerms(java.util.Optional.empty()))),
        vision("WZ-TYPE-06", E, "/agreements/2/descriptiveTerms",
            () -> Fixtures.extraAgreement(AgreementType.BESCHRIJVENDE_AFSPRAAK, a -> a)),
        vision("WZ-TYPE-07", E, "/agreements/0/actionTerms",
            () -> Fixtures.agreement(0, a -> a.actionTerms(java.util.Optional.empty()))),
        vision("WZ-TYPE-08", E, "/agreements/0/type", () -> Fixtures.agreement(0,
            a -> a.type(Optional.empty()).actionTerms(Optional.empty()))),
        // breakdowns and yearly slices
        vision("WZ-SUM-01", E, "/programme/activities/2/breakdowns/0",
            () -> Fixtures.activity(2, a -> a.output(Quantity.of(90, Unit.WONINGEN)))),
        vision("WZ-SUM-02", E, "/goals/0/breakdowns/1/parts/1/year", () -> Fixtures.goal(g -> g
            .addBreakdowns(Breakdown.of(BreakdownDimension.JAAR,
                BreakdownPart.builder().label("2024").value(BigDecimal.valueOf(80)).year(2024).build(),
                BreakdownPart.builder().label("2027").value(BigDecimal.valueOf(30)).year(2027).build())))),
        vision("WZ-SUM-03", E, "/agreements/0/yearSlices/0/year",
            () -> Fixtures.agreement(0, a -> a.addYearSlices(YearSlice.of(2026, 10)))),
        vision("WZ-SUM-04", E, "/agreements/0/yearSlices",
            () -> Fixtures.agreement(0, a -> a.addYearSlices(YearSlice.of(2022, 30),
                YearSlice.of(2023, 30), YearSlice.of(2024, 30), YearSlice.of(2025, 30)))),
        vision("WZ-SUM-05", W, "/goals/0/breakdowns/1/parts", () -> Fixtures.goal(g -> g
            .addBreakdowns(Breakdown.of(BreakdownDimension.LOCATIE, BreakdownPart.of("locatie 1", 40),
                BreakdownPart.of("locatie 2", 40), BreakdownPart.of("locatie 3", 30))))),
        vision("WZ-SUM-08", E, "/goals/0/breakdowns/1/parts/1", () -> Fixtures.goal(g -> g
            .addBreakdowns(Breakdown.of(BreakdownDimension.PERIODE,
                BreakdownPart.builder().label("eerste helft 2024").value(BigDecimal.valueOf(55))
                    .year(2024).partOfYear(YearPart.EERSTE_HELFT).build(),
                BreakdownPart.builder().label("tweede kwartaal 2024").value(BigDecimal.valueOf(55))
                    .year(2024).partOfYear(YearPart.KWARTAAL_2).build())))),
        // signatories
        vision("WZ-SIGN-01", E, "/agreements/0/parties", () -> Fixtures.agreement(0,
            a -> a.parties(without(GemeenteA.clusteredHousingAgreement(), GemeenteA.HUURDERS)))),
        vision("WZ-SIGN-02", I, "/agreements/0/parties", GemeenteA::vision),
        // phases
        vision("WZ-PHASE-01", E, "/analysis",
            () -> Fixtures.vision(v -> v.analysis(java.util.Optional.empty()))),
        vision("WZ-PHASE-02", E, "/ambitions", () -> Fixtures.vision(v -> v.ambitions(List.of()))),
        vision("WZ-PHASE-03", E, "/programme",
            () -> Fixtures.vision(v -> v.programme(java.util.Optional.empty()))),
        vision("WZ-PHASE-04", E, "/programme/activities/3/budget",
            () -> Fixtures.activity(3, a -> a.budget(java.util.Optional.empty()))),
        vision("WZ-PHASE-05", E, "/monitoring",
            () -> Fixtures.vision(v -> v.monitoring(java.util.Optional.empty()))),
        vision("WZ-PHASE-06", E, "/phaseHistory/4/startDate", () -> Fixtures.vision(v -> v
            .phaseHistory(history(PhaseEntry.of(Phase.UITVOERING, LocalDate.of(2022, 4, 1),
                LocalDate.of(2023, 3, 1)))))),
        vision("WZ-PHASE-07", E, "/phaseHistory/1/skipReason", () -> Fixtures.vision(v -> v
            .phaseHistory(GemeenteA.vision().getPhaseHistory().stream()
                .filter(e -> e.getPhase() != Phase.VISIE).toList()))),
        vision("WZ-PHASE-08", E, "/currentPhase",
            () -> Fixtures.vision(v -> v.currentPhase(Phase.UITVOERING))),
        vision("WZ-PHASE-09", E, "/monitoring/indicators/0/goalIds", () -> Fixtures.vision(v -> v
            .monitoring(Monitoring.builder().from(GemeenteA.monitoring()).indicators(List.of(
                Indicator.builder().from(GemeenteA.monitoring().getIndicators().get(0))
                    .goalIds(List.of()).build())).build()))),
        // areas
        vision("WZ-AREA-01", E, "/area/code", () -> Fixtures.vision(v -> v.area(
            Area.builder().from(GemeenteA.vision().getArea()).code("GM9999").build()))),
        vision("WZ-AREA-02", E, "/areas/0/code", () -> Fixtures.vision(v -> v
            .area(Area.builder().from(GemeenteA.vision().getArea()).code("GM0344").build())
            .areas(List.of(Area.builder().from(GemeenteA.vision().getAreas().get(0))
                .code("WK036301").build())))),
        vision("WZ-AREA-03", E, "/areas/1/code", () -> Fixtures.vision(v -> v
            .area(Area.builder().from(GemeenteA.vision().getArea()).code("GM0344").build())
            .areas(List.of(
                Area.builder().from(GemeenteA.vision().getAreas().get(0)).code("WK034401").build(),
                Area.builder().id("buurt-z").type(AreaType.BUURT).name("Buurt z")
                    .parentId(GemeenteA.WIJK_Y).code("BU03630101").build())))),
        dwelling("WZ-AREA-04", E, "/municipalityCode",
            () -> Fixtures.dwelling().municipalityCode("GM9999").districtCode("WK999901").build()),
        // Ten Boer became part of Groningen in 2019; Gemeente A was adopted in December 2021.
        vision("WZ-AREA-05", E, "/area/code", () -> Fixtures.vision(v -> v.area(
            Area.builder().from(GemeenteA.vision().getArea()).code("GM0009").build()))),
        // Voorne aan Zee was created on 1 January 2023, after Gemeente A was adopted.
        vision("WZ-AREA-06", E, "/area/code", () -> Fixtures.vision(v -> v.area(
            Area.builder().from(GemeenteA.vision().getArea()).code("GM1992").build()))),
        // parties
        vision("WZ-PARTY-01", E, "/parties/6/collective/memberPartyIds/1",
            () -> Fixtures.vision(v -> v.addParties(VocabularyRulesTest.careProviders(
                GemeenteA.MARKTPARTIJ, GemeenteA.WELZIJN)))),
        // time
        vision("WZ-TIME-01", E, "/goals/0/start",
            () -> Fixtures.goal(g -> g.start(PartialDate.ofYear(2026)))),
        vision("WZ-TIME-02", W, "/programme/activities/0/recurrence", () -> Fixtures.activity(0,
            a -> a.recurrence(Frequency.onceEvery(4, CalendarPeriod.JAAR)))),
        vision("WZ-SUM-06", E, "/analysis/figures/0/breakdowns/0",
            () -> VocabularyRulesTest.withFigure(120, BreakdownPart.builder().label("corporatie")
                .value(BigDecimal.valueOf(80)).ownerCategory(OwnerCategory.CORPORATIE).build(),
                BreakdownPart.of("particuliere koop", 30))),
        vision("WZ-SUM-07", E, "/goals/0/breakdowns/0/parts/1",
            () -> VocabularyRulesTest.meetingRooms(2, 0, 0)),
        vision("WZ-SMART-M-05", E, "/goals/0/criteria/2/value", () -> Fixtures.goal(g -> g
            .addCriteria(Criterion.builder().kind(CriterionKind.MAXIMALE_AFSTAND_TOT_OV_HALTE)
                .description("op loopafstand").build()))),
        // links
        vision("WZ-LINK-01", E, "/links/0/documentId", () -> Fixtures.vision(v -> v.addLinks(
            DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.WOONZORGDOCUMENT).title("de woonzorganalyse").build()))),
        vision("WZ-LINK-02", E, "/agreements/0/links/0/documentId", () -> Fixtures.agreement(0,
            a -> a.addLinks(DocumentLink.toDocument(DocumentRelation.VERVANGT,
                GemeenteA.AGREEMENT_CLUSTERED)))),
        vision("WZ-TIME-03", E, "/goals/1/deadline", () -> VocabularyRulesTest.withTranche(
            GemeenteA.GOAL_CLUSTERED, Deadline.ofYear(2025))),
        // topics
        vision("WZ-TOPIC-01", I, "/vision/taskforceTopics", GemeenteA::vision),
        // dwellings
        dwelling("WZ-DWELLING-01", E, "/housingForm",
            () -> Fixtures.dwelling().housingForm(HousingForm.GEB_WONING).build()),
        dwelling("WZ-DWELLING-02", E, "/accessibilityLabel",
            () -> Fixtures.dwelling().housingForm(HousingForm.ZORGGESCHIKTE_WONING)
                .accessibilityLabel(AccessibilityLabel.ROLLATORWONING_GEEN_NULTREDENWONING).build()),
        dwelling("WZ-DWELLING-03", E, "/unitDetailKind",
            () -> Fixtures.dwelling().unitDetailKind(UnitDetailKind.KAMER).build()),
        dwelling("WZ-DWELLING-04", W, "/accessibilityLabel",
            () -> Fixtures.dwelling().housingForm(HousingForm.ZORGGESCHIKTE_WONING).build()),
        dwelling("WZ-DWELLING-05", W, "/accessibilityLabel",
            () -> Fixtures.dwelling().accessibilityLabel(java.util.Optional.empty()).build()),
        // buildings
        building("WZ-BLD-01", E, "/meetingRoom",
            () -> Fixtures.building().meetingRoom(Presence.AFWEZIG).build()),
        building("WZ-BLD-02", E, "/unitCount",
            () -> Fixtures.building().unitCount(11).seniorUnitCount(11).build()),
        new Case("WZ-BLD-03", E, "/seniorUnitCount", validator -> WoonzorgValidator.builder()
            .criteria(List.of(Criterion.of(CriterionKind.MINIMAAL_AANDEEL_WONINGEN_55_PLUS,
                Quantity.of(75, Unit.PROCENT)))).build()
            .validate(Fixtures.building().unitCount(40).seniorUnitCount(29).build())),
        building("WZ-BLD-04", E, "/lift",
            () -> Fixtures.building().lift(Presence.AFWEZIG).build()),
        building("WZ-BLD-05", E, "/seniorUnitCount",
            () -> Fixtures.building().seniorUnitCount(21).build()),
        building("WZ-AREA-04", E, "/municipalityCode", () -> Fixtures.building()
            .municipalityCode("GM9999").districtCode("WK999901").build()),
        building("WZ-AREA-05", E, "/municipalityCode", () -> Fixtures.building()
            .municipalityCode("GM0457").districtCode("WK045701").build()),
        new Case("WZ-AREA-06", E, "/municipalityCode", validator -> WoonzorgValidator.builder()
            .referenceDate(LocalDate.of(2022, 12, 31)).build().validate(Fixtures.building()
                .municipalityCode("GM1992").districtCode("WK199201").build())),
        new Case("WZ-BLD-06", E, "/buildingId", validator -> BuildingReferences.of(validator)
            .checkDwelling(Fixtures.dwelling().buildingId("complex-9").build())),
        new Case("WZ-BLD-07", W, "/0/unitCount", validator -> {
          BuildingReferences references = BuildingReferences.of(validator);
          references.addBuilding(JsonPointer.root().append(0), Fixtures.building().build());
          references.checkDwelling(Fixtures.dwelling().buildingId("complex-1").build());
          return references.unitCounts();
        }));
  }

  private static Case building(String id, Severity severity, String pointer,
      Supplier<Building> building) {
    return new Case(id, severity, pointer, validator -> validator.validate(building.get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void triggers(Case c) {
    Report report = c.report().apply(VALIDATOR);
    List<Finding> found = report.findings(c.id());
    assertTrue(found.stream().anyMatch(f -> f.getLocation().equals(JsonPointer.parse(c.pointer()))),
        c.id() + " not at " + c.pointer() + "; report: " + report.getFindings());
    for (Finding finding : found) {
      assertEquals(c.severity(), finding.getSeverity(), finding.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void isSilentOnDataThatIsRight(String id) {
    for (Report report : cleanReports()) {
      assertEquals(List.of(), report.findings(id), report.getSubject().orElse(""));
    }
  }

  static Stream<String> ruleIds() {
    return WoonzorgValidator.builtInRules().stream().map(RuleDefinition::id);
  }

  @Test
  void everyRuleHasACase() {
    Set<String> covered = cases().map(Case::id).collect(Collectors.toCollection(TreeSet::new));
    covered.add(BeanConstraints.OTHER); // triggered in BeanConstraintsTest: the model has no such constraint
    Set<String> all = ruleIds().collect(Collectors.toCollection(TreeSet::new));
    Set<String> uncovered = new TreeSet<>(all);
    uncovered.removeAll(covered);
    assertEquals(Set.of(), uncovered, "rules without a case: add a Case for each to cases()");
    assertEquals(all, covered);
  }

  /**
   * Gemeente A covering all eleven topics and co-signed by its welfare organisation — the two
   * pieces of advice the example does not follow — validated whole and in parts, and a clean
   * dwelling record.
   */
  static List<Report> cleanReports() {
    HousingCareVision vision = clean();
    List<Report> reports = new ArrayList<>();
    reports.add(VALIDATOR.validate(vision));
    vision.getGoals().forEach(goal -> reports.add(VALIDATOR.validate(goal)));
    vision.getAgreements().forEach(agreement -> reports.add(VALIDATOR.validate(agreement)));
    reports.add(VALIDATOR.validate(Fixtures.dwelling().build()));
    reports.add(VALIDATOR.validate(CycleDocuments.analysis()));
    reports.add(VALIDATOR.validate(AgreementsDocument.builder().from(CycleDocuments.agreements())
        .agreements(vision.getAgreements()).build()));
    reports.add(VALIDATOR.validate(CycleDocuments.covenant()));
    reports.add(VALIDATOR.validate(CycleDocuments.programme()));
    reports.add(VALIDATOR.validate(CycleDocuments.monitor()));
    reports.add(VALIDATOR.validate(Fixtures.dwelling().housingForm(HousingForm.ZORGGESCHIKTE_WONING)
        .accessibilityLabel(AccessibilityLabel.ROLSTOELWONING).build()));
    reports.add(VALIDATOR.validate(Fixtures.building().build()));
    reports.add(VALIDATOR.validate(Building.of("not-clustered", BuildingKind.GEBOUW)));
    BuildingReferences references = BuildingReferences.of(VALIDATOR);
    references.addBuilding(JsonPointer.root().append(0),
        Fixtures.building().unitCount(2).seniorUnitCount(2).build());
    for (int i = 0; i < 2; i++) {
      reports.add(references.checkDwelling(Fixtures.dwelling().buildingId("complex-1").build()));
    }
    reports.add(references.checkDwelling(Fixtures.dwelling().build()));
    reports.add(references.unitCounts());
    return reports;
  }

  static HousingCareVision clean() {
    List<PerformanceAgreement> agreements = new ArrayList<>();
    for (PerformanceAgreement agreement : GemeenteA.vision().getAgreements()) {
      agreements.add(PerformanceAgreement.builder().from(agreement)
          .parties(without(agreement, GemeenteA.WELZIJN))
          .addParties(AgreementParty.of(GemeenteA.WELZIJN, PartyRole.ONDERTEKENAAR))
          .build());
    }
    return Fixtures.vision(v -> v.agreements(agreements)
        .vision(VisionStatement.builder().from(GemeenteA.visionStatement())
            .taskforceTopics(Set.of(TaskforceTopic.values())).build()));
  }

  private static List<AgreementParty> withParty(PerformanceAgreement agreement,
      AgreementParty party) {
    List<AgreementParty> parties = new ArrayList<>(agreement.getParties());
    parties.add(party);
    return parties;
  }

  private static List<AgreementParty> without(PerformanceAgreement agreement, String partyId) {
    return agreement.getParties().stream().filter(p -> !p.getPartyId().equals(partyId)).toList();
  }

  private static List<AgreementParty> signingOnly(PerformanceAgreement agreement) {
    return agreement.getParties().stream()
        .map(p -> AgreementParty.of(p.getPartyId(), PartyRole.ONDERTEKENAAR)).toList();
  }

  private static List<PhaseEntry> history(PhaseEntry replacedUitvoering) {
    return GemeenteA.vision().getPhaseHistory().stream()
        .map(e -> e.getPhase() == Phase.UITVOERING ? replacedUitvoering : e).toList();
  }

  @Test
  void aBindingAgreementNeedsATargetAndAnIndicatorButOnItsOwnItsGoalsAreGivenTheBenefit() {
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    PerformanceAgreement targetOnly = PerformanceAgreement.builder()
        .from(GemeenteA.clusteredHousingAgreement()).indicatorIds(List.of()).goalIds(List.of())
        .build();
    assertEquals(List.of("/target"), validator.validate(targetOnly).findings("WZ-SMART-M-03")
        .stream().map(f -> f.getLocation().toString()).toList(), "a target without an indicator");

    PerformanceAgreement throughItsGoal = PerformanceAgreement.builder()
        .from(GemeenteA.clusteredHousingAgreement())
        .target(java.util.Optional.empty()).indicatorIds(List.of()).build();
    assertEquals(List.of(), validator.validate(throughItsGoal).findings("WZ-SMART-M-03"),
        "validated on its own, the goal it names cannot be judged");
    assertEquals(List.of(), validator.validate(Fixtures.agreement(0,
            a -> a.target(java.util.Optional.empty()).indicatorIds(List.of())))
        .findings("WZ-SMART-M-03"), "in the vision its goal has target and indicator");
  }

  @Test
  void percentageSharesAddUpTo100WhateverTheOutput() {
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    Breakdown shares = Breakdown.builder().dimension(BreakdownDimension.HUURSEGMENT)
        .unit(Unit.PROCENT)
        .addParts(BreakdownPart.of("sociale huur", 50), BreakdownPart.of("middenhuur", 40))
        .build();
    Report report = validator.validate(Fixtures.activity(3, a -> a.breakdowns(List.of(shares))));
    Finding finding = report.findings("WZ-SUM-01").get(0);
    assertEquals("/programme/activities/3/breakdowns/0", finding.getLocation().toString());
    assertEquals(java.util.Optional.of("90"), finding.getValue());

    Breakdown perLocation = Breakdown.builder().dimension(BreakdownDimension.LOCATIE)
        .unit(Unit.LOCATIES).addParts(BreakdownPart.of("locatie y", 1)).build();
    assertEquals(List.of(), validator.validate(
        Fixtures.activity(3, a -> a.breakdowns(List.of(perLocation)))).findings("WZ-SUM-01"),
        "a breakdown in another unit than the output's leaves nothing to add up");
  }

  @Test
  void theConceptProfileMakesIncompletenessAWarning() {
    WoonzorgValidator concept = WoonzorgValidator.builder().profile(Profile.CONCEPT).build();
    Report report = concept.validate(Fixtures.goal(g -> g.target(java.util.Optional.empty())));
    assertEquals(List.of(W), report.findings("WZ-SMART-M-01").stream()
        .map(Finding::getSeverity).toList());
    Report contradiction = concept.validate(
        Fixtures.goal(g -> g.target(Quantity.of(120, Unit.WONINGEN))));
    assertEquals(List.of(E), contradiction.findings("WZ-SMART-R-01").stream()
        .map(Finding::getSeverity).toList());
  }

  @Test
  void aGoalOnItsOwnGetsPointersRelativeToTheGoal() {
    Goal goal = Goal.builder().from(GemeenteA.clusteredHousingGoal())
        .target(java.util.Optional.empty()).title(" ").build();
    Report report = VALIDATOR.validate(goal);
    assertEquals(List.of("/target WZ-SMART-M-01 ERROR", "/title WZ-BEAN-NOTBLANK ERROR"),
        report.getFindings().stream()
            .map(f -> f.getLocation() + " " + f.getRuleId() + " " + f.getSeverity()).toList());
    assertEquals(GemeenteA.GOAL_CLUSTERED, report.getSubject().orElseThrow());
  }

  @Test
  void anAgreementOnItsOwnSkipsWhatNeedsTheVision() {
    PerformanceAgreement agreement = PerformanceAgreement.builder()
        .from(GemeenteA.clusteredHousingAgreement()).parties(List.of())
        .deadline(Deadline.ofYear(2027)).build();
    Report report = VALIDATOR.validate(agreement);
    assertEquals(List.of("/deadline WZ-SMART-T-05 ERROR", "/parties WZ-SMART-A-03 ERROR"),
        report.getFindings().stream()
            .map(f -> f.getLocation() + " " + f.getRuleId() + " " + f.getSeverity()).toList());
  }
}
