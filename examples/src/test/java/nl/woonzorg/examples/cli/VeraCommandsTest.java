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
    assertEquals(List.of("/1 (id b): not converted: /soort missing",
        "2 records read, 1 converted",
        "not carried over or inferred, per attribute:",
        "  attribute     reason          records",
        "  /soort        missing         1",
        "  /zelfstandig  no counterpart  1"), run.err().lines().toList());
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
    assertEquals(64, Run.of("vera").exit());
  }
}
