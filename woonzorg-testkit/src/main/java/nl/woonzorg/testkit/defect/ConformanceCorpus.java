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
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.PolicyDocument;
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
 *   valid/vision-001.json, …, valid/dwelling-001.json, …,
 *   valid/analysis-document-001.json, …, valid/monitor-001.json, …
 *   invalid/vision-breakdown-does-not-add-up.json, …, invalid/dwelling-zero-rooms.json, …,
 *   invalid/covenant-covenant-without-tasks.json, …
 *   expectations.json
 * </pre>
 *
 * <p>Every document of the cycle has its valid cases and its defective ones: besides visions and
 * dwelling records, analyses, prestatieafspraken, covenants, uitvoeringsprogramma's and monitors
 * (named by their document type), each with the defects of its kind from {@link
 * Defects#documentDefects()}.
 *
 * <p>A defect gets its document from the first of 100 samples it finds a place in, and is left
 * out if it finds none. {@code expectations.json} is an array with one object per document:
 * {@code file} (relative to the directory, with {@code /}), {@code documentType} (as {@link
 * DocumentType#name()}), {@code conform} ({@code true}: no {@code ERROR} under profile {@code
 * vastgesteld}), and for a document with a defect {@code defect}, {@code ruleId}, {@code pointer}
 * and {@code severity} ({@code ERROR}, {@code WARNING} or {@code INFO}, under {@code
 * vastgesteld}): the finding a validator must report. Of severity {@code ERROR} it is the one
 * error; a defect of a rule that is only a warning or advice leaves the document conform, and its
 * finding comes beside whatever warnings and advice the valid sample had. Documents are
 * pretty-printed wire format; the same seed and counts give the same bytes.
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
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public record Expectation(String file, String documentType, Optional<String> defect,
      Optional<String> ruleId, Optional<JsonPointer> pointer, Optional<Severity> severity) {

    /** Checks that no component is null. */
    public Expectation {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(documentType, "documentType");
      Objects.requireNonNull(defect, "defect");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(severity, "severity");
    }

    /** Whether the document must conform: it has no defect, or one that is no error. */
    public boolean conform() {
      return severity.filter(s -> s == Severity.ERROR).isEmpty();
    }
  }

  /**
   * Writes {@code validCount} valid visions and as many valid dwelling records and documents of
   * each other kind of the cycle, and one invalid document per defect (a document defect once
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
    for (Map.Entry<DocumentType<?>, List<PolicyDocument>> kind : documents.entrySet()) {
      for (Defect<PolicyDocument> defect : Defects.documentDefects()) {
        Optional<Defective<PolicyDocument>> defective = firstInjection(defect, kind.getValue());
        if (defective.isPresent()) {
          out.add(write(directory, "invalid/" + kind.getKey().name() + "-" + defect.name()
              + ".json", kind.getKey(), defective.get().value(), defective.map(d -> d)));
        }
      }
    }
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

  private static Expectation write(Path directory, String file, DocumentType<?> type,
      Object document, Optional<Defective<?>> defective) throws IOException {
    Files.writeString(directory.resolve(file), JsonWriter.pretty().write(document),
        StandardCharsets.UTF_8);
    return new Expectation(file, type.name(), defective.map(d -> d.defect().name()),
        defective.map(Defective::ruleId), defective.map(Defective::pointer),
        defective.map(d -> VASTGESTELD.severity(d.ruleId()).orElseThrow()));
  }
}
