package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.vera.json.VeraWriter;
import nl.woonzorg.vera.mapping.DwellingMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code woonzorg analyse --stock-format vera}: VERA {@code Eenheid} stock read directly, streamed
 * and mapped unit by unit as {@code vera convert} maps it, gives the same analysis as the same
 * stock as woonzorg dwelling records.
 */
class AnalyseVeraStockTest {

  /** The ten real payloads of woonzorg-vera's tests, relative to this module's directory. */
  private static final Path SAMPLES =
      Path.of("../woonzorg-vera/src/test/resources/nl/woonzorg/vera/samples");

  @TempDir
  Path temp;

  private static List<String> args(String stock, String... more) {
    List<String> args = new ArrayList<>(List.of("analyse",
        "--population", Run.data("analyse/kwb-illustratief.csv"), "--table", "85984NED",
        "--year", "2024", "--stock", stock, "--norms", Run.data("analyse/normen.csv"),
        "--level", "wijk", "--format", "json", "--lang", "en"));
    args.addAll(List.of(more));
    return args;
  }

  private static JsonNode rows(Run run) {
    assertEquals(0, run.exit(), run.err());
    return JsonMapper.builder().build().readTree(run.out()).get("rows");
  }

  /** The bundled example stock as VERA units, one compact JSON text each. */
  private static List<String> veraUnits() throws IOException {
    List<String> units = new ArrayList<>();
    try (InputStream in = Files.newInputStream(Path.of(Run.data("analyse/voorraad.ndjson")))) {
      NdjsonReader.of(DocumentType.DWELLING).read(in, dwelling -> units.add(
          VeraWriter.compact().write(DwellingMapping.fromDwelling(dwelling).value()
              .orElseThrow())));
    }
    return units;
  }

  @Test
  void veraStockAsAnArrayOrNdjsonGivesTheSameRowsAsTheDwellingRecords() throws IOException {
    List<String> units = veraUnits();
    assertEquals(1622, units.size());
    Path array = Files.writeString(temp.resolve("voorraad-vera.json"),
        "[\n" + String.join(",\n", units) + "\n]\n", StandardCharsets.UTF_8);
    Path ndjson = Files.writeString(temp.resolve("voorraad-vera.ndjson"),
        String.join("\n", units) + "\n", StandardCharsets.UTF_8);

    JsonNode woonzorg = rows(Run.of(args(Run.data("analyse/voorraad.ndjson"))
        .toArray(String[]::new)));
    Run fromArray = Run.of(args(array.toString(), "--stock-format", "vera")
        .toArray(String[]::new));
    JsonNode vera = rows(fromArray);
    assertEquals(woonzorg, vera);
    assertEquals(woonzorg, rows(Run.of(args(ndjson.toString(), "--stock-format", "VERA")
        .toArray(String[]::new))));
    // 120 clustered and 40 care-ready homes in WK005000 (data/analyse/README.md).
    for (JsonNode row : vera) {
      if (row.get("area").asString().equals("WK005000")
          && row.get("category").asString().equals("GECLUSTERD") && !row.has("scenario")) {
        assertEquals("160", row.get("supply").get("value").asString());
      }
    }
    assertTrue(fromArray.err().contains("1622 records read, 1622 converted"), fromArray.err());
  }

