package nl.woonzorg.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;

/**
 * A part of the model that travels alone as a JSON document (<i>documentsoort</i>): the whole
 * vision, or one agreement, goal, dwelling record or measurement. Each document root carries a
 * {@code formatVersion} property beside the part's own properties, and each has its own JSON
 * Schema.
 *
 * <p>The five constants are the only instances. Immutable and thread-safe.
 *
 * @param <T> the model type of the document
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class DocumentType<T> {

  /** A whole housing-and-care vision (<i>woonzorgvisie</i>). */
  public static final DocumentType<HousingCareVision> VISION =
      new DocumentType<>("housing-care-vision", HousingCareVision.class);

  /** One performance agreement (<i>prestatieafspraak</i>). */
  public static final DocumentType<PerformanceAgreement> AGREEMENT =
      new DocumentType<>("performance-agreement", PerformanceAgreement.class);

  /** One SMART goal (<i>doel</i>). */
  public static final DocumentType<Goal> GOAL = new DocumentType<>("goal", Goal.class);

  /** One dwelling record of the housing stock (<i>eenheid</i>). */
  public static final DocumentType<Dwelling> DWELLING =
      new DocumentType<>("dwelling", Dwelling.class);

  /** One measurement of an indicator (<i>meting</i>). */
  public static final DocumentType<Measurement> MEASUREMENT =
      new DocumentType<>("measurement", Measurement.class);

  private static final List<DocumentType<?>> ALL =
      List.of(VISION, AGREEMENT, GOAL, DWELLING, MEASUREMENT);

  private final String name;
  private final Class<T> modelType;

  private DocumentType(String name, Class<T> modelType) {
    this.name = name;
    this.modelType = modelType;
  }

  /** Every document type, the vision first; an immutable list. */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /** The document type whose model type is {@code modelType}, if it travels alone. */
  @SuppressWarnings("unchecked") // the list holds exactly one DocumentType<T> per Class<T>
  public static <T> Optional<DocumentType<T>> of(Class<T> modelType) {
    Objects.requireNonNull(modelType, "modelType");
    return ALL.stream()
        .filter(type -> type.modelType == modelType)
        .map(type -> (DocumentType<T>) type)
        .findFirst();
  }

  /**
   * The document type's name, kebab-case, e.g. {@code dwelling}; it names the schema resource.
   */
  public String name() {
    return name;
  }

  /** The model type a document of this type reads into. */
  public Class<T> modelType() {
    return modelType;
  }

  /**
   * The class-path resource of this type's JSON Schema, e.g. {@code
   * nl/woonzorg/io/schema/dwelling.schema.json}.
   */
  public String schemaResource() {
    return "nl/woonzorg/io/schema/" + name + ".schema.json";
  }

  /** The name, e.g. {@code dwelling}. */
  @Override
  public String toString() {
    return name;
  }
}
