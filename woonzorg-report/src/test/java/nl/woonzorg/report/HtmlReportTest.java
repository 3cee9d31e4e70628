package nl.woonzorg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Comparison;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.junit.jupiter.api.Test;

/** The monitor page: a badge, figures and a chart per goal, and the region side by side. */
class HtmlReportTest {

  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  @Test
  void gemeenteAsGoalHasAnOnTrackBadgeItsFiguresAndAChart() {
    String html = HtmlReport.of(Locale.ENGLISH).monitor(List.of(monitor(gemeenteA(
        "gemeente-a", 90))), null);

    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<p class=\"badge ON_TRACK\">on track</p>"), html);
    assertTrue(html.contains("<dt>Realised</dt><dd>90 / 110 (81.82 %), level of 2024</dd>"));
    assertTrue(html.contains("<dt>Required pace</dt><dd>20 a year, 1 years to go</dd>"));
    assertTrue(html.contains("<dt>Realised pace</dt><dd>35 a year since 2022</dd>"));
    assertTrue(html.contains("<dt>Ratio</dt><dd>175 %</dd>"));
    assertTrue(html.contains("<dt>Projected to reach target</dt><dd>2024.6</dd>"), html);
    assertEquals(1, count(html, "<svg class=\"chart progress\""));
    assertEquals(3, count(html, "<circle class=\"dot\""));
    assertEquals(1, count(html, "<polyline class=\"projection\""));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("http:"));
    assertFalse(html.contains("https:"));
  }

  @Test
  void aRegionGetsATableAndSmallMultiples() {
    List<HousingCareVision> visions = List.of(gemeenteA("GM0001", 90), gemeenteA("GM0002", 40));
    RegionalMonitor region = RegionalMonitor.builder().addVisions(visions).asOf(END_2024).build();
    String html = HtmlReport.of(Locale.forLanguageTag("nl"))
        .monitor(visions.stream().map(HtmlReportTest::monitor).toList(), region);

    assertTrue(html.contains("<h2>Regio</h2>"));
    assertTrue(html.contains("<th>Index (regio = 100)</th>"));
    assertEquals(1, count(html, "<svg class=\"chart small\""));
    assertEquals(2, count(html, "<rect class=\"bar\""));
  }

  /**
   * A goal of 30 homes in each half of 2024, at 25 in June and 60 in December: the first half is
   * missed by 5, which the second makes up (35 of 30 + 5).
   */
  @Test
  void aGoalWithHalfYearTargetsGetsAVerdictPerHalfYear() {
    HousingCareVision vision = GemeenteA.visionWithHalfYearGoal();
    String html = HtmlReport.of(Locale.forLanguageTag("nl")).monitor(List.of(monitor(vision)),
        null);

    assertTrue(html.contains("<tr><th>Periode</th><th>Eigen doel</th><th>Achterstand vooraf</th>"
        + "<th>Te halen</th><th>Gerealiseerd</th><th>Achterstand na</th><th>Oordeel</th></tr>\n"
        + "<tr><td>eerste helft 2024</td><td class=\"num\">30</td><td class=\"num\">0</td>"
        + "<td class=\"num\">30</td><td class=\"num\">25</td><td class=\"num\">5</td>"
        + "<td class=\"BEHIND\">gemist</td></tr>\n"
        + "<tr><td>tweede helft 2024</td><td class=\"num\">30</td><td class=\"num\">5</td>"
        + "<td class=\"num\">35</td><td class=\"num\">35</td><td class=\"num\">0</td>"
        + "<td class=\"ON_TRACK\">gehaald</td></tr>\n</table></div>\n"
        + "<p class=\"note\">0 op rij gemist; een bevinding vanaf 4.</p>"), html);
  }

  /**
   * The COROP region CR01 by its CBS name, and each gemeente by its name from the bundled list:
   * Stadskanaal 90 and Veendam 40 units, indexed against their mean of 65.
   */
  @Test
  void regionAndGemeentenAreNamedInTheTable() {
    List<HousingCareVision> visions = List.of(gemeenteA("GM0037", 90), gemeenteA("GM0047", 40));
    RegionalMonitor region = RegionalMonitor.builder().addVisions(visions)
        .region(Region.of(AreaHierarchy.netherlands(), "CR01")).asOf(END_2024).build();
    String html = HtmlReport.of(Locale.forLanguageTag("nl"))
        .monitor(visions.stream().map(HtmlReportTest::monitor).toList(), region);

    assertTrue(html.contains("<h2>Regio: Oost-Groningen (CR01) (COROP-gebied, 5 gemeenten)</h2>"),
        html);
    assertTrue(html.contains("<tr><td class=\"num\">1</td><td>Stadskanaal (GM0037)</td>"
        + "<td class=\"num\">90</td><td class=\"num\">90</td><td class=\"num\">138,46</td>"
        + "</tr>\n<tr><td class=\"num\">2</td><td>Veendam (GM0047)</td><td class=\"num\">40</td>"
        + "<td class=\"num\">40</td><td class=\"num\">61,54</td></tr>\n"), html);
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    HtmlReport report = HtmlReport.of(Locale.ENGLISH);
    assertEquals(report.monitor(List.of(monitor(gemeenteA("gemeente-a", 90))), null),
        report.monitor(List.of(monitor(gemeenteA("gemeente-a", 90))), null));
  }

  @Test
  void niceCeilingsForTheAxis() {
    assertEquals(200, Page.niceCeiling(110));
    assertEquals(10_000, Page.niceCeiling(8_400));
    assertEquals(200_000, Page.niceCeiling(170_000));
    assertEquals(5, Page.niceCeiling(5));
    assertEquals(1, Page.niceCeiling(0));
  }

  /**
   * An early-warning threshold on the goal's indicator fires on each measurement past it, and the
   * goal's article names each: below 60 homes, the 20 of 2022 and the 50 of 2023, not the 90.
   */
  @Test
  void aGoalShowsTheWarningsFiredOnItsIndicator() {
    HousingCareVision plain = gemeenteA("gemeente-a", 90);
    HousingCareVision warned = HousingCareVision.builder().from(plain)
        .monitoring(Monitoring.builder().from(plain.getMonitoring().orElseThrow())
            .addThresholds(EarlyWarningThreshold.builder().indicatorId(GemeenteA
                .INDICATOR_CLUSTERED).comparison(Comparison.ONDER).value(BigDecimal.valueOf(60))
                .description("minder dan 60 geclusterde woningen").build())
            .build())
        .build();

    String html = HtmlReport.of(Locale.forLanguageTag("nl")).monitor(List.of(monitor(warned)),
        null);

    assertEquals(2, count(html, "<p class=\"WARNING\">"));
    assertTrue(html.contains("<p class=\"WARNING\">Signaal: minder dan 60 geclusterde woningen"
        + " — 20 op 2022-12-31</p>\n<p class=\"WARNING\">Signaal: minder dan 60 geclusterde"
        + " woningen — 50 op 2023-12-31</p>\n</article>"), html);
  }

  /**
   * Gemeente A's agreement with jaarschijven of 20, 35, 35 and 20, against the levels 20, 50 and
   * 90: its own badge, figures (from the zero of 2021, the year before it starts: 90 / 3 = 30 a
   * year), chart and a table of its jaarschijven, 2023 missed by 5 and made up in 2024.
   */
  @Test
  void anAgreementWithJaarschijvenGetsABadgeItsFiguresAChartAndItsJaarschijven() {
    HousingCareVision vision = HousingCareVision.builder().from(gemeenteA("gemeente-a", 90))
        .agreements(List.of(PerformanceAgreement.builder()
            .from(GemeenteA.clusteredHousingAgreement())
            .yearSlices(List.of(YearSlice.of(2022, 20), YearSlice.of(2023, 35),
                YearSlice.of(2024, 35), YearSlice.of(2025, 20)))
            .build()))
        .build();

    String html = HtmlReport.of(Locale.ENGLISH).monitor(List.of(monitor(vision)), null);
    String agreement = html.substring(html.indexOf("<h3>Agreement: "));
    assertTrue(agreement.startsWith("<h3>Agreement: Ontwikkeling geclusterde woonvormen</h3>\n"
        + "<p class=\"badge ON_TRACK\">on track</p>\n<dl class=\"meta\">\n"
        + "<dt>Realised</dt><dd>90 / 110 (81.82 %), level of 2024</dd>\n"
        + "<dt>Required pace</dt><dd>20 a year, 1 years to go</dd>\n"
        + "<dt>Realised pace</dt><dd>30 a year since 2021</dd>\n"
        + "<dt>Ratio</dt><dd>150 %</dd>\n"
        + "<dt>Projected to reach target</dt><dd>2024.7</dd>\n</dl>\n"), agreement);
    assertEquals(1, count(agreement, "<svg class=\"chart progress\""));
    assertEquals(4, count(agreement, "<circle class=\"dot\""));
    assertTrue(agreement.contains("<tr><td>year slice 2023</td><td class=\"num\">35</td>"
        + "<td class=\"num\">0</td><td class=\"num\">35</td><td class=\"num\">30</td>"
        + "<td class=\"num\">5</td><td class=\"BEHIND\">missed</td></tr>\n"
        + "<tr><td>year slice 2024</td><td class=\"num\">35</td><td class=\"num\">5</td>"
        + "<td class=\"num\">40</td><td class=\"num\">40</td><td class=\"num\">0</td>"
        + "<td class=\"ON_TRACK\">met</td></tr>"), agreement);
  }

  private static VisionMonitor monitor(HousingCareVision vision) {
    return VisionMonitor.of(vision, END_2024, MonitorSettings.defaults());
  }

  /** Gemeente A with the example's illustrative measurements, the last one {@code latest}. */
  private static HousingCareVision gemeenteA(String code, long latest) {
    String indicator = GemeenteA.INDICATOR_CLUSTERED;
    return HousingCareVision.builder().from(GemeenteA.vision())
        .area(code.startsWith("GM") ? Area.municipality(code, "Gemeente " + code)
            : GemeenteA.vision().getArea())
        .monitoring(Monitoring.builder().from(GemeenteA.monitoring())
            .addMeasurements(Measurement.of(indicator, LocalDate.of(2022, 12, 31), 20),
                Measurement.of(indicator, LocalDate.of(2023, 12, 31), 50),
                Measurement.of(indicator, END_2024, latest))
            .build())
        .build();
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
