package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.examples.GemeenteA;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.model.HousingCareVision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code woonzorg report}: one self-contained HTML page, Dutch by default. */
class ReportCommandTest {

  @TempDir
  Path temp;

  private String report(String... args) throws IOException {
    Path html = temp.resolve("report.html");
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-o";
    all[args.length + 1] = html.toString();
    Run run = Run.of(all);
    assertEquals(0, run.exit(), run.err());
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  @Test
  void gemeenteAInDutch() throws IOException {
    String html = report("report", Run.data("gemeente-a.json"));

    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html);
    assertTrue(html.contains("<h1>Woonzorgvisie gemeente A: geclusterde woonvormen</h1>"));
    assertTrue(html.contains("<p class=\"verdict CONFORM\">conform</p>"));
    assertTrue(html.contains("<li class=\"current\"><strong>borging</strong>"
        + "<span>huidige fase</span><span>2023-01-01</span><span>0 bevindingen</span></li>"));
    assertTrue(html.contains("<li class=\"done\"><strong>visie</strong><span>doorlopen</span>"
        + "<span>2021-06-01 – 2021-12-16</span><span>6 bevindingen</span></li>"));
    assertTrue(html.contains("<p>Doel: 110 woningen uiterlijk 2025-12-31</p>"));
    assertTrue(html.contains(GemeenteA.ILLUSTRATIVE), "the measurements say they are illustrative");
    assertTrue(html.contains("<h4 class=\"INFO\">informatie (6)</h4>"));
  }

  @Test
  void eachGoalHasAChartOfItsTargetAndMeasurements() throws IOException {
    String html = report("report", Run.data("gemeente-a.json"));

    assertEquals(1, count(html, "<svg class=\"chart\""));
    assertEquals(3, count(html, "<rect class=\"bar\""));
    assertEquals(1, count(html, "<line class=\"target\""));
    assertTrue(html.contains("aria-label=\"Doel 110 woningen; 3 metingen\""));
    assertEquals(3, count(report("report", Run.data("national-programme.json")),
        "<svg class=\"chart\""));
  }

  @Test
  void englishOnRequest() throws IOException {
    String html = report("report", "--lang", "en", Run.data("gemeente-a.json"));

    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<h2>Goals and monitoring</h2>"));
    assertTrue(html.contains("<p>Target: 110 dwellings by 2025-12-31</p>"));
    assertTrue(html.contains("does not cover"), "the findings are in English too");
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() throws IOException {
    String html = report("report", Run.data("gemeente-a.json"));

    assertFalse(html.contains("<script"));
    assertFalse(html.contains("http:"));
    assertFalse(html.contains("https:"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("url("));
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
  }

  @Test
  void everyTextFromTheDataIsEscaped() throws IOException {
    HousingCareVision hostile = HousingCareVision.builder().from(GemeenteA.vision())
        .title("<script>alert('x')</script> & \"co\"").build();
    Path file = temp.resolve("hostile.json");
    Files.writeString(file, WoonzorgJson.writePretty(hostile), StandardCharsets.UTF_8);

    String html = report("report", file.toString());

    assertFalse(html.contains("<script"));
    assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
        + " &quot;co&quot;</h1>"));
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    assertEquals(report("report", Run.data("bernheze.json")),
        report("report", Run.data("bernheze.json")));
  }

  @Test
  void everyDocumentOfTheCycleGetsItsPage() throws IOException {
    String pact = report("report", "--profile", "concept", Run.data("cycle/alkmaar-pact.json"));
    assertTrue(pact.contains("<h1>Wonen met ondersteuning, commitment op leefbaarheid</h1>"));
    assertTrue(pact.contains("<dt>Soort document</dt><dd>samenwerkingsovereenkomst of"
        + " convenant</dd>"), pact);
    assertTrue(pact.contains("<dt>Ondertekend door</dt><dd>Gemeenten in de regio Alkmaar,"
        + " Woningcorporaties in de regio Alkmaar, Zorgaanbieders in de regio Alkmaar,"
        + " Zorgkantoor VGZ</dd>"), pact);
    assertTrue(pact.contains("<h2>Taken</h2>"));
    assertTrue(pact.contains("<td>Voldoende huisvesting realiseren voor uitstroom uit de"
        + " jeugdzorg.</td>"), pact);
    // Its agreements on leefbaarheid name no type and no signatories: the seed gives neither.
    assertTrue(pact.contains("<p class=\"verdict CONFORM_WITH_WARNINGS\">conform met"
        + " waarschuwingen</p>"), pact);
    // The covenant belongs to the agreements phase.
    assertTrue(pact.contains("<li class=\"current\"><strong>afspraken</strong>"), pact);

    String programme = report("report", "--profile", "concept",
        Run.data("cycle/rotterdam-ouder-en-wijzer.json"));
    assertTrue(programme.contains("<dd>uitvoeringsprogramma</dd>"));
    assertTrue(programme.contains("<td>FitFestivals</td>"), programme);
    assertTrue(programme.contains("<li class=\"current\"><strong>uitvoering</strong>"));
    assertTrue(programme.contains("<code>WZ-DOC-02</code>"), "its findings are listed");

    String monitor = report("report", "--lang", "en", "--profile", "concept",
        Run.data("cycle/wonen-en-zorg-op-de-kaart.json"));
    assertTrue(monitor.contains("<dd>monitor or progress report</dd>"));
    assertEquals(4, count(monitor, "<p class=\"note\">No measurements yet.</p>"), monitor);
    assertEquals(4, count(monitor, "<code>WZ-DOC-07</code>"));

    String analysis = report("report", "--profile", "concept",
        Run.data("cycle/maassluis-behoefteraming.json"));
    assertTrue(analysis.contains("<dd>woonzorganalyse</dd>"));
    assertTrue(analysis.contains("<h2>Conclusies van de analyse</h2>\n<ul>\n<li>"), analysis);

    String agreements = report("report", "--profile", "concept",
        Run.data("cycle/delft-prestatieafspraken.json"));
    assertTrue(agreements.contains("<dd>prestatieafspraken</dd>"));
    assertTrue(agreements.contains("<h2>Afspraken</h2>\n<table>"), agreements);

    for (String page : List.of(pact, programme, monitor, analysis, agreements)) {
      assertFalse(page.contains("<script"));
      assertFalse(page.contains("src="));
      assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
    }
  }

  @Test
  void theReportOfADocumentShowsItsOwnDateAndGoalCharts() throws IOException {
    Path file = temp.resolve("agreements.json");
    Files.writeString(file, WoonzorgJson.writePretty(nl.woonzorg.model.fixture.CycleDocuments
        .agreements()), StandardCharsets.UTF_8);

    String html = report("report", file.toString());

    assertTrue(html.contains("<dt>Ondertekend op</dt><dd>2022-03-31</dd>"), html);
    assertTrue(html.contains("<dt>Periode</dt><dd>2022–2025</dd>"), html);
    assertEquals(1, count(html, "<svg class=\"chart\""), "its goal against its target");
  }

  @Test
  void aRecordThatIsNoDocumentOfTheCycleGetsNoReport() {
    Run run = Run.of("report", "--lang", "en", Run.data("dwelling-stock.ndjson"));

    assertEquals(2, run.exit());
    assertEquals("report cannot use " + Run.data("dwelling-stock.ndjson") + ": it is a dwelling,"
        + " and report takes housing-care-vision, analysis-document, performance-agreements,"
        + " covenant, implementation-programme, monitor" + System.lineSeparator(), run.err());
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
