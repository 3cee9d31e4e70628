package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.woonzorg.examples.DwellingStock;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code woonzorg validate}: its output and each of its exit codes. */
class ValidateCommandTest {

  @TempDir
  Path temp;

  @Test
  void exit0GemeenteAIsConformInTheStrictProfile() {
    Run run = Run.of("validate", Run.data("gemeente-a.json"));

    assertEquals(0, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(Run.data("gemeente-a.json") + " (housing-care-vision): conform — 0 fouten,"
        + " 0 waarschuwingen, 8 informatiemeldingen (profiel vastgesteld)", lines.get(0));
    assertEquals("  ernst       regel        plaats                   melding", lines.get(1));
    assertEquals("  informatie  WZ-SIGN-02   /agreements/0/parties    Prestatieafspraak"
        + " afspraak-geclusterd-2025 is niet mede ondertekend door een zorgaanbieder,"
        + " welzijnsorganisatie of zorgkantoor.", lines.get(2));
    assertEquals(10, lines.size());
    assertEquals("", run.err());
  }

  @Test
  void exit0EveryBundledVisionPassesAtErrorLevel() {
    Run run = Run.of("validate", "--profile", "concept", Run.data("gemeente-a.json"),
        Run.data("national-programme.json"), Run.data("rotterdam.json"),
        Run.data("bernheze.json"), Run.data("six-agreement-types.json"));

    assertEquals(0, run.exit(), run.out());
  }

  @Test
  void exit1WarningsFailWhenFailOnIsWarning() {
    Run run = Run.of("validate", "--profile", "concept", "--fail-on", "warning", "--lang", "en",
        Run.data("six-agreement-types.json"));

    assertEquals(1, run.exit());
    assertEquals(Run.data("six-agreement-types.json") + " (housing-care-vision): conform with"
            + " warnings — 0 errors, 24 warnings, 21 notes (profile concept)",
        run.out().lines().findFirst().orElseThrow());
    assertTrue(run.out().contains("  warning      WZ-SIGN-01     /agreements/1/parties   "
        + "Performance agreement pa-verzorgd-wonen is not signed by a party of type GEMEENTE."),
        run.out());
  }

  @Test
  void exit1TheSameAgreementsAreNotConformOnceAdopted() {
    Run run = Run.of("validate", Run.data("six-agreement-types.json"));

    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith(Run.data("six-agreement-types.json")
        + " (housing-care-vision): niet conform — 24 fouten, 5 waarschuwingen, 16 informatiemeldingen"),
        run.out());
  }

  @Test
  void exit1ABuildingIsDetectedAndCheckedAloneAndRecordByRecord() throws IOException {
    String clustered = "{\"formatVersion\":\"1.1\",\"documentType\":\"building\","
        + "\"id\":\"complex-%d\",\"kind\":\"COMPLEX\",\"unitCount\":%d,"
        + "\"meetingRoom\":\"AANWEZIG\",\"clusteringForm\":\"IN_EEN_COMPLEX\"}";
    Path single = Files.writeString(temp.resolve("complex.json"), String.format(clustered, 1, 8));
    Path stream = Files.writeString(temp.resolve("complexes.ndjson"),
        String.format(clustered, 1, 20) + "\n" + String.format(clustered, 2, 11) + "\n");

    Run run = Run.of("validate", "--lang", "en", single.toString(), stream.toString());

    assertEquals(1, run.exit(), run.out());
    List<String> lines = run.out().lines().toList();
    assertEquals(single + " (building): not conform — 1 error, 0 warnings, 0 notes"
        + " (profile vastgesteld)", lines.get(0));
    assertTrue(lines.get(2).matches(" +error +WZ-BLD-02 +/unitCount +A building of clustered"
        + " housing has 8 units, fewer than the minimum of 12 \\(VERA WOONVORM GEC\\)\\."),
        lines.get(2));
    assertTrue(run.out().contains(stream + " (building): not conform — 1 error"), run.out());
    assertTrue(lines.stream().anyMatch(line -> line.matches(" +error +WZ-BLD-02 +/1/unitCount .*")),
        run.out());
    assertEquals(1, Run.of("validate", "--type", "building", single.toString()).exit());
  }

