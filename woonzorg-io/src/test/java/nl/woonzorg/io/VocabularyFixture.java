package nl.woonzorg.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.OwnerCategory;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.targetgroup.AgeBand;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.cooperation.Consultation;
import nl.woonzorg.model.cooperation.ConsultationLevel;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.cooperation.Covenant;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;

/**
 * Gemeente A with every property that format 1.1 added to the vocabulary set, so that the round
 * trip and the schema tests cover each of them.
 */
final class VocabularyFixture {

  private VocabularyFixture() {}

  static HousingCareVision vision() {
    HousingCareVision a = GemeenteA.vision();
    return HousingCareVision.builder().from(a)
        .id("wzv-gemeente-a-1.1")
        .addParties(
            Party.builder().id("zorgaanbieders-regio").name("De zorgaanbieders in de regio")
                .type(PartyType.ZORGAANBIEDER).collective(Collective.unnamed()).build(),
            Party.builder().id("corporaties").name("De corporaties in gemeente A")
                .type(PartyType.WONINGCORPORATIE)
                .collective(Collective.builder()
                    .addMemberPartyIds(GemeenteA.CORPORATIE_X, GemeenteA.CORPORATIE_Y)
                    .description("beide corporaties met bezit in gemeente A").build())
                .build(),
            Party.of("aedes", "Aedes", PartyType.BRANCHEORGANISATIE),
            Party.of("bureau", "Onderzoeksbureau", PartyType.ONDERZOEKSBUREAU),
            Party.of("provincie", "Provincie", PartyType.PROVINCIE))
        .analysis(Analysis.builder().from(a.getAnalysis().orElseThrow())
            .findings(a.getAnalysis().orElseThrow().getFindings().stream()
                .map(f -> AnalysisFinding.builder().from(f).horizonYear(2036).build()).toList())
            .addFigures(SupplyDemandFigure.builder().id("aanbod-geclusterd")
                .kind(FigureKind.AANBOD).year(2024).value(Quantity.of(110, Unit.WONINGEN))
                .addBreakdowns(Breakdown.of(BreakdownDimension.EIGENDOM,
                    BreakdownPart.builder().label("corporatie").value(BigDecimal.valueOf(80))
                        .ownerCategory(OwnerCategory.CORPORATIE).build(),
                    BreakdownPart.builder().label("particuliere huur").value(BigDecimal.valueOf(30))
                        .ownerCategory(OwnerCategory.PARTICULIER_HUUR).build()))
                .build())
            .build())
        .monitoring(Monitoring.builder().from(a.getMonitoring().orElseThrow())
            .addMeasurements(Measurement.builder().indicatorId(GemeenteA.INDICATOR_CLUSTERED)
                .referenceDate(LocalDate.of(2024, 1, 1)).value(BigDecimal.valueOf(40))
                .addBreakdowns(Breakdown.builder().dimension(BreakdownDimension.CLUSTERINGSVORM)
                    .unit(Unit.PROCENT)
                    .addParts(BreakdownPart.builder().label("complex")
                        .value(BigDecimal.valueOf(75))
                        .clusteringForm(ClusteringForm.IN_EEN_COMPLEX).build(),
                        BreakdownPart.builder().label("verspreid").value(BigDecimal.valueOf(25))
                        .clusteringForm(ClusteringForm.VERSPREID_IN_DE_BUURT).build())
                    .build())
                .build())
            .build())
        .goals(a.getGoals().stream().map(goal -> Goal.builder().from(goal)
            .start(PartialDate.of(2022, YearPart.VOORJAAR))
            .addCriteria(Criterion.builder().kind(CriterionKind.MINIMAAL_AANTAL_PER_GEBIED)
                .value(Quantity.of(1, Unit.ONTMOETINGSRUIMTEN)).areaType(AreaType.WIJK)
                .description("in elke wijk tenminste één ontmoetingsruimte").build())
            .build()).toList())
        .addGoals(Goal.builder().from(a.getGoals().get(0)).id("doel-tranche-2")
            .title("Nog eens 50 geclusterde wooneenheden bovenop de 110")
            .target(Quantity.of(50, Unit.WONINGEN))
            .breakdowns(java.util.List.of(Breakdown.of(BreakdownDimension.PERIODE,
                BreakdownPart.builder().label("eerste helft 2030").value(BigDecimal.valueOf(25))
                    .year(2030).partOfYear(YearPart.EERSTE_HELFT).build(),
                BreakdownPart.builder().label("tweede helft 2030").value(BigDecimal.valueOf(25))
                    .year(2030).partOfYear(YearPart.TWEEDE_HELFT).build())))
            .additionalToGoalId(a.getGoals().get(0).getId())
            .deadline(nl.woonzorg.model.time.Deadline.ofYear(2031)).build())
        .programme(ImplementationProgramme.builder().from(a.getProgramme().orElseThrow())
            .activities(a.getProgramme().orElseThrow().getActivities().stream()
                .map(activity -> Activity.builder().from(activity)
                    .start(PartialDate.ofYear(2018))
                    .recurrence(Frequency.onceEvery(2, CalendarPeriod.JAAR)).build())
                .toList())
            .build())
        .cooperation(Cooperation.builder()
            .addConsultations(Consultation.builder().id("bestuurlijk-overleg")
                .name("Bestuurlijk overleg wonen en zorg").level(ConsultationLevel.BESTUURLIJK)
                .frequency(Frequency.of(2, CalendarPeriod.JAAR)).since(PartialDate.of(2019, 3))
                .addPartyIds(GemeenteA.GEMEENTE, "corporaties", "zorgaanbieders-regio").build())
            .addCovenants(Covenant.builder().id("addendum").title("Addendum convenant")
                .kind(CovenantKind.CONVENANT).addLinks(DocumentLink.of(
                    DocumentRelation.ADDENDUM_BIJ, PolicyDocumentKind.CONVENANT,
                    "Convenant wonen met zorg")).build())
            .build())
        .agreements(a.getAgreements().stream().map(agreement -> PerformanceAgreement.builder()
            .from(agreement).addParties(AgreementParty.of("provincie", PartyRole.TOEZICHTHOUDER))
            .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN_85_PLUS,
                    TargetGroup.ANDERE_ZORGBEHOEVENDEN)
                .addAgeBands(AgeBand.between(65, 74), AgeBand.from(85))
                .addDwellingTypes(DwellingType.WONEN_MET_ZORG, DwellingType.GECLUSTERD_WONEN_PLUS)
                .addAreaIds(GemeenteA.WIJK_Y).build())
            .addLinks(DocumentLink.of(DocumentRelation.VERWIJST_NAAR,
                PolicyDocumentKind.INKOOPVOORWAARDEN, "Inkoopkader Wlz zorgkantoor"))
            .build()).toList())
        .addLinks(DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.WOONVISIE).title("Woonvisie gemeente A")
                .address("https://example.org/woonvisie").issued(PartialDate.ofYear(2020))
                .build(),
            DocumentLink.toDocument(DocumentRelation.VERVANGT, "woonzorgvisie-gemeente-a"))
        .build();
  }
}
