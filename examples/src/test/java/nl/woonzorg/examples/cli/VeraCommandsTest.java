package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code woonzorg vera convert} and {@code woonzorg validate} on VERA files: their output, their
 * messages in both languages and each of their exit codes.
 */
class VeraCommandsTest {

  private static final String SAMPLE = Run.data("vera/15004000185.json");

  @TempDir
  Path temp;

  @Test
  void exit0ConvertsAVeraUnitToADwellingAndCountsWhatItDoesNotCarry() {
    Run run = Run.of("vera", "convert", SAMPLE);

    assertEquals(0, run.exit(), run.err());
    assertEquals("{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\","
        + "\"id\":\"15004000185\",\"unitKind\":\"WOO\",\"constructionYear\":1998}\n", run.out());
    List<String> err = run.err().lines().toList();
    assertEquals("1 record gelezen, 1 omgezet", err.get(0));
    assertEquals("niet overgenomen of afgeleid, per attribuut:", err.get(1));
    assertEquals("  attribuut                             reden             records", err.get(2));
    assertTrue(err.contains("  /adres/postcode                       ongeldige waarde  1"),
        run.err());
    assertTrue(err.contains("  /ruimten                              geen tegenhanger  1"),
        run.err());
    assertTrue(err.contains("  /soort                                afgeleid          1"),
        run.err());
    assertEquals(16, err.size(), run.err());
  }

  @Test
  void exit0DwellingsBecomeTheVeraListFormAndComeBackButForWhatVeraHasNoPlaceFor()
      throws IOException {
    Path dwellings = temp.resolve("stock.ndjson");
    Files.write(dwellings, Files.readAllLines(Run.DATA.resolve("dwelling-stock.ndjson"))
        .subList(0, 2));
    Path vera = temp.resolve("stock-vera.json");
    Path back = temp.resolve("back.ndjson");

    Run there = Run.of("vera", "convert", dwellings.toString(), "-o", vera.toString(),
        "--lang", "en");
    Run again = Run.of("vera", "convert", vera.toString(), "-o", back.toString());

    assertEquals(0, there.exit(), there.err());
    assertEquals(List.of("2 records read, 2 converted",
        "not carried over or inferred, per attribute:",
        "  attribute      reason          records",
        "  /ownerPartyId  no counterpart  2",
        "  /rentClass     no counterpart  2"), there.err().lines().toList());
    List<String> list = Files.readAllLines(vera);
    assertEquals("[", list.get(0));
    assertTrue(list.get(1).startsWith("{\"id\":\"VHE-00001\",\"soort\":{\"code\":\"WOO\","
        + "\"naam\":\"Woonruimte\"}"), list.get(1));
    assertEquals("]", list.get(3));
    assertEquals(0, again.exit(), again.err());
    assertEquals(List.of(
        "{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\",\"id\":\"VHE-00001\","
            + "\"municipalityCode\":\"GM0344\","
            + "\"districtCode\":\"WK034403\",\"postalCode\":\"3526RN\",\"unitKind\":\"WOO\","
            + "\"unitDetailKind\":\"TUS\",\"accessibilityLabel\":\"ZON\",\"targetGroup\":\"EEN\","
            + "\"rooms\":4,\"constructionYear\":2005}",
        "{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\",\"id\":\"VHE-00002\","
            + "\"municipalityCode\":\"GM0344\","
            + "\"districtCode\":\"WK034401\",\"postalCode\":\"3511BV\",\"unitKind\":\"WOO\","
            + "\"unitDetailKind\":\"HOE\",\"accessibilityLabel\":\"GNV\",\"targetGroup\":\"HZO\","
            + "\"rooms\":2,\"constructionYear\":2022}"), Files.readAllLines(back));
  }

