package nl.woonzorg.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.DocumentSection;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.monitoring.Prevalence;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import nl.woonzorg.model.vision.TaskforceTheme;
import nl.woonzorg.model.vision.TaskforceTopic;

/**
 * Gemeente A's documents of the cycle with every property format 1.1 added for the field's real
 * documents (issue 16's re-measure) set, so that the round trip and the schemas cover them.
 */
final class RealDocumentsFixture {

  private static final DocumentLink ADDENDUM = DocumentLink.builder()
      .relation(DocumentRelation.HEEFT_ADDENDUM).kind(PolicyDocumentKind.REGIOVISIE_OUDERENZORG)
      .title("Regiovisie ouderenzorg").issued(PartialDate.of(2021, 5))
      .addPartyIds(GemeenteA.GEMEENTE).purpose("Meer urgentie en snelheid.").build();

  private RealDocumentsFixture() {}

  static List<Object> documents() {
    AnalysisDocument analysis = CycleDocuments.analysis();
    AgreementsDocument agreements = CycleDocuments.agreements();
    CovenantDocument covenant = CycleDocuments.covenant();
    ProgrammeDocument programme = CycleDocuments.programme();
    MonitorReport monitor = CycleDocuments.monitor();
    Scope elderly = Scope.builder().addTargetGroups(TargetGroup.OUDEREN)
        .addDwellingTypes(DwellingType.TUSSENVORMEN).build();
    return List.of(
        AnalysisDocument.builder().from(analysis).publishedOn(java.util.Optional.empty())
            .publishedIn(PartialDate.ofYear(2021)).scope(elderly)
            .addSections(DocumentSection.VISIE, DocumentSection.VERKENNING,
                DocumentSection.VOORSTELLEN)
            .addLinks(ADDENDUM)
            .analysis(Analysis.builder().from(analysis.getAnalysis())
                .addFindings(AnalysisFinding.builder().id("bevinding-plus")
                    .statement("Geclusterd wonen plus vraagt om samenwerking.")
                    .addDwellingTypes(DwellingType.GECLUSTERD_WONEN_PLUS)
                    .addPartyIds(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X)
                    .horizonInYears(15).build())
                .build())
            .addProposals(Goal.builder().id("voorstel-per-wijk").title("Woningen per wijk")
                .addFindingIds("bevinding-plus")
                .addBreakdowns(Breakdown.of(BreakdownDimension.GEBIED)).build())
            .build(),
        AgreementsDocument.builder().from(agreements).signedOn(java.util.Optional.empty())
            .signedIn(PartialDate.of(2021, YearPart.VOORJAAR))
            .addAmbitions(Ambition.of("ambitie-verdubbeling", "Meer bouwen."))
            .addGoals(Goal.builder().id("doel-verdubbeling").title("Verdubbeling")
                .ambitionId("ambitie-verdubbeling").targetFactor(BigDecimal.valueOf(2)).build())
            .build(),
        CovenantDocument.builder().from(covenant).signedOn(java.util.Optional.empty())
            .signedIn(PartialDate.ofYear(2018)).scope(elderly)
            .analysis(Analysis.builder().addFindings(AnalysisFinding.of("vergrijsd",
                "Delen behoren tot de meest vergrijsde van Nederland.")).build())
            .addGoals(Goal.builder().id("doel-uitstroom").title("Uitstroom jeugdzorg").build())
            .addTasks(CovenantTask.builder().id("taak-uitstroom").description("Huisvesting.")
                .ownerPartyId(GemeenteA.GEMEENTE).addGoalIds("doel-uitstroom")
                .scope(Scope.builder().addTargetGroups(TargetGroup.UITSTROOM_JEUGDZORG).build())
                .build())
            .addLinks(DocumentLink.builder().relation(DocumentRelation.VERWEZEN_VANUIT)
                .kind(PolicyDocumentKind.PRESTATIEAFSPRAKEN).title("Prestatieafspraken").build())
            .build(),
        ProgrammeDocument.builder().from(programme).adoptedOn(java.util.Optional.empty())
            .adoptedIn(PartialDate.ofYear(2019))
            .addSections(DocumentSection.ANALYSE, DocumentSection.AMBITIE,
                DocumentSection.PIJLERS, DocumentSection.UITVOERING, DocumentSection.MONITORING)
            .analysis(GemeenteA.vision().getAnalysis()).ambitions(GemeenteA.vision().getAmbitions())
            .goals(GemeenteA.vision().getGoals()).monitoring(GemeenteA.vision().getMonitoring())
            .programme(ImplementationProgramme.builder().from(programme.getProgramme())
                .addActivities(Activity.builder().id("fitfestivals").title("FitFestivals")
                    .deadline(PartialDate.ofYear(2030)).addTargetGroups(TargetGroup.OUDEREN)
                    .build())
                .build())
            .build(),
        MonitorReport.builder().from(monitor).publishedIn(PartialDate.ofYear(2024))
            .purpose("Ter ondersteuning van het beleid.")
            .monitoring(Monitoring.builder().from(monitor.getMonitoring())
                .addIndicators(Indicator.builder().id("geclusterd").name("Geclusterde woningen")
                    .unit(nl.woonzorg.model.quantity.Unit.WONINGEN).scope(elderly).build())
                .addMeasurements(Measurement.builder().indicatorId("geclusterd")
                    .referenceDate(LocalDate.of(2023, 1, 1)).value(BigDecimal.TEN)
                    .referencedAs(PartialDate.ofYear(2023)).build())
                .build())
            .addConclusions(MonitorConclusion.builder().id("conclusie-thema")
                .statement("Het overgrote deel heeft een visie op langer thuis wonen.")
                .addThemes(TaskforceTheme.LANGER_ZELFSTANDIG_THUIS_WONEN)
                .addTopics(TaskforceTopic.WOONBEHOEFTEN).scope(elderly)
                .prevalence(Prevalence.OVERGROTE_DEEL).build())
            .build());
  }
}