  private static final String BUILDING = "{\"formatVersion\":\"1.1\",\"documentType\":"
      + "\"building\",\"id\":\"complex-%d\",\"kind\":\"COMPLEX\",\"unitCount\":%d}\n";
  private static final String DWELLING = "{\"formatVersion\":\"1.1\",\"documentType\":"
      + "\"dwelling\",\"id\":\"VHE-%d\",\"municipalityCode\":\"GM0363\","
      + "\"unitKind\":\"WOO\",\"buildingId\":\"complex-%d\"}\n";

  /** Building records of the given unit counts, complex-1 first; a file in {@link #temp}. */
  private Path buildings(int... unitCounts) throws IOException {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < unitCounts.length; i++) {
      records.append(String.format(BUILDING, i + 1, unitCounts[i]));
    }
    return Files.writeString(temp.resolve("buildings.ndjson"), records);
  }

  /** Dwelling records naming the given buildings by number, VHE-1 first. */
  private Path dwellings(int... buildingNumbers) throws IOException {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < buildingNumbers.length; i++) {
      records.append(String.format(DWELLING, i + 1, buildingNumbers[i]));
    }
    return Files.writeString(temp.resolve("dwellings.ndjson"), records);
  }

  /**
   * The cross-check of a stock: VHE-3 names complex-9, which no building record has (WZ-BLD-06,
   * an error in the dwellings file), and complex-2 records 3 units but no dwelling names it
   * (WZ-BLD-07, a warning in the buildings file, reported after the FILEs).
   */
  @Test
  void exit1DwellingsAreCrossCheckedAgainstTheBuildingsOfTheStock() throws IOException {
    Path buildings = buildings(2, 3);
    Path dwellings = dwellings(1, 1, 9);

    Run en = Run.of("validate", "--lang", "en", dwellings.toString(), "--buildings",
        buildings.toString());
    Run nl = Run.of("validate", dwellings.toString(), "--buildings", buildings.toString(),
        "--threads", "1");

    assertEquals(1, en.exit(), en.out());
    assertEquals(List.of(
        dwellings + " (dwelling): not conform — 1 error, 0 warnings, 0 notes (profile"
            + " vastgesteld)",
        "  severity  rule       location       message",
        "  error     WZ-BLD-06  /2/buildingId  The dwelling names building complex-9, which is"
            + " not among the buildings.",
        buildings + " (building): conform with warnings — 0 errors, 1 warning, 0 notes (profile"
            + " vastgesteld)",
        "  severity  rule       location      message",
        "  warning   WZ-BLD-07  /1/unitCount  The building records 3 units, but 0 dwellings name"
            + " it."), en.out().lines().toList());
    assertEquals("", en.err());
    assertEquals(1, nl.exit(), nl.out());
    assertEquals(List.of(
        dwellings + " (dwelling): niet conform — 1 fout, 0 waarschuwingen, 0 informatiemeldingen"
            + " (profiel vastgesteld)",
        "  ernst  regel      plaats         melding",
        "  fout   WZ-BLD-06  /2/buildingId  De eenheid verwijst naar gebouw complex-9, dat niet"
            + " in de gebouwen staat.",
        buildings + " (building): conform met waarschuwingen — 0 fouten, 1 waarschuwing,"
            + " 0 informatiemeldingen (profiel vastgesteld)",
        "  ernst         regel      plaats        melding",
        "  waarschuwing  WZ-BLD-07  /1/unitCount  Het gebouw heeft 3 eenheden vastgelegd, maar 0"
            + " eenheden verwijzen ernaar."), nl.out().lines().toList());
  }

  @Test
  void exit0AStockWhoseCountsAgreeAndExit1OnAWarningWhenTheyDoNot() throws IOException {
    Path buildings = buildings(2, 1);

    Run agree = Run.of("validate", "--lang", "en", "--fail-on", "warning",
        dwellings(1, 2, 1).toString(), "--buildings", buildings.toString());
    Run differ = Run.of("validate", "--lang", "en", dwellings(1, 2).toString(), "--buildings",
        buildings.toString());
    Run strict = Run.of("validate", "--lang", "en", "--fail-on", "warning",
        dwellings(1, 2).toString(), "--buildings", buildings.toString());

    assertEquals(0, agree.exit(), agree.out());
    assertEquals(List.of(
        temp.resolve("dwellings.ndjson") + " (dwelling): conform — 0 errors, 0 warnings, 0 notes"
            + " (profile vastgesteld)",
        buildings + " (building): conform — 0 errors, 0 warnings, 0 notes (profile"
            + " vastgesteld)"), agree.out().lines().toList());
    assertEquals(0, differ.exit(), differ.out());
    assertTrue(differ.out().contains("  warning   WZ-BLD-07  /0/unitCount  The building records"
        + " 2 units, but 1 dwellings name it."), differ.out());
    assertEquals(1, strict.exit(), strict.out());
  }

  /**
   * A clustered complex of 10 units: under VERA's 12 without criteria, at or above the 8 that
   * Gemeente A's goal would state — the goal's criteria replace the default, an unknown goal is a
   * usage error naming the goals there are.
   */
  @Test
  void theCriteriaOfAGoalSetTheThresholdsOfClusteredBuildings() throws IOException {
    Path building = Files.writeString(temp.resolve("complex.json"), "{\"formatVersion\":\"1.1\","
        + "\"documentType\":\"building\",\"id\":\"complex-1\",\"kind\":\"COMPLEX\","
        + "\"clusteringForm\":\"IN_EEN_COMPLEX\",\"unitCount\":10,\"meetingRoom\":\"AANWEZIG\"}");
    Path vision = Files.writeString(temp.resolve("visie.json"), Files.readString(
        Path.of(Run.data("gemeente-a.json"))).replace("\"kind\": \"AANTAL_LOCATIES\"",
        "\"kind\": \"MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE\"").replace("\"unit\": \"LOCATIES\"",
        "\"unit\": \"WONINGEN\"").replace("\"value\": 4,", "\"value\": 8,"));

    Run vera = Run.of("validate", "--lang", "en", building.toString());
    Run stated = Run.of("validate", "--lang", "en", building.toString(), "--criteria",
        vision + "#doel-geclusterd-110");
    Run unknown = Run.of("validate", "--lang", "en", building.toString(), "--criteria",
        vision + "#doel-x");

    assertEquals(1, vera.exit(), vera.out());
    assertTrue(vera.out().contains("WZ-BLD-02"), vera.out());
    assertEquals(0, stated.exit(), stated.out());
    assertEquals(List.of(building + " (building): conform — 0 errors, 0 warnings, 0 notes"
        + " (profile vastgesteld)"), stated.out().lines().toList());
    assertEquals(64, unknown.exit());
    assertTrue(unknown.err().contains("goal doel-x is not in " + vision + "; it has "
        + "doel-geclusterd-110"), unknown.err());
  }

  @Test
  void exit2BuildingsThatCannotBeReadLeaveTheCrossCheckOut() throws IOException {
    Path dwellings = dwellings(1, 9);
    Path missing = temp.resolve("no-such-buildings.ndjson");

    Run run = Run.of("validate", "--lang", "en", dwellings.toString(), "--buildings",
        missing.toString());

    assertEquals(2, run.exit(), run.out());
    assertEquals(List.of(
        dwellings + " (dwelling): conform — 0 errors, 0 warnings, 0 notes (profile vastgesteld)",
        missing + ": unreadable — 0 errors, 0 warnings, 0 notes (profile vastgesteld)",
        "  unreadable: no such file"), run.out().lines().toList());
  }

  @Test
  void theBuildingsFileListedAmongTheFilesIsCheckedOnceWithItsCounts() throws IOException {
    Path buildings = buildings(1);
    Path dwellings = dwellings(1);

    Run run = Run.of("validate", "--lang", "en", "--format", "json", buildings.toString(),
        dwellings.toString(), "--buildings", buildings.toString());

    assertEquals(0, run.exit(), run.out());
    JsonNode files = JsonMapper.builder().build().readTree(run.out()).get("files");
    assertEquals(2, files.size(), run.out());
    assertEquals(dwellings.toString(), files.get(0).get("file").asString());
    assertEquals(buildings.toString(), files.get(1).get("file").asString());
    assertEquals("building", files.get(1).get("documentType").asString());
  }

  @Test
  void exit1TheDwellingStockIsCheckedRecordByRecord() {
    Run run = Run.of("validate", Run.data("dwelling-stock.ndjson"));

    assertEquals(1, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(Run.data("dwelling-stock.ndjson") + " (dwelling): niet conform — 16 fouten,"
        + " 6 waarschuwingen, 0 informatiemeldingen (profiel vastgesteld)", lines.get(0));
    assertEquals("  fout          WZ-DWELLING-01  /13/targetGroup          VERA-code MEE uit de"
        + " lijst DOELGROEP is beëindigd per 2023-10-06.", lines.get(2));
    assertEquals(2 + 22, lines.size());
  }

  /**
   * A stock of 250 records with the same finding, and a bad line among them: the table shows the
   * first 100 findings of the rule and one line for the other 150, the bad line keeps its place
   * in the stream, and the count says how many errors there are: 250 and the bad line's two.
   */
  @Test
  void exit1AStreamShowsTheFirstHundredFindingsOfARuleAndCountsTheRest() throws IOException {
    String record = "{\"formatVersion\":\"1.0\",\"id\":\"VHE-%d\",\"municipalityCode\":"
        + "\"GM0344\",\"unitKind\":\"WOO\",\"targetGroup\":\"MEE\"}\n";
    StringBuilder stock = new StringBuilder();
    for (int i = 0; i < 251; i++) {
      stock.append(i == 1 ? "{\"formatVersion\":\"1.0\",\"id\":7}\n" : String.format(record, i));
    }
    Path file = Files.writeString(temp.resolve("stock.ndjson"), stock);

    Run run = Run.of("validate", "--lang", "en", file.toString());

    assertEquals(2, run.exit(), run.out());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith(file + " (dwelling): unreadable — 252 errors,"), lines.get(0));
    assertTrue(lines.get(2).matches(" +error +WZ-DWELLING-01 +/0/targetGroup .*"), lines.get(2));
    assertTrue(lines.stream().anyMatch(line -> line.contains("WZ-IO-WRONG-TYPE")
        && line.contains(" /1/id (2:")), run.out());
    assertEquals(1, lines.stream().filter(line -> line.contains("WZ-ENGINE-02")
        && line.contains("/101/targetGroup") && line.contains("From here on, 150 more findings"
        + " (error) of rule WZ-DWELLING-01")).count(), run.out());
    assertEquals(100, lines.stream().filter(line -> line.matches(" +error +WZ-DWELLING-01 .*"))
        .count());
  }

  /**
   * A stream read and validated on several threads gives exactly the output of one thread: the
   * same findings, bad lines and summaries, in the same order. 5,000 records (some 20 blocks of
   * lines) with findings of several rules, more than the per-rule cap of some, and bad lines of
   * several kinds spread over them.
   */
  @Test
  void exit2TheSameFindingsInTheSameOrderOnAnyNumberOfThreads() throws IOException {
    String record = "{\"formatVersion\":\"1.0\",\"id\":\"VHE-%d\",\"municipalityCode\":"
        + "\"GM0344\",\"unitKind\":\"WOO\"%s}\n";
    StringBuilder stock = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      stock.append(switch (i % 97) {
        case 3 -> "{\"formatVersion\":\"1.0\",\"id\":" + i + "}\n";
        case 41 -> "{\"formatVersion\":\"1.0\",\"id\":\"VHE-" + i + "\",\"unitKind\":\"IGLO\"}\n";
        case 60 -> "not json\n";
        default -> String.format(record, i, i % 7 == 0 ? ",\"targetGroup\":\"MEE\""
            : i % 11 == 0 ? ",\"rooms\":-1" : "");
      });
    }
    Path file = Files.writeString(temp.resolve("stock.ndjson"), stock);

    Run one = Run.of("validate", "--format", "json", "--threads", "1", file.toString());
    Run three = Run.of("validate", "--format", "json", "--threads", "3", file.toString());

    assertEquals(2, one.exit(), one.out());
    assertTrue(one.out().contains("WZ-ENGINE-02") && one.out().contains("WZ-IO-"), one.out());
    assertEquals(one.out(), three.out());
    assertEquals(one.exit(), three.exit());
  }

  @Test
  void exit64NoThreads() {
    Run run = Run.of("validate", "--threads", "0", Run.data("dwelling-stock.ndjson"));

    assertEquals(64, run.exit());
    assertTrue(run.err().startsWith("--threads moet minstens 1 zijn, niet 0"), run.err());
  }

  @Test
  void exit2AMissingFile() {
    Run run = Run.of("validate", "no-such-file.json");

    assertEquals(2, run.exit());
    assertEquals(List.of("no-such-file.json: onleesbaar — 0 fouten, 0 waarschuwingen,"
            + " 0 informatiemeldingen (profiel vastgesteld)", "  onleesbaar: bestand bestaat niet"),
        run.out().lines().toList());
  }

  @Test
  void exit2BrokenJsonIsReportedAtItsPlace() throws IOException {
    Path broken = temp.resolve("broken.json");
    Files.writeString(broken, "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"d1\",\n"
        + "  \"unitKind\": \"IGLO\"\n}\n", StandardCharsets.UTF_8);

    Run run = Run.of("validate", "--lang", "en", broken.toString());

    assertEquals(2, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(broken + " (dwelling): unreadable — 1 error, 0 warnings, 0 notes"
        + " (profile vastgesteld)", lines.get(0));
    assertTrue(lines.get(2).startsWith("  error     WZ-IO-UNKNOWN-CODE  /unitKind (4:15)  "),
        lines.get(2));
  }

  @Test
  void exit2WinsOverFindingsInAnotherFile() {
    Run run = Run.of("validate", Run.data("six-agreement-types.json"), "no-such-file.json");

    assertEquals(2, run.exit());
  }

  @Test
  void exit64AnUnknownOption() {
    Run run = Run.of("validate", "--colour", Run.data("gemeente-a.json"));

    assertEquals(64, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("Unknown option: '--colour'"), run.err());
  }

  @Test
  void exit64NoFile() {
    Run run = Run.of("validate");

    assertEquals(64, run.exit());
    assertTrue(run.err().startsWith("Missing required parameter: 'FILE'"), run.err());
  }

  @Test
  void exit64ABadOptionValue() {
    Run run = Run.of("validate", "--fail-on", "info", Run.data("gemeente-a.json"));

    assertEquals(64, run.exit());
    assertTrue(run.err().startsWith("Invalid value for option '--fail-on': expected one of"
        + " [ERROR, WARNING] (case-insensitive) but was 'info'"), run.err());
  }

  @Test
  void jsonFormatForMachines() {
    Run run = Run.of("validate", "--format", "json", Run.data("gemeente-a.json"),
        "no-such-file.json");
    JsonNode json = JsonMapper.builder().build().readTree(run.out());

    assertEquals(2, run.exit());
    assertEquals("VASTGESTELD", json.get("profile").asString());
    assertEquals("ERROR", json.get("failOn").asString());
    assertEquals(2, json.get("exitCode").asInt());
    JsonNode gemeenteA = json.get("files").get(0);
    assertEquals("housing-care-vision", gemeenteA.get("documentType").asString());
    assertEquals("CONFORM", gemeenteA.get("verdict").asString());
    assertEquals(8, gemeenteA.get("counts").get("INFO").asInt());
    JsonNode first = gemeenteA.get("findings").get(0);
    assertEquals("WZ-SIGN-02", first.get("ruleId").asString());
    assertEquals("INFO", first.get("severity").asString());
    assertEquals("/agreements/0/parties", first.get("location").asString());
    JsonNode missing = json.get("files").get(1);
    assertEquals(false, missing.get("readable").asBoolean());
    assertEquals("bestand bestaat niet", missing.get("error").asString());
  }

  @Test
  void jsonFindingsCarryTheirArgumentsInPlaceholderOrder() {
    Run run = Run.of("validate", "--format", "json", "--lang", "en",
        Run.data("gemeente-a.json"));
    JsonNode findings = JsonMapper.builder().build().readTree(run.out())
        .get("files").get(0).get("findings");

    JsonNode signature = findings.get(0);
    assertEquals("WZ-SIGN-02", signature.get("ruleId").asString());
    assertEquals("{\"agreementId\":\"afspraak-geclusterd-2025\"}",
        signature.get("arguments").toString());
    JsonNode topic = findings.get(findings.size() - 1);
    assertEquals("WZ-TOPIC-01", topic.get("ruleId").asString());
    assertEquals(List.of("topic", "labelNl", "labelEn"),
        List.copyOf(topic.get("arguments").propertyNames()));
    assertTrue(topic.get("message").asString()
        .contains(topic.get("arguments").get("labelEn").asString()), topic.toString());
  }

  @Test
  void jsonProblemsOfReadingHaveNoArguments() {
    Run run = Run.of("validate", "--format", "json", "--type", "goal",
        Run.data("gemeente-a.json"));
    JsonNode problem = JsonMapper.builder().build().readTree(run.out())
        .get("files").get(0).get("findings").get(0);

    // A 1.1 document says what it is: that it is no goal is the first problem.
    assertEquals("WZ-IO-INVALID-VALUE", problem.get("ruleId").asString());
    assertEquals("/documentType", problem.get("location").asString());
    assertEquals("{}", problem.get("arguments").toString());
  }

  @Test
  void theTypeCanBeNamed() {
    Run run = Run.of("validate", "--type", "goal", Run.data("gemeente-a.json"));

    assertEquals(2, run.exit());
    assertTrue(run.out().contains("WZ-IO-UNKNOWN-PROPERTY"), run.out());
  }

  @Test
  void thePeildatumJudgesADwellingRecordsGemeentecode() throws IOException {
    // Weesp (GM0457) joined Amsterdam on 24 March 2022.
    Path stock = Files.writeString(temp.resolve("weesp.ndjson"), "{\"formatVersion\":\"1.1\","
        + "\"documentType\":\"dwelling\",\"id\":\"w1\",\"municipalityCode\":\"GM0457\","
        + "\"unitKind\":\"WOO\"}\n");

    assertEquals(List.of(), areaFindings(Run.of("validate", "--format", "json", "--peildatum",
        "2022-03-23", stock.toString())));
    assertEquals(List.of("WZ-AREA-05 /0/municipalityCode 2022-03-24"), areaFindings(Run.of(
        "validate", "--format", "json", "--peildatum", "2022-03-24", stock.toString())));
    assertEquals(List.of("WZ-AREA-05 /0/municipalityCode 2024-01-01"),
        areaFindings(Run.of("validate", "--format", "json", stock.toString())));
  }

  @Test
  void thePeildatumJudgesAnUndatedDocumentOfAnyKind() throws IOException {
    // Maassluis's behoefteraming names neither a publication date nor years: as Weesp's, it is
    // judged at the peildatum.
    Path weesp = Files.writeString(temp.resolve("analysis.json"),
        Files.readString(Path.of(Run.data("cycle/maassluis-behoefteraming.json")))
            .replace("\"code\": \"GM0556\"", "\"code\": \"GM0457\""));

    assertEquals(List.of(), areaFindings(Run.of("validate", "--format", "json", "--peildatum",
        "2021-01-01", weesp.toString())));
    assertEquals(List.of("WZ-AREA-05 /area/code 2023-06-30"), areaFindings(Run.of("validate",
        "--format", "json", "--peildatum", "2023-06-30", weesp.toString())));
  }

  @Test
  void aBadPeildatumIsAUsageError() {
    Run run = Run.of("validate", "--peildatum", "2024-13-01", Run.data("gemeente-a.json"));

    assertEquals(64, run.exit());
    assertTrue(run.err().contains("--peildatum"), run.err());
  }

  /** The WZ-AREA findings of a JSON run, as "rule location asOf". */
  private static List<String> areaFindings(Run run) {
    List<String> found = new java.util.ArrayList<>();
    JsonMapper.builder().build().readTree(run.out()).get("files").forEach(file ->
        file.get("findings").forEach(f -> {
          if (f.get("ruleId").asString().startsWith("WZ-AREA")) {
            found.add(f.get("ruleId").asString() + " " + f.get("location").asString() + " "
                + f.get("arguments").path("asOf").asString());
          }
        }));
    return found;
  }

  @Test
  void progressIsDrawnOnATerminalOnly() throws IOException {
    Path stock = temp.resolve("stock.ndjson");
    List<Dwelling> dwellings = new java.util.ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      dwellings.add(Dwelling.of("d" + i, UnitKind.WOONRUIMTE));
    }
    DwellingStock.write(dwellings, Files.newOutputStream(stock));

    Run piped = Run.on(false, "validate", stock.toString());
    Run terminal = Run.on(true, "validate", stock.toString());

    assertEquals(0, piped.exit());
    assertEquals("", piped.err());
    assertEquals("\r" + stock + ": 1000\r" + stock + ": 2000\r" + stock + ": 2500"
        + System.lineSeparator(), terminal.err());
    assertEquals(piped.out(), terminal.out());
  }
}
