package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void aDocumentThatIsNoVisionIsUnreadableForAReport() {
    Run run = Run.of("report", "--lang", "en", Run.data("dwelling-stock.ndjson"));

    assertEquals(2, run.exit());
    assertTrue(run.err().contains("a report needs a housing-care-vision"), run.err());
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
