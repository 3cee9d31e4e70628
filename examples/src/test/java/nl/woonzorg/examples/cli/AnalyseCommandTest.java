package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code woonzorg analyse} on the illustrative inputs of {@code data/analyse} (see its README):
 * the figures below are worked by hand from them — e.g. WK005000 has 1,800 people of 65+, so 23 %
 * is a demand of 414 clustered homes, against 120 clustered and 40 care-ready ones.
 */
class AnalyseCommandTest {

  @TempDir
  Path temp;

  private static List<String> args(String... more) {
    List<String> args = new ArrayList<>(List.of("analyse",
        "--population", Run.data("analyse/kwb-illustratief.csv"), "--table", "85984NED",
        "--year", "2024", "--stock", Run.data("analyse/voorraad.ndjson"),
        "--norms", Run.data("analyse/normen.csv"), "--level", "wijk"));
    args.addAll(List.of(more));
    return args;
  }

  private static Run run(List<String> args) {
    return Run.of(args.toArray(String[]::new));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> with(List<String> args, String option, String value) {
    List<String> changed = new ArrayList<>(args);
    changed.set(changed.indexOf(option) + 1, value);
    return changed;
  }

  /** The row of {@code area} and {@code category} in the population's year. */
  private static JsonNode row(JsonNode root, String area, String category) {
    for (JsonNode row : root.get("rows")) {
      if (row.get("area").asString().equals(area)
          && row.get("category").asString().equals(category) && !row.has("scenario")) {
        return row;
      }
    }
    throw new AssertionError("no row of " + area + " and " + category);
  }

  @Test
  void theTextShowsDemandSupplyGapAndCoveragePerAreaUpToTheNetherlands() {
    Run run = run(args("--lang", "en", "--scale", "1"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("WK005000"), run.out());
    assertTrue(run.out().matches("(?s).*WK005000 +414\\.0 +160\\.0 +254\\.0 +38\\.6 %.*"),
        run.out());
    assertTrue(run.out().matches("(?s).*WK009600 +80\\.5 +30\\.0 +50\\.5 .*"), run.out());
    assertTrue(run.out().matches("(?s).*WK005009 +suppressed +0\\.0 +suppressed .*"),
        run.out());
    assertTrue(run.out().matches("(?s).*GM0050 +Zeewolde +828\\.0 \\* +310\\.0 +518\\.0 \\* .*"),
        run.out());
    assertTrue(run.out().contains("Demand unknown in 1 areas: CBS suppressed"), run.out());
    assertTrue(run.out().contains("Bron: CBS, tabel 85984NED, peildatum 1-1-2024"));
  }

  @Test
  void roundingIsNamedAndOnlyOnOutput() {
    Run halfEven = run(args("--lang", "en", "--scale", "0", "--rounding", "HALF_EVEN"));
    Run halfUp = run(args("--lang", "en", "--scale", "0", "--rounding", "HALF_UP"));
    assertTrue(halfEven.out().matches("(?s).*WK009600 +80 +30 +50 .*"), halfEven.out());
    assertTrue(halfUp.out().matches("(?s).*WK009600 +81 +30 +51 .*"), halfUp.out());
  }

  @Test
  void theJsonHasTheDocumentTheExactRowsAndTheCalculationRecord() {
    Run run = run(args("--format", "json", "--forecast", Run.data("analyse/prognose.csv")));
    assertEquals(0, run.exit(), run.err());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    JsonNode vlieland = row(root, "WK009600", "GECLUSTERD");
    assertEquals("161/2", vlieland.get("demand").get("value").asString());
    assertTrue(vlieland.get("demand").get("complete").asBoolean());
    boolean traced = false;
    for (JsonNode calculation : root.get("calculations")) {
      if (calculation.get("id").asString()
          .equals("vraag/WK009600/GECLUSTERD/2024/OUDEREN_65_PLUS")) {
        traced = calculation.get("inputs").get("LEEFTIJD_65_PLUS WK009600").asString()
            .equals("350 (Bron: CBS, tabel 85984NED, peildatum 1-1-2024)");
      }
    }
    assertTrue(traced, "the demand names its population figure and source");
    boolean belowBand = false;
    for (JsonNode finding : root.get("analysis").get("findings")) {
      belowBand |= finding.get("id").asString().equals("onder-bandbreedte/GM0088/GECLUSTERD");
    }
    assertTrue(belowBand, "Schiermonnikoog's 10 clustered homes fall below the whole band");
  }

  @Test
  void theHtmlChartsTheGapPerAreaAndTargetGroupOffline() throws IOException {
    Path html = temp.resolve("analyse.html");
    Run run = run(args("--format", "html", "-o", html.toString()));
    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("default-src 'none'"));
    assertFalse(page.contains("<script"));
    assertFalse(page.contains("http://") || page.contains("https://"),
        "nothing is loaded from elsewhere");
    assertEquals(2, page.split("<svg class=\"gap-chart\"", -1).length - 1);
    assertTrue(page.contains("tekort 254.0"), page);
  }

  @Test
  void theTextShowsTheGapPerThousandInhabitantsAndItsIndexAgainstRegionAndNetherlands() {
    Run run = run(args("--lang", "en"));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Normalised: the gap per 1,000 inhabitants; index: region ="
        + " 100 and the Netherlands = 100\n"), run.out());
    // Zero-step homes: WK005000's gap 190 over 9,000 inhabitants; the Netherlands' 631.4 over
    // 23,450; Zeewolde's 648 over 21,300.
    assertTrue(run.out().matches("(?s).*\nWK005000 +650\\.0 +460\\.0 +190\\.0 +70\\.8 % +21\\.1"
        + " +69\\.4 +78\\.4\n.*"), run.out());
    // Clustered homes: Schiermonnikoog's 59 over 950 against Noord-Friesland's 109.5 over 2,150;
    // no index against the Netherlands, whose gap is partial as CBS suppressed WK005009's 65+.
    assertTrue(run.out().matches("(?s).*\nGM0088 +Schiermonnikoog +69\\.0 +10\\.0 +59\\.0"
        + " +14\\.5 % +62\\.1 +121\\.9 +–\n.*"), run.out());
    assertTrue(run.out().matches("(?s).*\nWK005000 +414\\.0 +160\\.0 +254\\.0 +38\\.6 % +28\\.2"
        + " +– +–\n.*"), run.out());
  }

  @Test
  void perNamesTheBaseAndRoundingTheModeOfTheNormalisedGap() {
    // 254 clustered homes short over 1,800 people of 65+: 141 1/9 per 1,000.
    Run down = run(args("--lang", "en", "--per", "ouderen", "--scale", "2", "--rounding",
        "DOWN"));
    Run up = run(args("--lang", "en", "--per", "ouderen", "--scale", "2", "--rounding", "UP"));
    assertTrue(down.out().contains("the gap per 1,000 inhabitants aged 65 and over;"),
        down.out());
    assertTrue(down.out().matches("(?s).*\nWK005000 +414\\.00 +160\\.00 +254\\.00 +38\\.64 %"
        + " +141\\.11 .*"), down.out());
    assertTrue(up.out().matches("(?s).*\nWK005000 +414\\.00 +160\\.00 +254\\.00 +38\\.65 %"
        + " +141\\.12 .*"), up.out());
  }

  @Test
  void perHouseholdsNormalisesTheGapByTheHouseholdsOfEachArea() {
    // 254 clustered homes short over WK005000's 3,800 households: 1270/19 = 66.84 per 1,000.
    Run text = run(args("--lang", "en", "--per", "huishoudens", "--scale", "2"));
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains("the gap per 1,000 households;"), text.out());
    assertTrue(text.out().matches("(?s).*\nWK005000 +414\\.00 +160\\.00 +254\\.00 +38\\.65 %"
        + " +66\\.84 .*"), text.out());
    JsonNode wijk = row(JsonMapper.builder().build().readTree(
        run(args("--per", "huishoudens", "--format", "json")).out()), "WK005000", "GECLUSTERD")
        .get("normalised");
    assertEquals("per 1000 HUISHOUDENS", wijk.get("per").asString());
    assertEquals("1270/19", wijk.get("gap").asString());
  }

  @Test
  void theJsonHasTheNormalisedGapAndIndexesAsExactFractions() {
    Run run = run(args("--format", "json"));
    assertEquals(0, run.exit(), run.err());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    JsonNode wijk = row(root, "WK005000", "GECLUSTERD").get("normalised");
    JsonNode schiermonnikoog = row(root, "GM0088", "GECLUSTERD").get("normalised");
    assertEquals("per 1000 INWONERS", wijk.get("per").asString());
    assertEquals("254/9", wijk.get("gap").asString());
    assertEquals("28.2", wijk.get("gapShown").asString());
    assertFalse(wijk.has("indexRegion"), "Zeewolde's gap is partial: no index");
    assertEquals("1180/19", schiermonnikoog.get("gap").asString());
    // (1180/19) / (109.5 × 1000 / 2150) × 100
    assertEquals("507400/4161", schiermonnikoog.get("indexRegion").asString());
    assertEquals("121.9", schiermonnikoog.get("indexRegionShown").asString());
  }

  @Test
  void theHtmlTableHasTheNormalisedGapAndIndexColumns() throws IOException {
    Path html = temp.resolve("analyse.html");
    Run run = run(args("--format", "html", "-o", html.toString()));
    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<th>opgave per 1.000 inwoners</th><th>index regio</th>"
        + "<th>index Nederland</th></tr>"), page);
    assertTrue(page.contains("<td class=\"num\">62.1</td><td class=\"num\">121.9</td>"
        + "<td class=\"num\">–</td></tr>"), page);
  }

  /**
   * The illustrative regions of {@code data/analyse/regios.csv}: Schiermonnikoog (GM0088) and
   * Vlieland (GM0096), both with data, as a made-up zorgkantoorregio; and Vlieland with Ameland
   * (GM0060), of which the data have nothing.
   */
  private static String regions() {
    return Run.data("analyse/regios.csv");
  }

  @Test
  void theTextRollsTheAnalysisUpToTheRegionsOfAFile() {
    Run run = run(args("--lang", "en", "--regions", regions()));
    assertEquals(0, run.exit(), run.err());
    // Clustered homes: demand 69 + 80.5, supply 10 + 30, gap 59 + 50.5, coverage 40 / 149.5,
    // the gap per 1,000 of 950 + 1,200 inhabitants; no index against the Netherlands, whose
    // clustered gap is partial.
    assertTrue(run.out().matches("(?s).*\nregion +Voorbeeld Wadden +149\\.5 +40\\.0 +109\\.5"
        + " +26\\.8 % +50\\.9 +– +–\n.*"), run.out());
    // Ameland has no row: the sums are Vlieland's alone and say so.
    assertTrue(run.out().matches("(?s).*\nregion +Vlieland en Ameland +80\\.5 \\* +30\\.0 \\*"
        + " +50\\.5 \\* +– +– +– +–\n.*"), run.out());
    assertTrue(run.out().contains("\n* Vlieland en Ameland: no data of GM0060\n"), run.out());
    // Zero-step homes: demand 67.6 + 85.8 (26 % of 260 + 330), supply 70 + 100: a surplus of
    // 16.6, -7.7 per 1,000 inhabitants, indexed against the Netherlands' 631.4 over 23,450.
    assertTrue(run.out().matches("(?s).*\nregion +Voorbeeld Wadden +153\\.4 +170\\.0 +-16\\.6"
        + " +110\\.8 % +-7\\.7 +– +-28\\.7\n.*"), run.out());
  }

  /** The row of {@code category} of a region of the JSON. */
  private static JsonNode regionRow(JsonNode region, String category) {
    for (JsonNode row : region.get("rows")) {
      if (row.get("category").asString().equals(category)) {
        return row;
      }
    }
    throw new AssertionError("no row of " + category + " in " + region);
  }

  @Test
  void theJsonHasEachRegionsExactRowsAndWhatTheyLack() {
    Run run = run(args("--format", "json", "--regions", regions()));
    assertEquals(0, run.exit(), run.err());
    JsonNode regions = JsonMapper.builder().build().readTree(run.out()).get("regions");
    assertEquals(2, regions.size());
    JsonNode wadden = regions.get(0);
    assertEquals("Voorbeeld Wadden", wadden.get("name").asString());
    assertEquals("ZORGKANTOORREGIO", wadden.get("kind").asString());
    assertEquals("[\"GM0088\",\"GM0096\"]", wadden.get("gemeenten").toString());
    JsonNode clustered = regionRow(wadden, "GECLUSTERD");
    assertEquals("REGIO", clustered.get("level").asString());
    assertEquals("299/2", clustered.get("demandByGroup").get("OUDEREN_65_PLUS").get("value")
        .asString());
    assertEquals("40", clustered.get("supply").get("value").asString());
    assertEquals("219/2", clustered.get("gap").get("value").asString());
    assertEquals("80/299", clustered.get("coverage").asString());
    // 109.5 × 1000 / 2150
    assertEquals("2190/43", clustered.get("normalised").get("gap").asString());
    assertFalse(clustered.get("normalised").has("indexRegion"));
    JsonNode zeroStep = regionRow(wadden, "NULTREDEN");
    // (-16.6 × 1000 / 2150) / (631.4 × 1000 / 23450) × 100
    assertEquals("-556100/19393", zeroStep.get("normalised").get("indexNetherlands").asString());
    JsonNode partial = regionRow(regions.get(1), "GECLUSTERD");
    assertEquals("161/2", partial.get("demand").get("value").asString());
    assertFalse(partial.get("demand").get("complete").asBoolean());
    assertEquals("[\"GM0060\"]", partial.get("demand").get("missing").toString());
    assertEquals("[\"GM0060\"]", partial.get("supply").get("missing").toString());
    assertFalse(partial.has("coverage"), "no coverage of partial sums");
  }

  @Test
  void theHtmlTableHasTheRegionRowsAndWhyOneIsPartial() throws IOException {
    Path html = temp.resolve("analyse.html");
    Run run = run(args("--format", "html", "-o", html.toString(), "--regions",
        regions()));
    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<tr><td>Voorbeeld Wadden (zorgkantoorregio)</td>"
        + "<td class=\"num\">149.5</td><td class=\"num\">40.0</td>"
        + "<td class=\"num\">109.5</td><td class=\"num\">26.8 %</td>"
        + "<td class=\"num\">50.9</td><td class=\"num\">–</td><td class=\"num\">–</td></tr>"),
        page);
    assertTrue(page.contains("<p class=\"note\">* Vlieland en Ameland: geen gegevens van"
        + " GM0060</p>"), page);
  }

  @Test
  void aGemeentecodeOfNoGemeenteInTheRegionsIsLocatedByLineOrPointer() throws IOException {
    // A region the analysis sums could never be complete with it: refused, not a partial sum.
    Path csv = file("regios.csv", "soort,regio,gemeentecode\n"
        + "EIGEN,Eilanden,GM0088\n\nEIGEN,Eilanden,GM9999\n");
    Path json = file("regios.json", "{\"regions\": [{\"soort\": \"EIGEN\", \"regio\":"
        + " \"Eilanden\", \"gemeenten\": [\"GM0088\", \"GM9999\"]}]}\n");
    for (String where : List.of(csv + ":4:16", json + "#/regions/0/gemeenten/1")) {
      Path regions = where.startsWith(csv.toString()) ? csv : json;
      Run run = run(args("--lang", "en", "--regions", regions.toString()));
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith("cannot use " + regions + ":\n  " + where
          + ": unknown area code 'GM9999': no gemeente of the "), run.err());
    }
  }

  @Test
  void aForecastYearNotAfterThePopulationsIsLocated() throws IOException {
    Path forecast = file("prognose.csv", "bron;CBS;85173NED;2024-01-01\n"
        + "gemeente;jaar;laag;midden;hoog\nGM0050;2030;22000;23500;25000\n"
        + "GM0050;2024;21000;21300;21600\nGM0088;2023;900;950;1000\n");
    Run run = run(args("--lang", "en", "--forecast", forecast.toString()));
    assertEquals(2, run.exit());
    assertEquals("cannot use " + forecast + ":\n"
        + "  " + forecast + ":4:8: the year 2024 is not after 2024, the population's reference"
        + " year: a forecast is of later years\n"
        + "  " + forecast + ":5:8: the year 2023 is not after 2024, the population's reference"
        + " year: a forecast is of later years\n", run.err());
  }

  @Test
  void aNormWithoutASourceIsLocated() throws IOException {
    Path norms = file("normen.csv", "id;doelgroep;categorie;basis;ratio;bron;datum\n"
        + "x;OUDEREN_65_PLUS;GECLUSTERD;LEEFTIJD_65_PLUS;5/1000;;2024-01-01\n");
    Run run = run(with(args("--lang", "en"), "--norms", norms.toString()));
    assertEquals(2, run.exit());
    assertEquals("cannot use " + norms + ":\n  " + norms + ":2:54: norm x has no source: a norm"
        + " without a source is not used\n", run.err());
  }

  @Test
  void aBadRatioAndAnUnknownCategoryAreLocatedTogether() throws IOException {
    Path norms = file("normen.csv", "# mine\nid;doelgroep;categorie;basis;ratio;bron;datum\n"
        + "x;OUDEREN_65_PLUS;HOFJE;LEEFTIJD_65_PLUS;-5%;mine;2024-01-01\n");
    Run run = run(with(args("--lang", "en"), "--norms", norms.toString()));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains(norms + ":3:19: unknown category 'HOFJE'"), run.err());
    assertTrue(run.err().contains(norms + ":3:42: expected a ratio of 0 or more"), run.err());
  }

  @Test
  void anUnknownAreaCodeInTheStockIsLocated() throws IOException {
    Path stock = file("stock.ndjson", "{\"formatVersion\":\"1.0\",\"id\":\"x\","
        + "\"municipalityCode\":\"GM9999\",\"unitKind\":\"WOO\"}\n");
    Run run = run(with(args("--lang", "en"), "--stock", stock.toString()));
    assertEquals(2, run.exit());
    assertEquals("cannot use " + stock + ":\n  " + stock + ": line 1 (x): unknown area code"
        + " 'GM9999'\n", run.err());
  }

  /**
   * A record is named by its line, as a bad line is: the reader skips blank lines (a {@code \r}
   * at a line's end included), so the third record, {@code y}, is on line 5 and {@code z} on
   * line 7; the bad line after them is still named, after them.
   */
  @Test
  void aRecordOfTheStockIsLocatedByItsLineAlsoAfterBlankLines() throws IOException {
    String record = "{\"formatVersion\":\"1.0\",\"id\":\"ID\",\"municipalityCode\":\"CODE\","
        + "\"unitKind\":\"WOO\"}";
    Path stock = file("stock.ndjson", String.join("\n",
        record.replace("ID", "v").replace("CODE", "GM0050"), "", " \t\r",
        record.replace("ID", "w").replace("CODE", "GM0050") + "\r",
        record.replace("ID", "y").replace("CODE", "GM9999"), "\r",
        record.replace("ID", "z").replace("CODE", "GM9998"), "{\"formatVersion\":\"1.0\"}"));
    Run en = run(with(args("--lang", "en"), "--stock", stock.toString()));
    Run nl = run(with(args("--lang", "nl"), "--stock", stock.toString()));
    assertEquals(2, en.exit());
    List<String> lines = en.err().lines().toList();
    assertEquals(List.of("cannot use " + stock + ":",
        "  " + stock + ": line 5 (y): unknown area code 'GM9999'",
        "  " + stock + ": line 7 (z): unknown area code 'GM9998'"), lines.subList(0, 3));
    assertTrue(lines.get(3).startsWith("  " + stock + ":8:"), en.err());
    assertEquals(2, nl.exit());
    assertTrue(nl.err().startsWith("kan " + stock + " niet gebruiken:\n  " + stock
        + ": regel 5 (y): onbekende gebiedscode 'GM9999'\n"), nl.err());
  }

  @Test
  void aTableOfAnotherYearIsLocated() throws IOException {
    Path kwb = file("kwb.csv",
        "WijkenEnBuurten;Perioden;AantalInwoners_5\nGM0050;2023JJ00;21300\n");
    Run run = run(with(args("--lang", "en"), "--population", kwb.toString()));
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("cannot use " + kwb + ":\n  " + kwb + ":2:"), run.err());
    assertTrue(run.err().contains("2023JJ00"), run.err());
  }

  @Test
  void aGemeenteThatIsNotTheSumOfItsWijkenIsAnalysedAndTheContradictionReported()
      throws IOException {
    // As CBS's own tables do: the analysis goes on from the wijken and says where they disagree.
    Path kwb = file("kwb.csv", "WijkenEnBuurten;AantalInwoners_5\nGM0096;1200\n"
        + "WK009600;1250\n");
    Run run = run(with(args("--lang", "en"), "--population", kwb.toString()));
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("\n- The population table contradicts itself: the inhabitants"
        + " of GM0096 are 1200 and those of its wijken add up to 1250.\n"), run.out());
  }

  @Test
  void aNegativeCountIsLocated() throws IOException {
    Path kwb = file("kwb.csv", "WijkenEnBuurten;AantalInwoners_5\nGM0050;-5\n");
    Run run = run(with(args("--lang", "en"), "--population", kwb.toString()));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains(kwb + ":2:"), run.err());
    assertTrue(run.err().contains("negative"), run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace");
  }

  @Test
  void inDutchByDefault() {
    Run run = run(args());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Bevindingen"));
    assertTrue(run.out().contains("geheim"));
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    Run run = Run.of("analyse", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("--norms=FILE"));
    assertTrue(run.out().contains("--regions=FILE"));
    assertTrue(run.out().replaceAll("\\s+", " ").contains("norm without source"), run.out());
  }

  @Test
  void theResultIsAnAnalysisDocumentThatReadsBackRoundTripsAndValidatesClean()
      throws IOException {
    Path document = temp.resolve("woonzorganalyse.json");
    Run run = run(args("--forecast", Run.data("analyse/prognose.csv"), "--document",
        document.toString(), "--maker", "Gemeente Voorbeeld", "-o",
        temp.resolve("analyse.txt").toString()));
    assertEquals(0, run.exit(), run.err());

    String json = Files.readString(document);
    AnalysisDocument read = JsonReader.strict().read(json, DocumentType.ANALYSIS);
    assertEquals(json, JsonWriter.pretty().write(read) + "\n", "round trip to the same bytes");
    assertEquals(DocumentType.ANALYSIS, Documents.detect(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("woonzorganalyse-wijk-2024", read.getId());
    assertEquals("NL00", read.getArea().getId());
    assertEquals(List.of("maker"), read.getAuthorPartyIds());
    assertEquals("Gemeente Voorbeeld", read.getParties().get(0).getName());
    // Every figure's and finding's area is declared, the sources and reference date carried.
    assertTrue(read.getAnalysis().getFigures().size() > 0);
    read.getAnalysis().getFigures().forEach(figure -> {
      assertTrue(read.findArea(figure.getAreaId().orElseThrow()).isPresent(), figure.getId());
      assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), figure.getReferenceDate(),
          figure.getId());
      assertTrue(read.getAnalysis().getSources().stream().anyMatch(
          source -> source.getId().equals(figure.getSourceId().orElseThrow())), figure.getId());
    });
    read.getAnalysis().getFindings().forEach(finding -> finding.getAreaIds().forEach(
        area -> assertTrue(read.findArea(area).isPresent(), finding.getId() + " " + area)));
    assertEquals(Optional.of(2035), read.getHorizonYear(), "the last forecast year");

    Report report = WoonzorgValidator.builder().build().validate(read);
    assertEquals(List.of(), report.findings(Severity.ERROR).stream()
        .map(f -> f.getRuleId() + " " + f.getLocation()).toList());
    Run validate = Run.of("validate", document.toString());
    assertEquals(0, validate.exit(), validate.out());
  }

  @Test
  void withoutAMakerTheDocumentSaysSoAsAWarning() throws IOException {
    Path document = temp.resolve("woonzorganalyse.json");
    assertEquals(0, run(args("--document", document.toString(), "-o",
        temp.resolve("analyse.txt").toString())).exit());

    AnalysisDocument read = JsonReader.strict().read(Files.readString(document),
        DocumentType.ANALYSIS);
    assertEquals(List.of(), read.getParties());
    assertEquals(List.of("WZ-DOC-03"), WoonzorgValidator.builder().build().validate(read)
        .findings(Severity.WARNING).stream().map(f -> f.getRuleId()).distinct().toList());
  }
}