  @Test
  void exit1AUnitWithoutKindIsNamedAndLeftOut() throws IOException {
    Path units = temp.resolve("units.ndjson");
    Files.writeString(units, "{\"id\": \"a\", \"soort\": {\"code\": \"WOO\"}}\n"
        + "{\"id\": \"b\", \"zelfstandig\": true}\n");

    Run run = Run.of("vera", "convert", units.toString(), "--lang", "en");

    assertEquals(1, run.exit());
    assertEquals("{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\",\"id\":\"a\","
        + "\"unitKind\":\"WOO\"}\n", run.out());
    assertEquals(List.of("line 2 (id b): not converted: /soort missing",
        "2 records read, 1 converted",
        "not carried over or inferred, per attribute:",
        "  attribute     reason          records",
        "  /soort        missing         1",
        "  /zelfstandig  no counterpart  1"), run.err().lines().toList());
  }

  /**
   * NDJSON units are named by their line, as the reader locates their problems: blank lines are
   * skipped, so the fourth unit, {@code /3} as a count, is on line 6. An array's element keeps its
   * JSON Pointer.
   */
  @Test
  void aUnitLeftOutIsNamedByItsLineAlsoAfterBlankLinesOrByItsPointerInAnArray()
      throws IOException {
    String first = "{\"id\": \"E-1\", \"soort\": {\"code\": \"WOO\"}}";
    String fourth = "{\"id\": \"E-4\", \"zelfstandig\": true}";
    Path ndjson = Files.writeString(temp.resolve("units.ndjson"), String.join("\n", first, "",
        first.replace("E-1", "E-2"), "   ", first.replace("E-1", "E-3"), fourth) + "\n",
        StandardCharsets.UTF_8);
    Path array = Files.writeString(temp.resolve("units.json"), "[" + String.join(",\n", first,
        first.replace("E-1", "E-2"), first.replace("E-1", "E-3"), fourth) + "]\n",
        StandardCharsets.UTF_8);

    Run en = Run.of("vera", "convert", ndjson.toString(), "--lang", "en");
    Run nl = Run.of("vera", "convert", ndjson.toString(), "--lang", "nl");
    Run list = Run.of("vera", "convert", array.toString(), "--lang", "en");

    assertEquals(1, en.exit(), en.err());
    assertEquals("line 6 (id E-4): not converted: /soort missing",
        en.err().lines().findFirst().orElseThrow());
    assertEquals(1, nl.exit(), nl.err());
    assertEquals("regel 6 (id E-4): niet omgezet: /soort ontbreekt",
        nl.err().lines().findFirst().orElseThrow());
    assertEquals(1, list.exit(), list.err());
    assertEquals("/3 (id E-4): not converted: /soort missing",
        list.err().lines().findFirst().orElseThrow());
    assertEquals(en.out(), list.out());
    assertEquals(3, en.out().lines().count());
  }

