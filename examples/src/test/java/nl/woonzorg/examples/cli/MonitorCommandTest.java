package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.examples.GemeenteA;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.examples.RegionExample;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.fixture.CycleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code woonzorg monitor}: the bundled Gemeente A example, whose illustrative measurements (20,
 * 50 and 90 clustered units at the end of 2022, 2023 and 2024) put its goal of 110 units in 2025
 * on track.
 */
class MonitorCommandTest {

  @TempDir
  Path temp;

  @Test
  void gemeenteAIsOnTrackWithItsFiguresExact() {
    Run run = Run.of("monitor", "--lang", "en", Run.data("gemeente-a.json"));

    assertEquals(0, run.exit(), run.err());
    assertEquals(String.join("\n",
        "Woonzorgvisie gemeente A: geclusterde woonvormen — as of 2024-12-31",
        "  doel-geclusterd-110: on track",
        "    realised: 90 / 110 = 0.82 (9/11) (2024)",
        "    required pace: (110 − 90) / 1 = 20",
        "    realised pace: 70 / 2 = 35 since 2022",
        "    ratio: 1.75 (1 3/4)",
        "    projected: 2024.57 (2024 4/7)",
        "    pipeline: planned 150, unbuilt 60, expected after plan failure 42",
        "  agreement afspraak-geclusterd-2025: on track",
        "    realised: 90 / 110 = 0.82 (9/11) (2024)",
        "    required pace: (110 − 90) / 1 = 20",
        "    realised pace: 90 / 3 = 30 since 2021",
        "    ratio: 1.5 (1 1/2)",
        "    projected: 2024.67 (2024 2/3)",
        "    year slice 2022: 20 + 0 = 20, realised 20, backlog 0 (met)",
        "    year slice 2023: 35 + 0 = 35, realised 30, backlog 5 (missed)",
        "    year slice 2024: 35 + 5 = 40, realised 40, backlog 0 (met)",
        "findings: 0", ""), run.out());
  }

  /**
   * Gemeente A's agreement on the 110 units, with its illustrative jaarschijven of 20, 35, 35 and
   * 20: every figure exact, each jaarschijf with the realised amount and backlog, and each level
   * with the measurement it came from. The agreement counts from zero at the end of 2021, the year
   * before it starts, so its realised pace is 90 / 3 = 30 a year where the goal's is 70 / 2 = 35.
   */
  @Test
  void theJsonGivesEachAgreementsFiguresAndJaarschijvenExact() {
    Run run = Run.of("monitor", "--format", "json", Run.data("gemeente-a.json"));

    assertEquals(0, run.exit(), run.err());
    JsonNode agreement = Documents.MAPPER.readTree(run.out()).path("visions").get(0)
        .path("agreements").get(0);
    assertEquals("afspraak-geclusterd-2025", agreement.path("agreementId").asString());
    assertEquals("ON_TRACK", agreement.path("status").asString());
    assertEquals("110", agreement.path("target").asString());
    assertEquals("90", agreement.path("realised").asString());
    assertEquals("9/11", agreement.path("share").asString());
    assertEquals("20", agreement.path("requiredPace").asString());
    assertEquals(1, agreement.path("yearsLeft").asInt());
    assertEquals("30", agreement.path("realisedPace").asString());
    assertEquals(2021, agreement.path("windowFrom").asInt());
    assertEquals("3/2", agreement.path("ratio").asString());
    assertEquals("6074/3", agreement.path("projectedYear").asString());
    assertEquals("[2021 0 -, 2022 20 2022-12-31, 2023 50 2023-12-31, 2024 90 2024-12-31]",
        agreement.path("levels").valueStream().map(level -> level.path("year").asInt() + " "
            + level.path("level").asString() + " "
            + (level.has("measurement")
                ? level.path("measurement").path("referenceDate").asString() : "-")).toList()
            .toString());
    assertEquals("[2022: 20+0=20 realised 20 backlog 0, 2023: 35+0=35 realised 30 backlog 5,"
        + " 2024: 35+5=40 realised 40 backlog 0]", agreement.path("yearSlices").valueStream()
            .map(slice -> slice.path("year").asInt() + ": " + slice.path("target").asString()
                + "+" + slice.path("previousBacklog").asString() + "="
                + slice.path("effectiveTarget").asString() + " realised "
                + slice.path("realised").asString() + " backlog "
                + slice.path("backlog").asString()).toList().toString());
    assertEquals(0, agreement.path("yearSlicesMissedInARow").asInt());
  }

