package nl.woonzorg.testkit.gen;

import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.monitoring.Prevalence;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.time.YearPeriod;

/**
 * A generated vision taken apart into the documents of its cycle: each document has the vision's
 * header (id, title, area, parties, areas) and the vision's part of its kind, so that it is as
 * valid as the vision was. Stateless.
 */
final class CycleDocuments {

  private CycleDocuments() {}

  /** The document of {@code type} that {@code vision}'s part of that kind makes. */
  static PolicyDocument of(HousingCareVision vision, DocumentType<?> type) {
    if (type == DocumentType.ANALYSIS) {
      return analysis(vision);
    } else if (type == DocumentType.AGREEMENTS) {
      return AgreementsDocument.builder().from(header(vision, "prestatieafspraken"))
          .period(vision.getPeriod()).goals(vision.getGoals())
          .agreements(vision.getAgreements()).build();
    } else if (type == DocumentType.COVENANT) {
      return covenant(vision);
    } else if (type == DocumentType.PROGRAMME) {
      ImplementationProgramme programme =
          vision.getProgramme().orElseGet(() -> ImplementationProgramme.builder().build());
      return ProgrammeDocument.builder().from(header(vision, "uitvoeringsprogramma"))
          .period(vision.getPeriod()).programme(programme)
          .adoptedByPartyIds(List.of(vision.getParties().get(0).getId()))
          .adoptedIn(vision.getPeriod().map(years -> PartialDate.ofYear(years.getFromYear())))
          .analysis(vision.getAnalysis()).vision(vision.getVision())
          .ambitions(vision.getAmbitions()).goals(vision.getGoals())
          .monitoring(vision.getMonitoring()).build();
    } else if (type == DocumentType.MONITOR) {
      return monitor(vision);
    }
    throw new IllegalArgumentException(type + " is not a document of the cycle besides the vision");
  }

  /** The five kinds of document besides the vision, in {@link DocumentType#all()} order. */
  static final List<DocumentType<?>> KINDS = DocumentType.all().stream()
      .filter(DocumentType::isPolicyDocument).toList();

  /** The header the documents share, carried by an empty analysis document. */
  private static AnalysisDocument header(HousingCareVision vision, String kind) {
    return AnalysisDocument.builder()
        .id(kind + "-" + vision.getId())
        .title(kind + " " + vision.getTitle())
        .area(vision.getArea())
        .parties(vision.getParties())
        .areas(vision.getAreas())
        .links(vision.getLinks())
        .analysis(Analysis.builder().build())
        .build();
  }

  private static AnalysisDocument analysis(HousingCareVision vision) {
    return AnalysisDocument.builder().from(header(vision, "analyse"))
        .addAuthorPartyIds(vision.getParties().get(0).getId())
        .horizonYear(vision.getPeriod().map(YearPeriod::getToYear))
        .analysis(vision.getAnalysis().orElseGet(() -> Analysis.builder().build()))
        .build();
  }

  private static CovenantDocument covenant(HousingCareVision vision) {
    List<String> parties = vision.getParties().stream().map(Party::getId).toList();
    CovenantDocument.Builder covenant = CovenantDocument.builder()
        .id("convenant-" + vision.getId())
        .title("convenant " + vision.getTitle())
        .area(vision.getArea())
        .period(vision.getPeriod())
        .parties(vision.getParties())
        .areas(vision.getAreas())
        .links(vision.getLinks())
        .kind(CovenantKind.CONVENANT)
        .signedIn(vision.getPeriod().map(years -> PartialDate.ofYear(years.getFromYear())))
        .goals(vision.getGoals())
        .signatoryPartyIds(parties)
        .cooperation(vision.getCooperation());
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      PerformanceAgreement agreement = vision.getAgreements().get(i);
      covenant.addTasks(CovenantTask.builder().id("taak-" + i)
          .description(agreement.getTitle()).partyIds(parties)
          .ownerPartyId(parties.get(0)).scope(agreement.getScope())
          .goalIds(agreement.getGoalIds()).build());
    }
    return covenant.build();
  }

  private static MonitorReport monitor(HousingCareVision vision) {
    Monitoring monitoring = vision.getMonitoring().orElseGet(() -> Monitoring.builder().build());
    // A monitor reports on the years its measurements fall in; the vision's if they all do.
    Optional<YearPeriod> period = vision.getPeriod().filter(years -> monitoring.getMeasurements()
        .stream().map(Measurement::getReferenceDate).allMatch(d -> years.contains(d.getYear())));
    MonitorReport.Builder monitor = MonitorReport.builder()
        .id("monitor-" + vision.getId())
        .title("monitor " + vision.getTitle())
        .area(vision.getArea())
        .period(period)
        .parties(vision.getParties())
        .areas(vision.getAreas())
        .links(vision.getLinks())
        .addAuthorPartyIds(vision.getParties().get(0).getId())
        .monitoring(monitoring);
    if (!monitoring.getIndicators().isEmpty()) {
      monitor.addConclusions(MonitorConclusion.builder().id("conclusie-1")
          .statement("De indicatoren zijn gevolgd.").prevalence(Prevalence.ALLE)
          .addIndicatorIds(monitoring.getIndicators().get(0).getId()).build());
    }
    return monitor.build();
  }
}
