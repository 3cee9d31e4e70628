package nl.woonzorg.examples.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Bottleneck;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import org.jspecify.annotations.Nullable;

/**
 * The lists of each document kind that {@code convert --parts} writes as NDJSON files of their
 * own, one element a line, and joins back into the document: a vision's and prestatieafspraken'
 * goals and agreements, the measurements of a vision and a monitor, a monitor's indicators and
 * conclusions, an analysis's figures, bottlenecks and findings, a programme's goals and
 * activities, a covenant's goals, agreements, tasks and werkafspraken. Goals, agreements and measurements are records of their own
 * document type (with {@code formatVersion} and {@code documentType}, so that {@code validate}
 * checks them); the other parts are the elements as they stand in the document.
 *
 * @param <D> the document's model type
 * @param <E> the element's model type
 * @param file the part's file name in the parts directory
 * @param element the element's model type
 * @param recordType the element's document type; null where the element is no document of its own
 * @param get the part's elements in a document
 * @param with a document with the part's elements replaced
 */
record DocumentParts<D, E>(String file, Class<E> element, @Nullable DocumentType<E> recordType,
    Function<D, List<E>> get, BiFunction<D, List<E>, D> with) {

  /** The file of a parts directory that holds a vision without its parts. */
  static final String VISION_PART = "vision.json";
  /** The file of a parts directory that holds any other document without its parts. */
  static final String DOCUMENT_PART = "document.json";

  private static final String GOALS = "goals.ndjson";
  private static final String AGREEMENTS = "agreements.ndjson";
  private static final String MEASUREMENTS = "measurements.ndjson";

  /** The parts of each document kind, in the order they are written and joined. */
  static final Map<DocumentType<?>, List<DocumentParts<?, ?>>> OF = Map.of(
      DocumentType.VISION, List.of(
          new DocumentParts<HousingCareVision, Goal>(GOALS, Goal.class, DocumentType.GOAL,
              HousingCareVision::getGoals,
              (d, e) -> HousingCareVision.builder().from(d).goals(e).build()),
          new DocumentParts<HousingCareVision, PerformanceAgreement>(AGREEMENTS,
              PerformanceAgreement.class, DocumentType.AGREEMENT,
              HousingCareVision::getAgreements,
              (d, e) -> HousingCareVision.builder().from(d).agreements(e).build()),
          new DocumentParts<HousingCareVision, Measurement>(MEASUREMENTS, Measurement.class,
              DocumentType.MEASUREMENT,
              d -> d.getMonitoring().map(Monitoring::getMeasurements).orElse(List.of()),
              (d, e) -> withMeasurements(d, e))),
      DocumentType.AGREEMENTS, List.of(
          new DocumentParts<AgreementsDocument, Goal>(GOALS, Goal.class, DocumentType.GOAL,
              AgreementsDocument::getGoals,
              (d, e) -> AgreementsDocument.builder().from(d).goals(e).build()),
          new DocumentParts<AgreementsDocument, PerformanceAgreement>(AGREEMENTS,
              PerformanceAgreement.class, DocumentType.AGREEMENT,
              AgreementsDocument::getAgreements,
              (d, e) -> AgreementsDocument.builder().from(d).agreements(e).build())),
      DocumentType.MONITOR, List.of(
          new DocumentParts<MonitorReport, Indicator>("indicators.ndjson", Indicator.class, null,
              d -> d.getMonitoring().getIndicators(),
              (d, e) -> MonitorReport.builder().from(d).monitoring(Monitoring.builder()
                  .from(d.getMonitoring()).indicators(e).build()).build()),
          new DocumentParts<MonitorReport, Measurement>(MEASUREMENTS, Measurement.class,
              DocumentType.MEASUREMENT, d -> d.getMonitoring().getMeasurements(),
              (d, e) -> MonitorReport.builder().from(d).monitoring(Monitoring.builder()
                  .from(d.getMonitoring()).measurements(e).build()).build()),
          new DocumentParts<MonitorReport, MonitorConclusion>("conclusions.ndjson",
              MonitorConclusion.class, null, MonitorReport::getConclusions,
              (d, e) -> MonitorReport.builder().from(d).conclusions(e).build())),
      DocumentType.ANALYSIS, List.of(
          new DocumentParts<AnalysisDocument, SupplyDemandFigure>("figures.ndjson",
              SupplyDemandFigure.class, null, d -> d.getAnalysis().getFigures(),
              (d, e) -> withAnalysis(d, Analysis.builder().from(d.getAnalysis()).figures(e))),
          new DocumentParts<AnalysisDocument, Bottleneck>("bottlenecks.ndjson",
              Bottleneck.class, null, d -> d.getAnalysis().getBottlenecks(),
              (d, e) -> withAnalysis(d,
                  Analysis.builder().from(d.getAnalysis()).bottlenecks(e))),
          new DocumentParts<AnalysisDocument, AnalysisFinding>("findings.ndjson",
              AnalysisFinding.class, null, d -> d.getAnalysis().getFindings(),
              (d, e) -> withAnalysis(d, Analysis.builder().from(d.getAnalysis()).findings(e)))),
      DocumentType.PROGRAMME, List.of(
          new DocumentParts<ProgrammeDocument, Goal>(GOALS, Goal.class, DocumentType.GOAL,
              ProgrammeDocument::getGoals,
              (d, e) -> ProgrammeDocument.builder().from(d).goals(e).build()),
          new DocumentParts<ProgrammeDocument, Activity>("activities.ndjson", Activity.class,
              null, d -> d.getProgramme().getActivities(),
              (d, e) -> ProgrammeDocument.builder().from(d).programme(ImplementationProgramme
                  .builder().from(d.getProgramme()).activities(e).build()).build())),
      DocumentType.COVENANT, List.of(
          new DocumentParts<CovenantDocument, Goal>(GOALS, Goal.class, DocumentType.GOAL,
              CovenantDocument::getGoals,
              (d, e) -> CovenantDocument.builder().from(d).goals(e).build()),
          new DocumentParts<CovenantDocument, PerformanceAgreement>(AGREEMENTS,
              PerformanceAgreement.class, DocumentType.AGREEMENT,
              CovenantDocument::getAgreements,
              (d, e) -> CovenantDocument.builder().from(d).agreements(e).build()),
          new DocumentParts<CovenantDocument, CovenantTask>("tasks.ndjson", CovenantTask.class,
              null, CovenantDocument::getTasks,
              (d, e) -> CovenantDocument.builder().from(d).tasks(e).build()),
          new DocumentParts<CovenantDocument, CovenantTask>("working-arrangements.ndjson",
              CovenantTask.class, null, CovenantDocument::getWorkingArrangements,
              (d, e) -> CovenantDocument.builder().from(d).workingArrangements(e).build())));

  /** The parts of a document of {@code type}; empty for a type that has none to split. */
  static Optional<List<DocumentParts<?, ?>>> of(DocumentType<?> type) {
    return Optional.ofNullable(OF.get(type));
  }

  /** The file that holds the rest of a document of {@code type}. */
  static String restFile(DocumentType<?> type) {
    return type == DocumentType.VISION ? VISION_PART : DOCUMENT_PART;
  }

  /** The part's elements in {@code document}, which must be of the part's document kind. */
  @SuppressWarnings("unchecked")
  List<E> elements(Object document) {
    return get.apply((D) document);
  }

  /** {@code document} with the part's elements {@code elements}. */
  @SuppressWarnings("unchecked")
  Object replaced(Object document, List<E> elements) {
    return with.apply((D) document, elements);
  }

  /** A vision's measurements, in a monitoring made for them if it has none and needs one. */
  private static HousingCareVision withMeasurements(HousingCareVision vision,
      List<Measurement> measurements) {
    Optional<Monitoring> monitoring = vision.getMonitoring();
    if (monitoring.isEmpty() && measurements.isEmpty()) {
      return vision;
    }
    return HousingCareVision.builder().from(vision)
        .monitoring(Monitoring.builder().from(monitoring.orElseGet(() -> Monitoring.builder()
            .build())).measurements(measurements).build())
        .build();
  }

  private static AnalysisDocument withAnalysis(AnalysisDocument document,
      Analysis.Builder analysis) {
    return AnalysisDocument.builder().from(document).analysis(analysis.build()).build();
  }
}
