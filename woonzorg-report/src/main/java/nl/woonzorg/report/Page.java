package nl.woonzorg.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What every page shares: its head with the one style sheet, its footer, escaping, and the SVG
 * primitives of the charts. The style sheet reads on a phone (the page narrows, tables scroll,
 * charts scale) and on paper (no backgrounds lost to the printer, no article split over pages).
 */
final class Page {

  /** The drawing area of a full-width chart, and its margins, in SVG user units. */
  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  static final int LEFT = 64;
  static final int RIGHT = 24;
  static final int TOP = 20;
  static final int BOTTOM = 36;

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;"
          + "max-width:60rem;padding:0 1rem;color:#1d2327;line-height:1.45}",
      "h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #dde3e8;"
          + "padding-bottom:.2rem}",
      "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}"
          + "dl.meta dt{font-weight:600}dl.meta dd{margin:0}",
      ".verdict,.badge{display:inline-block;padding:.3rem .7rem;border-radius:.3rem;"
          + "font-weight:700}",
      ".CONFORM,.REACHED,.ON_TRACK{background:#dff3e4;color:#14532d}"
          + ".CONFORM_WITH_WARNINGS,.AT_RISK{background:#fff4d6;color:#7a4b00}"
          + ".NOT_CONFORM,.BEHIND{background:#fde2e1;color:#8a1c1c}"
          + ".NOT_MEASURABLE{background:#eef1f4;color:#3d4750}",
      "ol.phases{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:1rem 0}",
      "ol.phases li{flex:1 1 9rem;padding:.6rem;border-radius:.3rem;background:#eef1f4;"
          + "border:2px solid #eef1f4;font-size:.9rem}",
      "ol.phases li.done{background:#dff3e4;border-color:#dff3e4}"
          + "ol.phases li.current{border-color:#1f6feb;background:#e7f0ff}"
          + "ol.phases li.skipped{background:#f6f0e4;border-style:dashed;border-color:#c9a86a}",
      "ol.phases strong{display:block}ol.phases span{display:block;color:#57606a}",
      "figure{margin:1rem 0}svg.chart{width:100%;max-width:" + WIDTH + "px;height:auto;"
          + "background:#fbfcfd;border:1px solid #dde3e8}",
      ".axis{stroke:#57606a;stroke-width:1}.grid{stroke:#e3e7eb;stroke-width:1}"
          + ".bar{fill:#3b82c4}.target{stroke:#c2410c;stroke-width:2;stroke-dasharray:6 4}",
      ".path{stroke:#c2410c;stroke-width:2;fill:none}.realised{stroke:#1d4ed8;stroke-width:3;"
          + "fill:none}.dot{fill:#1d4ed8}.projection{stroke:#1d4ed8;stroke-width:2;fill:none;"
          + "stroke-dasharray:3 4}",
      "svg text{font-size:12px;fill:#1d2327}svg text.target-label{fill:#c2410c;font-weight:600}",
      ".legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem;color:#3d4750}"
          + ".legend i{display:inline-block;width:1.6rem;height:0;vertical-align:middle;"
          + "margin-right:.35rem;border-top:3px solid}",
      ".legend .l-path{border-color:#c2410c}.legend .l-realised{border-color:#1d4ed8}"
          + ".legend .l-projection{border-color:#1d4ed8;border-top-style:dotted}",
      ".multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));"
          + "gap:1rem}.multiples figure{margin:0}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}",
      "th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e3e7eb;"
          + "vertical-align:top}th{background:#f3f5f7}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.85rem}",
      ".ERROR{color:#8a1c1c;font-weight:600}.WARNING{color:#7a4b00;font-weight:600}"
          + ".INFO{color:#1f4e8a}",
      ".note{color:#57606a;font-size:.9rem}footer{margin-top:3rem;color:#57606a;"
          + "font-size:.85rem}",
      "@media (max-width:40rem){body{margin:1rem auto;font-size:.95rem}"
          + "dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.4rem}}",
      "@media print{body{max-width:none;margin:0;font-size:10.5pt}"
          + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
          + "article,figure,table{break-inside:avoid}h2{break-after:avoid}.scroll{overflow:visible}}");

  private Page() {}

  /** The document's head, in {@code texts}' language, with {@code title}, and the body's start. */
  static void head(StringBuilder html, Texts texts, String title) {
    html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.code()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
  }

  /** The footer and the end of the document. */
  static void foot(StringBuilder html, Texts texts) {
    html.append("<footer>").append(escape(texts.pick(
            "Gemaakt met woonzorg. Deze pagina is op zichzelf staand: zonder scripts en zonder"
                + " verbinding met het netwerk.",
            "Made with woonzorg. This page is self-contained: no scripts and no network access.")))
        .append("</footer>\n</body>\n</html>\n");
  }

  /** A term and its value in a {@code dl.meta}. */
  static void meta(StringBuilder html, String term, String value) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value))
        .append("</dd>\n");
  }

  /** The smallest 1, 2 or 5 times a power of ten that is at least {@code value}; 1 for 0. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  static String line(String css, double x1, double y1, double x2, double y2) {
    return "<line class=\"" + css + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\""
        + fmt(x2) + "\" y2=\"" + fmt(y2) + "\"/>\n";
  }

  static String text(double x, double y, String anchor, @Nullable String css, String content) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\""
        + (css == null ? "" : " class=\"" + css + "\"") + ">" + escape(content) + "</text>\n";
  }

  /** A coordinate with at most one decimal, in a locale-independent form. */
  static String fmt(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  /** {@code text} safe inside HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          escaped.append("&amp;");
          break;
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&#39;");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
