package nl.woonzorg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.spark.internal.FindingRows;
import nl.woonzorg.spark.internal.VeraRecordChecking;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingNote;
import nl.woonzorg.vera.mapping.MappingResult;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Dataset with VERA's column names, as {@code spark.read().json} gives a VERA NDJSON file, gives
 * the findings of woonzorg-vera's own conversion and woonzorg's check of each line.
 */
class VeraRecordCheckTest {

  private static String text(String key, Finding finding) {
    return text(key, finding.getRuleId(), finding.getSeverity().getCode(),
        finding.getLocation().toString(), finding.getMessage(), FindingRows.params(finding));
  }

  private static String text(String key, String rule, String severity, String path,
      String message, Map<String, String> params) {
    return key + " " + rule + " " + severity + " " + path + " " + message + " "
        + new TreeMap<>(params);
  }

  /** Each line read by VeraReader, mapped by DwellingMapping, the dwelling validated. */
  private static List<String> library(Path file, WoonzorgValidator validator) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      texts.addAll(library(line, validator));
    }
    return texts.stream().sorted().toList();
  }

  /** The unit {@code json} read by VeraReader, mapped by DwellingMapping, the dwelling validated. */
  private static List<String> library(String json, WoonzorgValidator validator) {
    List<String> texts = new ArrayList<>();
    ReadResult<VeraUnit> read = VeraReader.strict().readResult(json);
    String key = json.startsWith("{\"id\":\"") ? json.substring(7, json.indexOf('"', 7)) : null;
    if (!read.isClean()) {
      for (WireProblem problem : read.problems()) {
        texts.add(text(key, problem.toFinding(Locale.ENGLISH)));
      }
      return texts;
    }
    MappingResult<Dwelling> mapped = DwellingMapping.toDwelling(read.value().orElseThrow());
    for (MappingNote note : mapped.unmapped()) {
      if (note.reason() != MappingNote.Reason.NO_COUNTERPART) {
        texts.add(text(key, VeraRecordChecking.finding(note, Locale.ENGLISH)));
      }
    }
    if (mapped.value().isPresent()) {
      for (Finding finding : validator.validate(mapped.value().get()).getFindings()) {
        texts.add(text(key, finding));
      }
    }
    return texts;
  }

  @Test
  void veraFilesInEachFormGiveTheSameFindingsWithTheirFileAndLine(@TempDir Path dir)
      throws IOException {
    WoonzorgValidator validator = WoonzorgValidator.builder().locale(Locale.ENGLISH)
        .maxFindingsPerRule(10_000).build();
    Path ndjson = dir.resolve("eenheden.ndjson");
    Files.copy(RecordCheckTest.resource("vera-records.ndjson"), ndjson);
    List<String> units = Files.readAllLines(ndjson);
    // The API's list form, a unit a line from line 2; one unit alone, on line 2; and a list
    // whose text breaks in its third element, on line 4.
    Files.writeString(dir.resolve("eenheden.json"),
        "[\n" + String.join(",\n", units) + "\n]\n");
    Files.writeString(dir.resolve("eenheid.json"), "\n" + units.get(4) + "\n");
    String broken = "[\n" + units.get(0) + ",\n" + units.get(3) + ",\n{\"id\": }\n]";
    Files.writeString(dir.resolve("kapot.json"), broken);

    List<String> library = new ArrayList<>();
    for (int index = 0; index < units.size(); index++) {
      for (String text : library(units.get(index), validator)) {
        library.add("eenheden.ndjson:" + (index + 1) + " " + text);
        library.add("eenheden.json:" + (index + 2) + " " + text);
      }
    }
    library(units.get(4), validator).forEach(text -> library.add("eenheid.json:2 " + text));
    library(units.get(0), validator).forEach(text -> library.add("kapot.json:2 " + text));
    library(units.get(3), validator).forEach(text -> library.add("kapot.json:3 " + text));
    WireFormatException breaks = assertThrows(WireFormatException.class, () -> {
      try (Stream<VeraUnit> read = VeraReader.lenient().readArray(
          new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))) {
        read.forEach(unit -> { });
      }
    });
    WireProblem syntax = breaks.getProblems().get(0);
    assertEquals("WZ-IO-SYNTAX 4", syntax.ruleId() + " " + syntax.position().orElseThrow()
        .getLine());
    library.add("kapot.json:4 " + text(null, syntax.toFinding(Locale.ENGLISH)));

    List<String> spark = new ArrayList<>();
    for (Row row : RecordCheck.builder().locale(Locale.ENGLISH).build()
        .veraFileFindings(SharedSpark.session(), dir.toString()).collectAsList()) {
      spark.add(Path.of(URI.create(row.getString(6))).getFileName() + ":" + row.getLong(7) + " "
          + text(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
          row.getString(4), CollectionConverters.asJava(
              row.<scala.collection.Map<String, String>>getAs("params"))));
    }

    assertEquals(library.stream().sorted().toList(), spark.stream().sorted().toList());
  }

  @Test
  void veraColumnsGiveTheFindingsOfVerasConversionAndTheCheck() throws IOException {
    Path file = RecordCheckTest.resource("vera-records.ndjson");
    List<String> library = library(file, WoonzorgValidator.builder().locale(Locale.ENGLISH)
        .maxFindingsPerRule(10_000).build());

    List<String> spark = new ArrayList<>();
    for (Row row : RecordCheck.builder().locale(Locale.ENGLISH).build()
        .veraFindings(SharedSpark.session().read().json(file.toString())).collectAsList()) {
      spark.add(text(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
          row.getString(4), CollectionConverters.asJava(
              row.<scala.collection.Map<String, String>>getAs("params"))));
    }

    assertEquals(library, spark.stream().sorted().toList());
    assertEquals(List.of(), library.stream().filter(text -> text.startsWith("V-OK ")).toList());
    assertEquals(new TreeSet<>(List.of("WZ-AREA-04", "WZ-DWELLING-02", "WZ-IO-INVALID-VALUE",
            "WZ-VERA-MAP-INVALID-VALUE", "WZ-VERA-MAP-MISSING", "WZ-VERA-MAP-UNKNOWN-CODE")),
        library.stream().map(text -> text.split(" ")[1])
            .collect(Collectors.toCollection(TreeSet::new)));
  }
}