  @Test
  void exit2WhatIsNeitherVeraNorWoonzorgIsNotGuessed() throws IOException {
    Path json = temp.resolve("x.json");
    Files.writeString(json, "{\"id\": \"x\"}");

    Run run = Run.of("vera", "convert", json.toString());

    assertEquals(2, run.exit());
    assertEquals("kan " + json + " niet omzetten: het eerste record is geen VERA-eenheid en"
        + " geen woonzorg-woning\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void exit2AnUnreadableUnitIsLocated() throws IOException {
    Path json = temp.resolve("bad.json");
    Files.writeString(json, "{\"id\": \"x\", \"soort\": \"WOO\"}");

    Run run = Run.of("vera", "convert", json.toString(), "--lang", "en");

    assertEquals(2, run.exit());
    assertEquals("cannot read " + json + ":\n  WZ-IO-WRONG-TYPE at /soort (1:22): expected a"
        + " code value as an object {\"code\": …}, not a bare string; the value is kept as it"
        + " was\n", run.err());
  }

  @Test
  void exit2AnUnreadableUnitIsLocatedInDutchToo() throws IOException {
    Path json = temp.resolve("bad.json");
    Files.writeString(json, "{\"id\": \"x\", \"soort\": \"WOO\"}");

    Run convert = Run.of("vera", "convert", json.toString(), "--lang", "nl");
    Run validate = Run.of("validate", "--type", "vera-eenheid", "--peildatum", "2026-03-01",
        "--lang", "nl", json.toString());

    assertEquals(2, convert.exit());
    assertEquals("kan " + json + " niet lezen:\n  WZ-IO-WRONG-TYPE bij /soort (1:22): verwacht:"
        + " een codewaarde als object {\"code\": …}, geen losse tekst; de waarde is bewaard zoals"
        + " ze was\n", convert.err());
    assertEquals(2, validate.exit());
    assertTrue(validate.out().contains("WZ-IO-WRONG-TYPE  /soort (1:22)  verwacht: een codewaarde"
        + " als object {\"code\": …}, geen losse tekst; de waarde is bewaard zoals ze was"),
        validate.out());
  }

  @Test
  void exit64AVeraFileNeedsAPeildatum() {
    Run run = Run.of("validate", SAMPLE);

    assertEquals(64, run.exit());
    assertEquals(SAMPLE + " is een VERA-bestand: geef --peildatum\n", run.err());
  }

  @Test
  void exit1AVeraFileIsRecognisedAndCheckedAtThePeildatum() {
    Run run = Run.of("validate", "--peildatum", "2024-10-03", "--lang", "en", SAMPLE);

    assertEquals(1, run.exit());
    assertEquals(List.of(SAMPLE + " (vera-eenheid): not conform — 2 errors, 0 warnings, 0 notes"
            + " (profile vastgesteld)",
        "  severity  rule                   location                        message",
        "  error     WZ-VERA-CODE-VALIDITY  /ruimten/2/soort/code (123:17)  Code VRK of"
            + " RUIMTESOORT is not valid at peildatum 2024-10-03 (valid 2024-10-04 – …).",
        "  error     WZ-VERA-PATTERN        /adres/straatnaam (12:19)       The value of"
            + " adres.straatnaam does not match the validation regex ^.{1,80}$."),
        run.out().lines().toList());
  }

  @Test
  void exit1TheTypeNamedOnTheCommandLineAndTheFindingsInDutch() throws IOException {
    Path renamed = temp.resolve("eenheid.txt");
    Files.copy(Path.of(SAMPLE), renamed);

    Run run = Run.of("validate", "--type", "vera-eenheid", "--peildatum", "2026-03-01",
        "--format", "json", renamed.toString());

    assertEquals(1, run.exit());
    assertTrue(run.out().contains("\"documentType\" : \"vera-eenheid\""), run.out());
    assertTrue(run.out().contains("\"message\" : \"De waarde van adres.straatnaam voldoet niet"
        + " aan de validatie-regex ^.{1,80}$.\""), run.out());
  }

  @Test
  void exit2InAVeraStreamABadLineIsPlacedAtItsRecordAndLine() throws IOException {
    Path stream = temp.resolve("units.ndjson");
    String unit = Files.readString(Path.of(SAMPLE)).replaceAll("\\s*\n\\s*", "");
    Files.writeString(stream, unit + "\n\n{\"id\": \"b\", \"soort\": \"WOO\"}\n",
        StandardCharsets.UTF_8);

    Run run = Run.of("validate", "--peildatum", "2026-03-01", "--lang", "en", stream.toString());

    assertEquals(2, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(stream + " (vera-eenheid): unreadable — 2 errors, 0 warnings, 0 notes"
        + " (profile vastgesteld)", lines.get(0));
    assertTrue(lines.get(2).startsWith("  error     WZ-VERA-PATTERN   /0/adres/straatnaam (1:202)"),
        lines.get(2));
    assertTrue(lines.get(3).startsWith("  error     WZ-IO-WRONG-TYPE  /1/soort (3:22)"),
        lines.get(3));
    assertEquals(4, lines.size(), run.out());
  }

  /**
   * Two VERA {@code Cluster} objects in the API's list form. No real Cluster or Gebouw payload is
   * bundled (the ten samples are Eenheden, and shared/domain-data has no other), so these are
   * built from the properties of the two schemas in VERA-OpenAPI 4.3's Vastgoed.yaml, with a
   * CLUSTERSOORT code of the reference data and made-up ids and names.
   */
  private static final String CLUSTERS = """
      [{"id": "CL-100", "idExtern": "100", "code": "100",
        "soort": {"code": "MAR", "naam": "Markt"}, "naam": "Hof van Weesp",
        "begindatum": "2019-01-01",
        "eenheden": [{"id": "E-1"}, {"id": "E-2"}, {"id": "E-3"}]},
       {"id": "CL-200", "code": "200", "soort": {"code": "PRO", "naam": "Project"},
        "bovenliggendeCluster": {"id": "CL-100"}, "eenheden": []}]
      """;

  /** Two VERA {@code Gebouw} objects as NDJSON, the second without the id it needs. */
  private static final String GEBOUWEN =
      "{\"id\": \"GB-7\", \"code\": \"7\", \"naam\": \"De Bastion\","
      + " \"wijk\": {\"code\": \"045701\", \"naam\": \"Weesp-Centrum\"},"
      + " \"buurt\": {\"code\": \"BU04570100\"},"
      + " \"eenheden\": [{\"id\": \"E-1\"}, {\"id\": \"E-2\"}],"
      + " \"panden\": [{\"id\": \"P-1\"}]}\n"
      + "{\"code\": \"8\", \"naam\": \"Zonder sleutel\"}\n";

  /**
   * What neither schema has, and the clustered-housing rules ask, written as unknown: the rules
   * then say what they cannot judge.
   */
  private static final String UNKNOWN =
      "\"meetingRoom\":\"ONBEKEND\",\"lift\":\"ONBEKEND\",\"stepFreeAccess\":\"ONBEKEND\"";

  @Test
  void exit0VeraClustersBecomeComplexesWithTheirListedUnitsCounted() throws IOException {
    Path clusters = Files.writeString(temp.resolve("clusters.json"), CLUSTERS);

    Run run = Run.of("vera", "convert", "--type", "vera-cluster", clusters.toString(),
        "--lang", "en");

    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(
        "{\"formatVersion\":\"1.1\",\"documentType\":\"building\",\"id\":\"CL-100\","
            + "\"kind\":\"COMPLEX\",\"name\":\"Hof van Weesp\",\"unitCount\":3,"
            + UNKNOWN + ",\"veraClusterCode\":\"100\"}",
        "{\"formatVersion\":\"1.1\",\"documentType\":\"building\",\"id\":\"CL-200\","
            + "\"kind\":\"COMPLEX\",\"unitCount\":0," + UNKNOWN
            + ",\"veraClusterCode\":\"200\"}"),
        run.out().lines().toList());
    assertEquals(List.of("2 records read, 2 converted",
        "not carried over or inferred, per attribute:",
        "  attribute              reason          records",
        "  /begindatum            no counterpart  1",
        "  /bovenliggendeCluster  no counterpart  1",
        "  /eenheden              inferred        2",
        "  /idExtern              no counterpart  1",
        "  /soort                 no counterpart  2"), run.err().lines().toList());
  }

  @Test
  void exit1AGebouwWithoutIdIsNamedAndLeftOutAndTheOtherGetsItsCbsCodes() throws IOException {
    Path gebouwen = Files.writeString(temp.resolve("gebouwen.ndjson"), GEBOUWEN);
    Path buildings = temp.resolve("buildings.ndjson");

    Run run = Run.of("vera", "convert", "--type", "vera-gebouw", gebouwen.toString(),
        "-o", buildings.toString());

    assertEquals(1, run.exit(), run.err());
    assertEquals(List.of("{\"formatVersion\":\"1.1\",\"documentType\":\"building\","
        + "\"id\":\"GB-7\",\"kind\":\"GEBOUW\",\"name\":\"De Bastion\","
        + "\"municipalityCode\":\"GM0457\",\"districtCode\":\"WK045701\","
        + "\"neighbourhoodCode\":\"BU04570100\",\"unitCount\":2," + UNKNOWN
        + ",\"veraBuildingCode\":\"7\"}"), Files.readAllLines(buildings));
    assertEquals(List.of("/1: niet omgezet: /id ontbreekt",
        "2 records gelezen, 1 omgezet",
        "niet overgenomen of afgeleid, per attribuut:",
        "  attribuut   reden             records",
        "  /eenheden   afgeleid          1",
        "  /id         ontbreekt         1",
        "  /panden     geen tegenhanger  1",
        "  /wijk/code  afgeleid          1",
        "  /wijk/naam  geen tegenhanger  1"), run.err().lines().toList());
  }

  /**
   * The Gebouw in Weesp, converted, is judged by WZ-AREA-05 at the peildatum as a dwelling record
   * is: its gemeentecode, inferred from the wijk, held until Weesp joined Amsterdam.
   */
  @Test
  void aConvertedGebouwIsJudgedAtThePeildatum() throws IOException {
    Path gebouwen = Files.writeString(temp.resolve("gebouwen.ndjson"), GEBOUWEN);
    Path buildings = temp.resolve("buildings.ndjson");
    Run.of("vera", "convert", "--type", "vera-gebouw", gebouwen.toString(), "-o",
        buildings.toString());

    Run in2019 = Run.of("validate", "--peildatum", "2019-07-01", buildings.toString());
    Run in2024 = Run.of("validate", "--peildatum", "2024-07-01", "--lang", "en",
        buildings.toString());

    assertEquals(0, in2019.exit(), in2019.out());
    assertEquals(buildings + " (building): conform — 0 fouten, 0 waarschuwingen,"
        + " 0 informatiemeldingen (profiel vastgesteld)\n", in2019.out());
    assertEquals(1, in2024.exit(), in2024.out());
    assertEquals(List.of(buildings + " (building): not conform — 1 error, 0 warnings, 0 notes"
            + " (profile vastgesteld)",
        "  severity  rule        location             message",
        "  error     WZ-AREA-05  /0/municipalityCode  Municipality code GM0457 (Weesp) no longer"
            + " holds on 2024-07-01: the municipality was dissolved on 2022-03-24 and went into"
            + " GM0363 Amsterdam."), in2024.out().lines().toList());
  }

  @Test
  void exit2AClusterIsNotTakenForAUnitWithoutType() throws IOException {
    Path clusters = Files.writeString(temp.resolve("clusters.json"), CLUSTERS);

    Run run = Run.of("vera", "convert", clusters.toString(), "--lang", "en");

    assertEquals(2, run.exit());
    assertEquals("cannot convert " + clusters + ": its first record lists eenheden, as a VERA"
        + " Cluster or Gebouw does: give --type vera-cluster or --type vera-gebouw\n", run.err());
    assertEquals("", run.out());
  }

  @Test
  void exit2AClusterFileThatIsNotJsonIsLocated() throws IOException {
    Path clusters = Files.writeString(temp.resolve("clusters.json"), "[{\"id\": \"CL-1\",}]");

    Run run = Run.of("vera", "convert", "--type", "vera-cluster", clusters.toString());

    assertEquals(2, run.exit());
    assertEquals(List.of("kan " + clusters + " niet gebruiken:", "  " + clusters + ":1:16:"
        + " Unexpected character ('}' (code 125)): was expecting double-quote to start property"
        + " name"), run.err().lines().toList());
    assertEquals(64, Run.of("vera", "convert", "--type", "vera-pand", clusters.toString())
        .exit());
  }

  @Test
  void helpListsTheVeraCommandAndItsExitCodes() {
    Run top = Run.of("--help");
    Run convert = Run.of("vera", "convert", "--help");
    Run validate = Run.of("validate", "--help");

    assertTrue(top.out().contains("  vera "), top.out());
    for (String code : List.of("  0 ", "  1 ", "  2 ", "  64 ", "  70 ", "  71 ", "  73 ",
        "  74 ")) {
      assertTrue(convert.out().contains(code), code + " in " + convert.out());
    }
    assertTrue(validate.out().contains("vera-eenheid"), validate.out());
    assertTrue(validate.out().contains("--peildatum"), validate.out());
    assertTrue(validate.out().contains("--buildings=BUILDINGS"), validate.out());
    assertTrue(convert.out().contains("--type=TYPE"), convert.out());
    assertTrue(convert.out().contains("vera-eenheid, vera-cluster, vera-gebouw"), convert.out());
    assertEquals(64, Run.of("vera").exit());
  }
}
