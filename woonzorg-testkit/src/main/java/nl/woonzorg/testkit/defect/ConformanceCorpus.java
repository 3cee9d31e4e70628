package nl.woonzorg.testkit.defect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.testkit.Samples;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a conformance corpus: wire-format documents that a conformant consumer must accept and
 * documents with one defect that it must reject, or for a warning or advice flag, with a named
 * rule at a named place, with a file of expectations. For testing software in any language
 * against woonzorg's rules.
 *
 * <pre>
 * dir/
 *   valid/vision-001.json, …, valid/dwelling-001.json, …, valid/building-001.json, …,
 *   valid/analysis-document-001.json, …, valid/monitor-001.json, …
 *   invalid/vision-breakdown-does-not-add-up.json, …, invalid/dwelling-zero-rooms.json, …,
 *   invalid/building-clustered-building-too-small.json, …,
 *   invalid/covenant-covenant-without-tasks.json, …
 *   valid/stock-buildings.ndjson, valid/stock-dwellings.ndjson,
 *   invalid/stock-dwelling-names-unknown-building-{buildings,dwellings}.ndjson,
 *   invalid/stock-unit-count-differs-{buildings,dwellings}.ndjson
 *   expectations.json
 * </pre>
 *
 * <p>Every document of the cycle has its valid cases and its defective ones: besides visions,
 * dwelling records and building records (with the defects of {@link Defects#buildingDefects()}:
 * the clustered-housing rules and WZ-AREA-05), analyses, prestatieafspraken, covenants,
 * uitvoeringsprogramma's and monitors (named by their document type), each with the defects of
 * its kind from {@link Defects#documentDefects()}.
 *
 * <p>The rules across the records of a stock (WZ-BLD-06: a dwelling names a building no record
 * has; WZ-BLD-07: a building's unit count differs from the dwellings naming it) have cases of two
 * NDJSON files checked together, building records and dwelling records, as {@code woonzorg
 * validate DWELLINGS --buildings BUILDINGS} and {@link nl.woonzorg.validation.BuildingReferences}
 * check them: a stock that agrees and one for each rule. WZ-BLD-03 has no case: it judges only
 * against criteria given to the validator, which no file of the corpus carries.
 *
 * <p>A defect gets its document from the first of 100 samples it finds a place in, and is left
 * out if it finds none. {@code expectations.json} is an array with one object per document:
 * {@code file} (relative to the directory, with {@code /}), {@code documentType} (as {@link
 * DocumentType#name()}), {@code conform} ({@code true}: no {@code ERROR} under profile {@code
 * vastgesteld}), and for a document with a defect {@code defect}, {@code ruleId}, {@code pointer}
 * and {@code severity} ({@code ERROR}, {@code WARNING} or {@code INFO}, under {@code
 * vastgesteld}): the finding a validator must report. Of severity {@code ERROR} it is the one
 * error; a defect of a rule that is only a warning or advice leaves the document conform, and its
 * finding comes beside whatever warnings and advice the valid sample had. A file of a stock has
 * {@code checkedWith}, the stock's other file, which has no error; its pointer starts with the
 * record's index. Documents are pretty-printed wire format, stocks a compact record a line; the
 * same seed and counts give the same bytes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConformanceCorpus {

  /** The name of the expectations file in the corpus directory. */
  public static final String EXPECTATIONS = "expectations.json";

  /** The defaults the severities in the expectations are those of. */
  private static final WoonzorgValidator VASTGESTELD =
      WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build();

  /** How many samples are searched for one a defect applies to. */
  private static final int SEARCH = 100;

  private ConformanceCorpus() {}

  /**
   * One document of the corpus and what a validator must make of it.
   *
   * @param file the document's path relative to the corpus directory, with {@code /}
   * @param documentType the document type's name, e.g. {@code housing-care-vision}
   * @param defect the defect injected; empty for a valid document
   * @param ruleId the rule that must report it; empty for a valid document
   * @param pointer where the finding must point; empty for a valid document
   * @param severity the finding's severity under profile {@code vastgesteld}; empty for a valid
   *     document
   * @param checkedWith for a file of a stock, the stock's other file, relative to the corpus
   *     directory: the building records a file of dwelling records is checked against, or the
   *     other way round; empty for a document checked on its own
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record Expectation(String file, String documentType, Optional<String> defect,
      Optional<String> ruleId, Optional<JsonPointer> pointer, Optional<Severity> severity,
      Optional<String> checkedWith) {

    /** Checks that no component is null. */
    public Expectation {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(documentType, "documentType");
      Objects.requireNonNull(defect, "defect");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(checkedWith, "checkedWith");
    }

    /**
     * An expectation of a document checked on its own, as before stocks were in the corpus.
     *
     * @since 0.2.0
     */
    public Expectation(String file, String documentType, Optional<String> defect,
        Optional<String> ruleId, Optional<JsonPointer> pointer, Optional<Severity> severity) {
      this(file, documentType, defect, ruleId, pointer, severity, Optional.empty());
    }

    /** Whether the document must conform: it has no defect, or one that is no error. */
    public boolean conform() {
      return severity.filter(s -> s == Severity.ERROR).isEmpty();
    }
  }

  /**
   * Writes {@code validCount} valid visions and as many valid dwelling records, building records
   * and documents of each other kind of the cycle, and one invalid document per defect (a document defect once
   * for each kind it applies to), drawn with {@code seed}, into {@code directory} (created if
   * need be; files of the same names are replaced).
   *
   * @return what was written, in the order of {@code expectations.json}
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code validCount} is negative
   */
  public static List<Expectation> write(Path directory, long seed, int validCount)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    if (validCount < 0) {
      throw new IllegalArgumentException("validCount must not be negative, not " + validCount);
    }
    List<HousingCareVision> visions =
        Samples.of(WoonzorgGen.visions(), seed).take(Math.max(validCount, SEARCH));
    List<Dwelling> dwellings =
        Samples.of(WoonzorgGen.dwellings(), seed).take(Math.max(validCount, SEARCH));
    List<Building> buildings =
        Samples.of(WoonzorgGen.buildings(), seed).take(Math.max(validCount, SEARCH));
    Files.createDirectories(directory.resolve("valid"));
    Files.createDirectories(directory.resolve("invalid"));
    Map<DocumentType<?>, List<PolicyDocument>> documents = new LinkedHashMap<>();
    for (DocumentType<?> type : DocumentType.all()) {
      if (type.isPolicyDocument()) {
        documents.put(type, Samples.of(WoonzorgGen.policyDocuments(type), seed)
            .take(Math.max(validCount, SEARCH)).stream().map(PolicyDocument.class::cast)
            .toList());
      }
    }
    List<Expectation> out = new ArrayList<>();
    for (int i = 0; i < validCount; i++) {
      out.add(write(directory, String.format("valid/vision-%03d.json", i + 1),
          DocumentType.VISION, visions.get(i), Optional.empty()));
    }
    for (int i = 0; i < validCount; i++) {
      out.add(write(directory, String.format("valid/dwelling-%03d.json", i + 1),
          DocumentType.DWELLING, dwellings.get(i), Optional.empty()));
    }
    for (int i = 0; i < validCount; i++) {
      out.add(write(directory, String.format("valid/building-%03d.json", i + 1),
          DocumentType.BUILDING, buildings.get(i), Optional.empty()));
    }
    for (Map.Entry<DocumentType<?>, List<PolicyDocument>> kind : documents.entrySet()) {
      for (int i = 0; i < validCount; i++) {
        out.add(write(directory, String.format("valid/%s-%03d.json", kind.getKey().name(),
            i + 1), kind.getKey(), kind.getValue().get(i), Optional.empty()));
      }
    }
    for (Defect<HousingCareVision> defect : Defects.visionDefects()) {
      Optional<Defective<HousingCareVision>> defective = firstInjection(defect, visions);
      if (defective.isPresent()) {
        out.add(write(directory, "invalid/vision-" + defect.name() + ".json",
            DocumentType.VISION, defective.get().value(), defective.map(d -> d)));
      }
    }
    for (Defect<Dwelling> defect : Defects.dwellingDefects()) {
      Optional<Defective<Dwelling>> defective = firstInjection(defect, dwellings);
      if (defective.isPresent()) {
        out.add(write(directory, "invalid/dwelling-" + defect.name() + ".json",
            DocumentType.DWELLING, defective.get().value(), defective.map(d -> d)));
      }
    }
    for (Defect<Building> defect : Defects.buildingDefects()) {
      Optional<Defective<Building>> defective = firstInjection(defect, buildings);
      if (defective.isPresent()) {
        out.add(write(directory, "invalid/building-" + defect.name() + ".json",
            DocumentType.BUILDING, defective.get().value(), defective.map(d -> d)));
      }
    }
    for (Map.Entry<DocumentType<?>, List<PolicyDocument>> kind : documents.entrySet()) {
      for (Defect<PolicyDocument> defect : Defects.documentDefects()) {
        Optional<Defective<PolicyDocument>> defective = firstInjection(defect, kind.getValue());
        if (defective.isPresent()) {
          out.add(write(directory, "invalid/" + kind.getKey().name() + "-" + defect.name()
              + ".json", kind.getKey(), defective.get().value(), defective.map(d -> d)));
        }
      }
    }
    out.addAll(stocks(directory, buildings, dwellings));
    List<Map<String, Object>> json = new ArrayList<>();
    for (Expectation expectation : out) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("file", expectation.file());
      entry.put("documentType", expectation.documentType());
      entry.put("conform", expectation.conform());
      expectation.defect().ifPresent(d -> entry.put("defect", d));
      expectation.ruleId().ifPresent(r -> entry.put("ruleId", r));
      expectation.pointer().ifPresent(p -> entry.put("pointer", p.toString()));
      expectation.severity().ifPresent(s -> entry.put("severity", s.name()));
      expectation.checkedWith().ifPresent(with -> entry.put("checkedWith", with));
      json.add(entry);
    }
    Files.writeString(directory.resolve(EXPECTATIONS),
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json),
        StandardCharsets.UTF_8);
    return List.copyOf(out);
  }

  private static <T> Optional<Defective<T>> firstInjection(Defect<T> defect, List<T> samples) {
    return samples.stream().filter(defect::appliesTo).findFirst().map(s -> defect.inject(s, 0));
  }

  /**
   * The stocks: a building of two units and the dwelling records that name it, two NDJSON files
   * checked together ({@link nl.woonzorg.validation.BuildingReferences}): one where they agree,
   * one with a dwelling that names a building no record has (WZ-BLD-06, in the dwellings file),
   * one with fewer dwellings naming the building than its unit count (WZ-BLD-07, in the buildings
   * file). The building is the first sample that is no clustered housing, which two units would
   * be too few for; left out if there is none.
   */
  private static List<Expectation> stocks(Path directory, List<Building> buildings,
      List<Dwelling> dwellings) throws IOException {
    Optional<Building> plain = buildings.stream().filter(b -> !b.clustered()).findFirst();
    if (plain.isEmpty() || dwellings.size() < 3) {
      return List.of();
    }
    Building building = Building.builder().from(plain.get()).unitCount(2)
        .seniorUnitCount(plain.get().getSeniorUnitCount().map(n -> Math.min(n, 2))).build();
    String id = building.getId();
    return List.of(
        stock(directory, "valid/stock", building, named(dwellings, id, id), Optional.empty()),
        stock(directory, "invalid/stock-dwelling-names-unknown-building", building,
            named(dwellings, id, id, id + "-onbekend"), Optional.of(new StockDefect(
                "dwelling-names-unknown-building", "WZ-BLD-06", DocumentType.DWELLING,
                JsonPointer.root().append(2).append("buildingId")))),
        stock(directory, "invalid/stock-unit-count-differs", building, named(dwellings, id),
            Optional.of(new StockDefect("unit-count-differs-from-dwellings", "WZ-BLD-07",
                DocumentType.BUILDING, JsonPointer.root().append(0).append("unitCount")))));
  }

  /** What is wrong with a stock: the rule, and the file and place of its finding. */
  private record StockDefect(String name, String ruleId, DocumentType<?> in,
      JsonPointer pointer) {}

  /** The first samples, one for each building id, each naming it. */
  private static List<Dwelling> named(List<Dwelling> samples, String... buildingIds) {
    List<Dwelling> out = new ArrayList<>();
    for (int i = 0; i < buildingIds.length; i++) {
      out.add(Dwelling.builder().from(samples.get(i)).buildingId(buildingIds[i]).build());
    }
    return out;
  }

  /**
   * Writes {@code base-buildings.ndjson} and {@code base-dwellings.ndjson}; the expectation is of
   * the file the defect's finding is in (of a valid stock, the dwellings), checked with the other.
   */
  private static Expectation stock(Path directory, String base, Building building,
      List<Dwelling> dwellings, Optional<StockDefect> defect) throws IOException {
    String buildingsFile = base + "-buildings.ndjson";
    String dwellingsFile = base + "-dwellings.ndjson";
    try (NdjsonWriter<Building> writer = NdjsonWriter.of(DocumentType.BUILDING,
        Files.newOutputStream(directory.resolve(buildingsFile)))) {
      writer.write(building);
    }
    try (NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING,
        Files.newOutputStream(directory.resolve(dwellingsFile)))) {
      dwellings.forEach(writer::write);
    }
    boolean inBuildings = defect.filter(d -> d.in() == DocumentType.BUILDING).isPresent();
    return new Expectation(inBuildings ? buildingsFile : dwellingsFile,
        (inBuildings ? DocumentType.BUILDING : DocumentType.DWELLING).name(),
        defect.map(StockDefect::name), defect.map(StockDefect::ruleId),
        defect.map(StockDefect::pointer),
        defect.map(d -> VASTGESTELD.severity(d.ruleId()).orElseThrow()),
        Optional.of(inBuildings ? dwellingsFile : buildingsFile));
  }

  private static Expectation write(Path directory, String file, DocumentType<?> type,
      Object document, Optional<Defective<?>> defective) throws IOException {
    Files.writeString(directory.resolve(file), JsonWriter.pretty().write(document),
        StandardCharsets.UTF_8);
    return new Expectation(file, type.name(), defective.map(d -> d.defect().name()),
        defective.map(Defective::ruleId), defective.map(Defective::pointer),
        defective.map(d -> VASTGESTELD.severity(d.ruleId()).orElseThrow()));
  }
}
