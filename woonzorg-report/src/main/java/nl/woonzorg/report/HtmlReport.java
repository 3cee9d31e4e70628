package nl.woonzorg.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.report.Report;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * HTML reports for people (<i>rapportage</i>), each one self-contained page: styles inline,
 * charts as SVG in the page, no script, and a Content-Security-Policy that forbids every fetch,
 * so that it works offline and from a mail attachment. It reads on a phone and prints on A4.
 * Every text from the data is escaped; the same input gives the same bytes.
 *
 * <p>Dutch, or English when the locale's language is English. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class HtmlReport {

  private final Locale locale;

  private HtmlReport(Locale locale) {
    this.locale = locale;
  }

  /** Returns the reports in the language of {@code locale}. */
  public static HtmlReport of(Locale locale) {
    return new HtmlReport(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The page of {@code vision}: its verdict in {@code report}, checked with the profile named
   * {@code profile}, its progress through the five phases, each goal's measurements as a chart,
   * and the findings by phase and severity.
   */
  public String vision(HousingCareVision vision, Report report, String profile) {
    return new VisionPage(new Texts(locale)).render(Objects.requireNonNull(vision, "vision"),
        Objects.requireNonNull(report, "report"), Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The page of a document of the cycle other than the vision — an analysis, prestatieafspraken,
   * a covenant, an uitvoeringsprogramma or a monitor: its verdict in {@code report}, checked with
   * the profile named {@code profile}; its kind, area, years, own date and makers; its phase of
   * the cycle; its content (goals against measurements as charts, figures, agreements, tasks,
   * activities, indicators with their measurements, conclusions); and the findings by phase and
   * severity.
   *
   * @since 0.2.0
   */
  public String document(PolicyDocument document, Report report, String profile) {
    return new DocumentPage(new Texts(locale)).render(
        Objects.requireNonNull(document, "document"), Objects.requireNonNull(report, "report"),
        Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The monitor page (<i>monitorrapportage</i>) of {@code monitors}: each goal's status badge,
   * figures, chart of target path against realised and projection, and fired warnings; each
   * vision's findings; and, if {@code region} is given, the regional comparison as tables and
   * small multiples.
   */
  public String monitor(List<VisionMonitor> monitors, @Nullable RegionalMonitor region) {
    return new MonitorPage(new Texts(locale)).render(List.copyOf(monitors), region);
  }

  /**
   * {@code text} safe inside HTML element content and quoted attribute values, as these pages
   * escape it: for a page of the caller's own that sits beside them, such as the CLI's analysis.
   */
  public static String escape(String text) {
    return Page.escape(text);
  }
}
