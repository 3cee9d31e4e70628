package nl.woonzorg.model.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;

/**
 * A part of the model that travels alone as a document (<i>documentsoort</i>): the whole vision;
 * the other documents of the cycle — analysis, prestatieafspraken, samenwerkingsovereenkomst,
 * uitvoeringsprogramma, monitor — each a {@link PolicyDocument}; or one agreement, goal, dwelling
 * record, building or measurement. This is the one list of them, which
 * the other modules dispatch on rather than list the kinds again: the wire format reads, writes
 * and gives a JSON Schema for each (its build fails when a type lacks a schema), the validator
 * checks each, and the tools accept each. A new document kind is added here first.
 *
 * <p>The constants are the only instances. Immutable and thread-safe.
 *
 * @param <T> the model type of the document
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DocumentType<T> {

  /** A whole housing-and-care vision (<i>woonzorgvisie</i>). */
  public static final DocumentType<HousingCareVision> VISION = new DocumentType<>(
      "housing-care-vision", HousingCareVision.class, vision -> Optional.of(vision.getId()));

  /**
   * A woonzorganalyse or behoefteraming on its own (<i>analysedocument</i>).
   *
   * @since 0.2.0
   */
  public static final DocumentType<AnalysisDocument> ANALYSIS = new DocumentType<>(
      "analysis-document", AnalysisDocument.class, document -> Optional.of(document.getId()));

  /**
   * A set of prestatieafspraken on its own, multi-party and often multi-year, with jaarschijven.
   *
   * @since 0.2.0
   */
  public static final DocumentType<AgreementsDocument> AGREEMENTS = new DocumentType<>(
      "performance-agreements", AgreementsDocument.class, document -> Optional.of(document.getId()));

  /**
   * A samenwerkingsovereenkomst, convenant or pact (<i>samenwerkingsdocument</i>).
   *
   * @since 0.2.0
   */
  public static final DocumentType<CovenantDocument> COVENANT = new DocumentType<>(
      "covenant", CovenantDocument.class, document -> Optional.of(document.getId()));

  /**
   * An uitvoeringsprogramma or uitvoeringsagenda on its own (<i>programmadocument</i>).
   *
   * @since 0.2.0
   */
  public static final DocumentType<ProgrammeDocument> PROGRAMME = new DocumentType<>(
      "implementation-programme", ProgrammeDocument.class,
      document -> Optional.of(document.getId()));

  /**
   * A monitor or voortgangsrapportage (<i>monitor</i>).
   *
   * @since 0.2.0
   */
  public static final DocumentType<MonitorReport> MONITOR = new DocumentType<>(
      "monitor", MonitorReport.class, document -> Optional.of(document.getId()));

  /** One performance agreement (<i>prestatieafspraak</i>). */
  public static final DocumentType<PerformanceAgreement> AGREEMENT = new DocumentType<>(
      "performance-agreement", PerformanceAgreement.class, a -> Optional.of(a.getId()));

  /** One SMART goal (<i>doel</i>). */
  public static final DocumentType<Goal> GOAL =
      new DocumentType<>("goal", Goal.class, goal -> Optional.of(goal.getId()));

  /** One dwelling record of the housing stock (<i>eenheid</i>). */
  public static final DocumentType<Dwelling> DWELLING =
      new DocumentType<>("dwelling", Dwelling.class, dwelling -> Optional.of(dwelling.getId()));

  /**
   * One building or complex of the housing stock (<i>gebouw</i>, <i>complex</i>).
   *
   * @since 0.2.0
   */
  public static final DocumentType<Building> BUILDING =
      new DocumentType<>("building", Building.class, building -> Optional.of(building.getId()));

  /** One measurement of an indicator (<i>meting</i>); it has no id of its own. */
  public static final DocumentType<Measurement> MEASUREMENT =
      new DocumentType<>("measurement", Measurement.class, measurement -> Optional.empty());

  private static final List<DocumentType<?>> ALL =
      List.of(VISION, ANALYSIS, AGREEMENTS, COVENANT, PROGRAMME, MONITOR, AGREEMENT, GOAL,
          DWELLING, BUILDING, MEASUREMENT);

  private final String name;
  private final Class<T> modelType;
  private final Function<T, Optional<String>> id;

  /**
   * Whether documents of this type are {@linkplain PolicyDocument policy documents}: the vision's
   * companions of the cycle, which share a header of id, title, area, period, parties, areas and
   * sources.
   *
   * @since 0.2.0
   */
  public boolean isPolicyDocument() {
    return PolicyDocument.class.isAssignableFrom(modelType);
  }

  private DocumentType(String name, Class<T> modelType, Function<T, Optional<String>> id) {
    this.name = name;
    this.modelType = modelType;
    this.id = id;
  }

  /**
   * Every document type, the vision first, then the other documents of the cycle in its order,
   * then the parts that travel alone; an immutable list.
   */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /**
   * The document type whose model type is {@code modelType}, if it travels alone.
   *
   * @throws NullPointerException if {@code modelType} is null
   */
  @SuppressWarnings("unchecked") // the list holds exactly one DocumentType<T> per Class<T>
  public static <T> Optional<DocumentType<T>> of(Class<T> modelType) {
    Objects.requireNonNull(modelType, "modelType");
    return ALL.stream()
        .filter(type -> type.modelType == modelType)
        .map(type -> (DocumentType<T>) type)
        .findFirst();
  }

  /**
   * The document type {@code document} is an instance of, e.g. {@link #GOAL} for any {@link
   * Goal}; empty for an object of any other class.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public static Optional<DocumentType<?>> ofDocument(Object document) {
    Objects.requireNonNull(document, "document");
    for (DocumentType<?> type : ALL) {
      if (type.modelType.isInstance(document)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The document type's name, kebab-case, e.g. {@code dwelling}; it names the schema and is the
   * {@code documentType} a document of format 1.1 carries at its root.
   */
  public String name() {
    return name;
  }

  /** The model type a document of this type reads into. */
  public Class<T> modelType() {
    return modelType;
  }

  /**
   * The id that names {@code document} in a report, e.g. a goal's id; empty for a kind without
   * ids, such as a measurement.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public Optional<String> idOf(T document) {
    return id.apply(Objects.requireNonNull(document, "document"));
  }

  /** The name, e.g. {@code dwelling}. */
  @Override
  public String toString() {
    return name;
  }
}