  /**
   * Mid-2024 only 2022 and 2023 have ended: the agreement made 50 / 2 = 25 a year against the
   * (110 − 50) / 2 = 30 required, 5/6, more than a tenth short: behind, a finding, exit 1.
   */
  @Test
  void anAgreementBehindIsAFinding() {
    Run run = Run.of("monitor", "--as-of", "2024-06-30", "--lang", "en",
        Run.data("gemeente-a.json"));

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains(String.join("\n",
        "  agreement afspraak-geclusterd-2025: behind",
        "    realised: 50 / 110 = 0.45 (5/11) (2023)",
        "    required pace: (110 − 50) / 2 = 30",
        "    realised pace: 50 / 2 = 25 since 2021",
        "    ratio: 0.83 (5/6)",
        "    projected: 2025.4 (2025 2/5)",
        "    year slice 2022: 20 + 0 = 20, realised 20, backlog 0 (met)",
        "    year slice 2023: 35 + 0 = 35, realised 30, backlog 5 (missed)",
        "findings: 1",
        "  agreement behind: afspraak-geclusterd-2025 on 2023-12-31", "")), run.out());
  }

  /**
   * The settings the library takes are options too: at a required ratio of 2, Gemeente A's 7/4 is
   * at risk; at half the plans failing, 30 of the 60 unbuilt are expected. A setting out of its
   * range is a usage error that says which.
   */
  @Test
  void theMonitorSettingsAreOptions() {
    Run run = Run.of("monitor", "--format", "json", "--on-track", "2", "--planuitval", "50%",
        Run.data("gemeente-a.json"));
    Run wrong = Run.of("monitor", "--lang", "en", "--at-risk", "3", Run.data("gemeente-a.json"));

    // At risk is a status, not a finding: the run is still conform.
    assertEquals(0, run.exit(), run.err());
    JsonNode goal = Documents.MAPPER.readTree(run.out()).path("visions").get(0).path("goals")
        .get(0);
    assertEquals("AT_RISK", goal.path("status").asString());
    assertEquals("7/4", goal.path("ratio").asString());
    assertEquals("30", goal.path("pipeline").path("expected").asString());
    assertEquals(64, wrong.exit());
    assertEquals("the monitor settings do not hold: need 0 < at-risk ratio <= on-track ratio,"
        + " not 3 and 1\n", wrong.err());
  }

  @Test
  void theJsonGivesEveryFigureExact() {
    Run run = Run.of("monitor", "--format", "json", Run.data("gemeente-a.json"));

    assertEquals(0, run.exit(), run.err());
    JsonNode goal = Documents.MAPPER.readTree(run.out()).path("visions").get(0).path("goals")
        .get(0);
    assertEquals("ON_TRACK", goal.path("status").asString());
    assertEquals("9/11", goal.path("share").asString());
    assertEquals("20", goal.path("requiredPace").asString());
    assertEquals("35", goal.path("realisedPace").asString());
    assertEquals("7/4", goal.path("ratio").asString());
    assertEquals("14172/7", goal.path("projectedYear").asString());
    assertEquals("42", goal.path("pipeline").path("expected").asString());
    assertEquals(GemeenteA.ILLUSTRATIVE, goal.path("measurement").path("source").asString());
  }

  /** A yearly cycle: as of 2026 nothing was measured in 2025, so the indicator is stale. */
  @Test
  void aLaterAsOfDateMakesTheIndicatorStaleAndExitsWithFindings() {
    Run run = Run.of("monitor", "--as-of", "2026-01-01", Run.data("gemeente-a.json"));

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("  meting achterstallig: indicator-geclusterde-woningen op"
        + " 2025-01-01\n"), run.out());
  }

  @Test
  void anEarlierAsOfDateCountsOnlyWhatWasKnownThen() {
    Run run = Run.of("monitor", "--as-of", "2023-12-31", "--lang", "en",
        Run.data("gemeente-a.json"));

    assertTrue(run.out().contains("    realised pace: 30 / 1 = 30 since 2022\n"), run.out());
  }

  @Test
  void theHtmlPageHasABadgeAndAChart() throws IOException {
    Path html = temp.resolve("monitor.html");
    Run run = Run.of("monitor", "--format", "html", "-o", html.toString(),
        Run.data("gemeente-a.json"));

    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<p class=\"badge ON_TRACK\">op koers</p>"));
    assertTrue(page.contains("<svg class=\"chart progress\""));
    assertFalse(page.contains("<script"));
  }

  @Test
  void twoFilesAreComparedAsARegion() {
    Run run = Run.of("monitor", "--format", "json", "--target",
        "indicator-geclusterde-woningen=200", Run.data("gemeente-a.json"),
        Run.data("bernheze.json"));

    JsonNode region = Documents.MAPPER.readTree(run.out()).path("region");
    JsonNode clustered = region.get(0);
    assertEquals("indicator-geclusterde-woningen", clustered.path("indicatorId").asString(),
        run.out());
    assertEquals("9/20", clustered.path("targetShare").asString());
  }

  /**
   * Gemeente A's 90 clustered units per 1,000 of its (here: given) 3,000 people of 65 and over
   * are 30; the Netherlands' 36,000 for 3,600,000 are 10, so Gemeente A indexes 300 against NL.
   * Bernheze, the second file that makes a region, measures nothing. Counts of the elderly
   * alone choose the normalisation by them, without {@code --per}.
   */
  @Test
  void perThousandElderlyIndexedAgainstTheNetherlands() {
    Run run = Run.of("monitor", "--format", "json",
        "--elderly", "gemeente-a=3000", "--elderly", "NL00=3600000",
        "--national", "indicator-geclusterde-woningen=36000", Run.data("gemeente-a.json"),
        Run.data("bernheze.json"));

    assertEquals(0, run.exit(), run.err());
    JsonNode clustered = Documents.MAPPER.readTree(run.out()).path("region").get(0);
    assertEquals("per 1000 LEEFTIJD_65_PLUS", clustered.path("normalisation").asString());
    assertEquals("10", clustered.path("national").asString());
    JsonNode area = clustered.path("areas").get(0);
    assertEquals("30", area.path("normalised").asString());
    assertEquals("100", area.path("index").asString());
    assertEquals("300", area.path("nationalIndex").asString());
  }

  /**
   * Stadskanaal's illustrative goal "from 80 to 40 older households waiting" by 2026 counts down:
   * at 62 by the end of 2024 it has come 9/20 of the way, at −6 a year since 2021 against −11
   * required, 6/11 of the pace — behind — and reaches 40 in 2024 + (40 − 62) / −6 = 2027 2/3.
   */
  @Test
  void aGoalThatCountsDownIsMonitoredWithPacesBelowZero() {
    Run run = Run.of("monitor", "--lang", "en", Run.data("regio/stadskanaal.json"));

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains(String.join("\n",
        "  doel-wachtenden-40: behind",
        "    realised: 62 / 40 (counts down) = 0.45 (9/20) (2024)",
        "    required pace: (40 − 62) / 2 = -11",
        "    realised pace: -18 / 3 = -6 since 2021",
        "    ratio: 0.55 (6/11)",
        "    projected: 2027.67 (2027 2/3)", "")), run.out());
  }

  /**
   * The bundled region file groups three of the four illustrative gemeenten of Oost-Groningen:
   * Westerwolde, given on the command line, is left out of the comparison, whose totals are 35 +
   * 18 + 48 = 101 clustered homes and 62 + 55 + 72 = 189 households waiting.
   */
  @Test
  void aRegionFromTheUsersFileComparesOnlyItsGemeenten() {
    Run run = Run.of("monitor", "--format", "json",
        "--regions", Run.data("regio/regio-indeling.csv"), "--region", RegionExample.REGION,
        Run.data("regio/stadskanaal.json"), Run.data("regio/veendam.json"),
        Run.data("regio/oldambt.json"), Run.data("regio/westerwolde.json"));

    assertEquals(1, run.exit(), run.err());
    JsonNode root = Documents.MAPPER.readTree(run.out());
    assertEquals("EIGEN", root.path("regionOf").path("kind").asString());
    assertEquals("[\"GM0037\",\"GM0047\",\"GM1895\"]",
        root.path("regionOf").path("gemeenten").toString());
    assertEquals(3, root.path("visions").size());
    JsonNode clustered = root.path("region").get(0);
    assertEquals(RegionExample.CLUSTERED, clustered.path("indicatorId").asString());
    assertEquals("101", clustered.path("total").asString());
    JsonNode waiting = root.path("region").get(1);
    assertEquals(RegionExample.WAITING, waiting.path("indicatorId").asString());
    assertEquals("189", waiting.path("total").asString());
    // Fewer households waiting is better, as the goals counting down say: lowest first, by name.
    assertEquals("DOWN", waiting.path("direction").asString());
    assertEquals("[1 GM0047 Veendam 55, 2 GM0037 Stadskanaal 62, 3 GM1895 Oldambt 72]",
        waiting.path("areas").valueStream().map(area -> area.path("rank").asInt() + " "
            + area.path("area").asString() + " " + area.path("name").asString() + " "
            + area.path("value").asString()).toList().toString());
    assertEquals("UP", clustered.path("direction").asString());
  }

  /**
   * The text shows the region as the HTML and JSON do: per indicator each gemeente's value,
   * normalised per 1,000 inhabitants, rank and indices against the region and the Netherlands,
   * then the regional total against its target. Oldambt's 48 homes for its (here: given) 38,000
   * inhabitants are 1.26 (24/19) per 1,000; the region's 101 for 90,000 are 1.12 (101/90).
   */
  @Test
  void theTextShowsTheRegionsComparison() {
    Run run = Run.of("monitor", "--lang", "en",
        "--regions", Run.data("regio/regio-indeling.csv"), "--region", RegionExample.REGION,
        "--inhabitants", "GM1895=38000", "--inhabitants", "GM0037=32000",
        "--inhabitants", "GM0047=20000", "--inhabitants", "NL00=18000000",
        "--national", RegionExample.CLUSTERED + "=18000",
        "--target", RegionExample.CLUSTERED + "=180",
        Run.data("regio/stadskanaal.json"), Run.data("regio/veendam.json"),
        Run.data("regio/oldambt.json"));

    assertEquals(1, run.exit(), run.err());
    String text = run.out();
    assertEquals(String.join("\n",
        "region: Voorbeeldregio Oost-Groningen (illustratief) (user-defined region,"
            + " 3 municipalities)",
        "  indicator-geclusterde-woningen, per 1,000 inhabitants",
        "    1. Oldambt (GM1895): 48, normalised 1.26 (1 5/19), index region 112.56"
            + " (112 1072/1919), index NL 126.32 (126 6/19)",
        "    2. Stadskanaal (GM0037): 35, normalised 1.09 (1 3/32), index region 97.46"
            + " (97 187/404), index NL 109.38 (109 3/8)",
        "    3. Veendam (GM0047): 18, normalised 0.9 (9/10), index region 80.2 (80 20/101),"
            + " index NL 90",
        "    regional total: 101, normalised 1.12 (1 11/90); NL 1; target 180, share 0.56"
            + " (101/180)",
        "  indicator-wachtenden-65-plus, per 1,000 inhabitants, less is better",
        "    1. Oldambt (GM1895): 72, normalised 1.89 (1 17/19), index region 90.23"
            + " (90 30/133)",
        "    2. Stadskanaal (GM0037): 62, normalised 1.94 (1 15/16), index region 92.26"
            + " (92 11/42)",
        "    3. Veendam (GM0047): 55, normalised 2.75 (2 3/4), index region 130.95 (130 20/21)",
        "    regional total: 189, normalised 2.1 (2 1/10)", ""),
        text.substring(text.indexOf("region: ")));
  }

  /**
   * A bundled COROP region is named by its code or its name, without a region file: the four
   * illustrative gemeenten all lie in Oost-Groningen (CR01), so both compare all four, and a
   * gemeente of another region given too (Groningen, GM0014, in CR03) would not count.
   */
  @Test
  void aBundledRegionIsNamedByItsCodeOrItsName() {
    List<String> files = List.of(Run.data("regio/stadskanaal.json"),
        Run.data("regio/veendam.json"), Run.data("regio/oldambt.json"),
        Run.data("regio/westerwolde.json"));
    List<String> byCode = new ArrayList<>(List.of("monitor", "--format", "json", "--region",
        "CR01"));
    byCode.addAll(files);
    List<String> byName = new ArrayList<>(List.of("monitor", "--format", "json", "--region",
        "oost-groningen"));
    byName.addAll(files);
    Run code = Run.of(byCode.toArray(String[]::new));
    Run name = Run.of(byName.toArray(String[]::new));

    assertEquals(1, code.exit(), code.err());
    assertEquals(4, Documents.MAPPER.readTree(code.out()).path("visions").size());
    assertEquals(code.out(), name.out());
    assertEquals(code.exit(), name.exit());
  }

  /** A name two bundled regions have, or no bundled region has, is refused and says why. */
  @Test
  void anAmbiguousOrUnknownRegionNameIsAUsageError() {
    Run ambiguous = Run.of("monitor", "--lang", "en", "--region", "Utrecht",
        Run.data("regio/veendam.json"));
    assertEquals(64, ambiguous.exit());
    assertTrue(ambiguous.err().contains("region Utrecht is ambiguous: CR17 (COROP region"
        + " Utrecht), PV26 (province Utrecht); give the code"), ambiguous.err());

    Run unknown = Run.of("monitor", "--lang", "en", "--region", "Zorgkantoor Groningen",
        Run.data("regio/veendam.json"));
    assertEquals(64, unknown.exit());
    assertTrue(unknown.err().contains("region Zorgkantoor Groningen is neither a CBS area code"
        + " (such as CR17 or PV26) nor the name of a COROP region or province; zorgkantoor and"
        + " woondeal regions are not bundled: give them with --regions FILE"), unknown.err());
  }

  @Test
  void aRegionFileNeedsARegionNameInItAndSaysWhereItIsWrong() throws IOException {
    String regions = Run.data("regio/regio-indeling.csv");
    Run noName = Run.of("monitor", "--lang", "en", "--regions", regions,
        Run.data("regio/veendam.json"));
    assertEquals(64, noName.exit());
    assertTrue(noName.err().contains("--regions needs --region NAME"), noName.err());

    Run unknown = Run.of("monitor", "--lang", "en", "--regions", regions, "--region", "Zuid",
        Run.data("regio/veendam.json"));
    assertEquals(64, unknown.exit());
    assertTrue(unknown.err().contains("region Zuid is not in " + regions + "; it has: "
        + RegionExample.REGION), unknown.err());

    Path broken = temp.resolve("regio.json");
    Files.writeString(broken, "{\"regions\": [{\"soort\": \"WOONDEALREGIO\", \"regio\": \"W\","
        + " \"gemeenten\": [\"GM0047\", \"0037\"]}]}", StandardCharsets.UTF_8);
    Run json = Run.of("monitor", "--lang", "en", "--regions", broken.toString(), "--region", "W",
        Run.data("regio/veendam.json"));
    assertEquals(2, json.exit());
    assertTrue(json.err().contains(broken + "#/regions/0/gemeenten/1: expected a gemeentecode"
        + " (GMnnnn), found \"0037\""), json.err());

    Path csv = temp.resolve("regio.csv");
    Files.writeString(csv, "soort,regio,gemeentecode\nWOONDEAL,W,GM0047\n",
        StandardCharsets.UTF_8);
    Run bad = Run.of("monitor", "--lang", "en", "--regions", csv.toString(), "--region", "W",
        Run.data("regio/veendam.json"));
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains(csv + ":2:1: expected a kind of region"), bad.err());
  }

  /**
   * A gemeentecode that is no gemeente of the bundled list is refused at its line and column, or
   * its JSON Pointer, in the words {@code analyse --regions} uses: a region holding it could never
   * be compared whole.
   */
  @Test
  void aGemeentecodeOfNoGemeenteInARegionFileIsRefusedAtItsPlaceAsAnalyseRefusesIt()
      throws IOException {
    Path csv = temp.resolve("regios.csv");
    Files.writeString(csv, "soort,regio,gemeentecode\nEIGEN,W,GM0047\n\nEIGEN,W,GM9999\n",
        StandardCharsets.UTF_8);
    Path json = temp.resolve("regios.json");
    Files.writeString(json, "{\"regions\": [{\"soort\": \"EIGEN\", \"regio\": \"W\","
        + " \"gemeenten\": [\"GM0047\", \"GM9999\"]}]}", StandardCharsets.UTF_8);
    for (String where : List.of(csv + ":4:9", json + "#/regions/0/gemeenten/1")) {
      Path regions = where.startsWith(csv.toString()) ? csv : json;
      for (String lang : List.of("en", "nl")) {
        Run monitor = Run.of("monitor", "--lang", lang, "--regions", regions.toString(),
            "--region", "W", Run.data("regio/veendam.json"));
        Run analyse = Run.of("analyse", "--lang", lang,
            "--population", Run.data("analyse/kwb-illustratief.csv"), "--table", "85984NED",
            "--year", "2024", "--stock", Run.data("analyse/voorraad.ndjson"),
            "--norms", Run.data("analyse/normen.csv"), "--regions", regions.toString());
        assertEquals(2, monitor.exit(), monitor.err());
        assertEquals("", monitor.out());
        assertEquals((lang.equals("en") ? "cannot use " + regions + ":" : "kan " + regions
            + " niet gebruiken:") + "\n  " + where + ": unknown area code 'GM9999': no gemeente"
            + " of the 342 gemeenten of 1 January 2024 has it\n", monitor.err());
        assertEquals(analyse.err(), monitor.err());
      }
    }
  }

  /** Each region file bundled with the examples holds gemeenten of the bundled list alone. */
  @Test
  void theBundledRegionFilesAreReadAsMonitorAndAnalyseReadThem() {
    for (String file : List.of("regio/regio-indeling.csv", "analyse/regios.csv")) {
      assertEquals(file.startsWith("regio") ? 1 : 2, RegionsFile.read(Path.of(Run.data(file)),
          AreaHierarchy.netherlands(), Lang.EN).regions().size(), file);
    }
  }

  /** The same region as JSON reads as the CSV does. */
  @Test
  void aRegionFileInJsonWorksAsTheCsv() throws IOException {
    Path json = temp.resolve("regio.json");
    Files.writeString(json, "{\"regions\": [{\"soort\": \"WOONDEALREGIO\", \"regio\": \"W\","
        + " \"gemeenten\": [\"GM0047\", \"GM1950\"]}]}", StandardCharsets.UTF_8);
    Run run = Run.of("monitor", "--format", "json", "--regions", json.toString(), "--region", "W",
        Run.data("regio/stadskanaal.json"), Run.data("regio/veendam.json"),
        Run.data("regio/westerwolde.json"));

    JsonNode root = Documents.MAPPER.readTree(run.out());
    assertEquals("WOONDEALREGIO", root.path("regionOf").path("kind").asString(), run.err());
    assertEquals("43", root.path("region").get(0).path("total").asString());
  }

  /**
   * A goal of 30 homes in each half of 2024, read from its breakdown per period, at 25 in June
   * and 60 in December: the first half is missed by 5, the second makes it up with 35 of 30 + 5.
   */
  @Test
  void aGoalWithHalfYearTargetsGetsAVerdictPerHalfYearInTextAndJson() throws IOException {
    Path file = temp.resolve("halfjaar.json");
    Files.writeString(file, WoonzorgJson.writePretty(
        nl.woonzorg.model.fixture.GemeenteA.visionWithHalfYearGoal()), StandardCharsets.UTF_8);

    Run text = Run.of("monitor", "--lang", "en", file.toString());
    assertTrue(text.out().contains(String.join("\n",
        "  doel-halfjaar: reached",
        "    realised: 60 / 60 = 1 (2024)",
        "    first half 2024: 30 + 0 = 30, realised 25, backlog 5 (missed)",
        "    second half 2024: 30 + 5 = 35, realised 35, backlog 0 (met)", "")), text.out());

    Run json = Run.of("monitor", "--format", "json", file.toString());
    JsonNode goal = Documents.MAPPER.readTree(json.out()).path("visions").get(0).path("goals")
        .get(0);
    assertEquals("[{\"year\":2024,\"part\":\"EERSTE_HELFT\",\"target\":\"30\","
        + "\"previousBacklog\":\"0\",\"effectiveTarget\":\"30\",\"realised\":\"25\","
        + "\"backlog\":\"5\",\"missed\":true},{\"year\":2024,\"part\":\"TWEEDE_HELFT\","
        + "\"target\":\"30\",\"previousBacklog\":\"5\",\"effectiveTarget\":\"35\","
        + "\"realised\":\"35\",\"backlog\":\"0\",\"missed\":false}]",
        goal.path("periods").toString());
    assertEquals(0, goal.path("periodsMissedInARow").asInt());
  }

  @Test
  void prestatieafsprakenAndAMonitorOfTheSameAreaAreMonitoredAsOne() throws IOException {
    // Gemeente A's vision as its two documents: the agreements' goal and agreements with their
    // jaarschijven, the monitor's measurements.
    Path agreements = temp.resolve("agreements.json");
    Files.writeString(agreements, WoonzorgJson.writePretty(AgreementsDocument.builder()
        .from(CycleDocuments.agreements()).agreements(GemeenteA.vision().getAgreements())
        .build()), StandardCharsets.UTF_8);
    Path monitor = temp.resolve("monitor.json");
    Files.writeString(monitor, WoonzorgJson.writePretty(MonitorReport.builder()
        .from(CycleDocuments.monitor())
        .monitoring(GemeenteA.vision().getMonitoring().orElseThrow())
        .build()), StandardCharsets.UTF_8);

    Run joined = Run.of("monitor", "--lang", "en", monitor.toString(), agreements.toString());
    Run vision = Run.of("monitor", "--lang", "en", Run.data("gemeente-a.json"));

    assertEquals(0, joined.exit(), joined.out() + joined.err());
    assertEquals("Prestatieafspraken gemeente A 2022-2025 — as of 2024-12-31",
        joined.out().lines().findFirst().orElseThrow());
    // The same figures as the vision's, but for the pipeline: that comes from the vision's
    // uitvoeringsprogramma, which is in neither document.
    assertEquals(vision.out().lines().skip(1).filter(line -> !line.contains("pipeline:"))
        .toList(), joined.out().lines().skip(1).toList());
    assertTrue(vision.out().contains("    pipeline: planned 150"), vision.out());
  }

  @Test
  void prestatieafsprakenWithoutAMonitorHaveGoalsThatCannotBeMeasured() throws IOException {
    Path agreements = temp.resolve("agreements.json");
    Files.writeString(agreements, WoonzorgJson.writePretty(CycleDocuments.agreements()),
        StandardCharsets.UTF_8);

    Run run = Run.of("monitor", "--lang", "en", "--as-of", "2024-12-31",
        agreements.toString());

    assertTrue(run.out().contains("  doel-geclusterd-110: not measurable"), run.out());
  }

  @Test
  void aMonitorOnItsOwnIsMonitoredByItsIndicators() {
    Run run = Run.of("monitor", "--format", "json", "--as-of", "2024-12-31",
        Run.data("cycle/wonen-en-zorg-op-de-kaart.json"));

    JsonNode visions = Documents.MAPPER.readTree(run.out()).path("visions");
    assertEquals(1, visions.size(), run.out());
    assertEquals("wonen-en-zorg-op-de-kaart", visions.get(0).path("id").asString(), run.out());
  }

  @Test
  void aKindWithNothingToMonitorIsRefusedInOneLine() {
    Run run = Run.of("monitor", "--lang", "en", Run.data("cycle/alkmaar-pact.json"));

    assertEquals(2, run.exit());
    assertEquals("monitor cannot use " + Run.data("cycle/alkmaar-pact.json") + ": it is a"
        + " covenant, and monitor takes housing-care-vision, performance-agreements, monitor"
        + System.lineSeparator(), run.err());
  }

  @Test
  void aDocumentThatIsNoVisionIsUnreadable() {
    Run run = Run.of("monitor", Run.data("dwelling-stock.ndjson"));

    assertEquals(2, run.exit());
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Run help = Run.of("monitor", "--help");

    assertEquals(0, help.exit());
    for (String part : List.of("--as-of", "--region", "--regions", "--format", "  0 ", "  1 ", "  2 ",
        "  64 ")) {
      assertTrue(help.out().contains(part), part + " in " + help.out());
    }
  }
}
