package nl.woonzorg.report;

import static nl.woonzorg.report.Page.BOTTOM;
import static nl.woonzorg.report.Page.HEIGHT;
import static nl.woonzorg.report.Page.LEFT;
import static nl.woonzorg.report.Page.RIGHT;
import static nl.woonzorg.report.Page.TOP;
import static nl.woonzorg.report.Page.WIDTH;
import static nl.woonzorg.report.Page.escape;
import static nl.woonzorg.report.Page.fmt;
import static nl.woonzorg.report.Page.line;
import static nl.woonzorg.report.Page.text;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.monitor.LevelProgress;
import nl.woonzorg.analysis.monitor.YearLevel;
import nl.woonzorg.analysis.number.Fraction;

/**
 * A goal's progress as an inline SVG line chart: the target path (a straight line from the first
 * level to the target at the deadline), the realised levels, and the projection at the realised
 * pace from the latest level to the target. Years run along the bottom, the level up the side
 * from zero; a projection past the chart's last year is drawn to its edge.
 */
final class ProgressChart {

  /** How far past the deadline a projection is drawn, so that a slow pace does not flatten all. */
  private static final int YEARS_PAST_DEADLINE = 5;

  private final Texts texts;

  ProgressChart(Texts texts) {
    this.texts = texts;
  }

  /**
   * The chart of a goal's or an agreement's progress titled {@code title}, or nothing if it has no
   * target, deadline or level to draw.
   */
  void render(StringBuilder html, LevelProgress progress, String title) {
    List<YearLevel> levels = progress.levels();
    Optional<Integer> deadline = progress.deadlineYear();
    if (progress.target().isEmpty() || deadline.isEmpty() || levels.isEmpty()) {
      return;
    }
    double target = progress.target().get().toBigDecimal(6, RoundingMode.HALF_UP)
        .doubleValue();
    int firstYear = levels.get(0).year();
    int deadlineYear = deadline.get();
    Optional<Fraction> projected = progress.projectedYear();
    int lastYear = Math.max(deadlineYear, levels.get(levels.size() - 1).year());
    if (projected.isPresent()) {
      lastYear = Math.max(lastYear, Math.min(deadlineYear + YEARS_PAST_DEADLINE,
          projected.get().ceiling().intValueExact()));
    }
    if (lastYear == firstYear) {
      lastYear++;
    }
    double top = target;
    for (YearLevel level : levels) {
      top = Math.max(top, value(level.value()));
    }
    Scale scale = new Scale(firstYear, lastYear, Page.niceCeiling(top));

    String description = texts.pick("Doelpad naar ", "Target path to ") + texts.number(target)
        + texts.pick(" in ", " in ") + deadlineYear + "; " + levels.size()
        + texts.pick(" standen", " levels") + projected.map(year -> "; "
            + texts.pick("prognose ", "projected ") + texts.year(year)).orElse("");
    html.append("<figure>\n<svg class=\"chart progress\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(escape(description)).append("\">\n<title>")
        .append(escape(title + ": " + description)).append("</title>\n");
    axes(html, scale);
    YearLevel first = levels.get(0);
    html.append("<polyline class=\"path\" points=\"")
        .append(scale.point(first.year(), value(first.value()))).append(' ')
        .append(scale.point(deadlineYear, target)).append("\"/>\n")
        .append(text(scale.x(deadlineYear), scale.y(target) - 8, "end", "target-label",
            texts.pick("doel ", "target ") + texts.number(target)));
    StringBuilder points = new StringBuilder();
    for (YearLevel level : levels) {
      points.append(scale.point(level.year(), value(level.value()))).append(' ');
    }
    html.append("<polyline class=\"realised\" points=\"").append(points.toString().trim())
        .append("\"/>\n");
    for (YearLevel level : levels) {
      html.append("<circle class=\"dot\" cx=\"").append(fmt(scale.x(level.year())))
          .append("\" cy=\"").append(fmt(scale.y(value(level.value())))).append("\" r=\"4\">")
          .append("<title>").append(level.year()).append(": ")
          .append(escape(texts.number(level.value()))).append("</title></circle>\n");
    }
    YearLevel latest = levels.get(levels.size() - 1);
    projected.filter(year -> year.compareTo(Fraction.of(latest.year())) > 0).ifPresent(year -> {
      double end = Math.min(value(year), scale.lastYear);
      double reached = value(latest.value()) + (target - value(latest.value()))
          * (end - latest.year()) / (value(year) - latest.year());
      html.append("<polyline class=\"projection\" points=\"")
          .append(scale.point(latest.year(), value(latest.value()))).append(' ')
          .append(fmt(scale.x(end))).append(',').append(fmt(scale.y(reached))).append("\"/>\n");
    });
    html.append("</svg>\n<figcaption class=\"legend\"><span><i class=\"l-path\"></i>")
        .append(escape(texts.pick("doelpad", "target path"))).append("</span><span>")
        .append("<i class=\"l-realised\"></i>").append(escape(texts.pick("gerealiseerd",
            "realised"))).append("</span><span><i class=\"l-projection\"></i>")
        .append(escape(texts.pick("prognose bij huidig tempo", "projection at current pace")))
        .append("</span></figcaption>\n</figure>\n");
  }

  private void axes(StringBuilder html, Scale scale) {
    for (int i = 0; i <= 4; i++) {
      double value = scale.max * i / 4;
      html.append(line("grid", LEFT, scale.y(value), WIDTH - RIGHT, scale.y(value)))
          .append(text(LEFT - 6, scale.y(value) + 4, "end", null, texts.number(value)));
    }
    double bottom = HEIGHT - BOTTOM;
    html.append(line("axis", LEFT, TOP, LEFT, bottom))
        .append(line("axis", LEFT, bottom, WIDTH - RIGHT, bottom));
    int step = Math.max(1, (scale.lastYear - scale.firstYear + 9) / 10);
    for (int year = scale.firstYear; year <= scale.lastYear; year += step) {
      html.append(text(scale.x(year), bottom + 18, "middle", null, Integer.toString(year)));
    }
  }

  private static double value(Fraction fraction) {
    return fraction.toBigDecimal(6, RoundingMode.HALF_UP).doubleValue();
  }

  /** Years and levels to SVG user units. */
  private static final class Scale {
    final int firstYear;
    final int lastYear;
    final double max;

    Scale(int firstYear, int lastYear, double max) {
      this.firstYear = firstYear;
      this.lastYear = lastYear;
      this.max = max;
    }

    double x(double year) {
      return LEFT + (WIDTH - LEFT - RIGHT) * (year - firstYear) / (lastYear - firstYear);
    }

    double y(double value) {
      return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / max);
    }

    String point(double year, double value) {
      return fmt(x(year)) + "," + fmt(y(value));
    }
  }
}