  @Test
  void theTenRealPayloadsAreTenHomesWithoutAnAreaCountedInNoCategory() throws IOException {
    List<String> payloads = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(file -> file.toString().endsWith(".json")).sorted()
          .toList()) {
        payloads.add(Files.readString(file, StandardCharsets.UTF_8).strip());
      }
    }
    assertEquals(10, payloads.size());
    Path array = Files.writeString(temp.resolve("samples.json"),
        "[" + String.join(",", payloads) + "]", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    CategoryTally tally = StockFile.readVera(array,
        CategoryTally.builder(AreaType.GEMEENTE, StockClassification.defaults()),
        AreaHierarchy.netherlands(), Lang.EN, new PrintWriter(err, true));

    // Their source blanked the address, and none has a woonvorm, label, doelgroep or BAT score.
    assertEquals(10, tally.withoutMunicipality());
    assertEquals(List.of(), List.copyOf(tally.areas()));
    assertEquals(List.of(), List.copyOf(tally.coveredMunicipalities()));
    assertTrue(err.toString().contains("10 records read, 10 converted"), err.toString());
    assertTrue(err.toString().contains("/adres/postcode"), err.toString());

    Run run = Run.of(args(array.toString(), "--stock-format", "vera").toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("10 homes of the stock without a gemeentecode count in no"
        + " area, not even the Netherlands."), run.out());
  }

  @Test
  void oneUnitObjectIsReadAsOneHome() {
    StringWriter err = new StringWriter();
    CategoryTally tally = StockFile.readVera(Path.of(Run.data("vera/15004000185.json")),
        CategoryTally.builder(AreaType.GEMEENTE, StockClassification.defaults()),
        AreaHierarchy.netherlands(), Lang.NL, new PrintWriter(err, true));
    assertEquals(1, tally.withoutMunicipality());
    assertTrue(err.toString().contains("1 record gelezen, 1 omgezet"), err.toString());
  }

  @Test
  void aUnitThatIsNoDwellingOrLiesInAnUnknownAreaIsLocated() throws IOException {
    Path file = Files.writeString(temp.resolve("units.ndjson"), String.join("\n",
        "{\"id\": \"E-1\", \"soort\": {\"code\": \"WOO\"}, \"adres\": {\"gemeente\":"
            + " {\"code\": \"GM0050\"}}}",
        "{\"soort\": {\"code\": \"WOO\"}}",
        "{\"id\": \"E-3\", \"soort\": {\"code\": \"WOO\"}, \"adres\": {\"gemeente\":"
            + " {\"code\": \"GM9999\"}}}") + "\n", StandardCharsets.UTF_8);
    Run run = Run.of(args(file.toString(), "--stock-format", "vera").toArray(String[]::new));
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("line 2: not converted: /id missing"), run.err());
    assertTrue(run.err().contains(file + ": line 3 (E-3): unknown area code 'GM9999'"),
        run.err());
    assertTrue(run.err().contains("units without an id or a kind are no dwelling record"),
        run.err());
  }

  @Test
  void anNdjsonUnitIsLocatedByItsLineAlsoAfterBlankLines() throws IOException {
    // Blank lines are skipped by the reader, so a count of units would say the fourth unit is
    // the fourth, at /3: it is on line 6.
    Path file = Files.writeString(temp.resolve("units.ndjson"), String.join("\n",
        "{\"id\": \"E-1\", \"soort\": {\"code\": \"WOO\"}, \"adres\": {\"gemeente\":"
            + " {\"code\": \"GM0050\"}}}",
        "",
        "{\"id\": \"E-2\", \"soort\": {\"code\": \"WOO\"}}",
        "   ",
        "{\"id\": \"E-3\", \"soort\": {\"code\": \"WOO\"}}",
        "{\"id\": \"E-4\", \"soort\": {\"code\": \"WOO\"}, \"adres\": {\"gemeente\":"
            + " {\"code\": \"GM9999\"}}}") + "\n", StandardCharsets.UTF_8);
    Run run = Run.of(args(file.toString(), "--stock-format", "vera").toArray(String[]::new));
    assertEquals(2, run.exit(), run.err());
    assertEquals("cannot use " + file + ":\n  " + file + ": line 6 (E-4): unknown area code"
        + " 'GM9999'\n", run.err().substring(run.err().indexOf("cannot use ")));
  }

  @Test
  void aVeraFileReadAsWoonzorgRecordsIsRefusedAtItsFirstLine() throws IOException {
    Path file = Files.writeString(temp.resolve("units.ndjson"),
        "{\"id\": \"E-1\", \"soort\": {\"code\": \"WOO\"}}\n", StandardCharsets.UTF_8);
    Run run = Run.of(args(file.toString()).toArray(String[]::new));
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(file + ":1:"), run.err());
  }

  @Test
  void helpNamesTheStockFormats() {
    Run run = Run.of("analyse", "--help");
    assertTrue(run.out().contains("--stock-format=FORMAT"), run.out());
    assertTrue(Stream.of("woonzorg or vera", "Eenheid").allMatch(run.out()::contains),
        run.out().lines().collect(Collectors.joining("\n")));
  }
}
