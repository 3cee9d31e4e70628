package nl.woonzorg.examples.cli;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.gap.Amount;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.area.AreaType;

/**
 * How the analysis outputs show numbers, the same in text, JSON and HTML: rounded only here, to
 * the scale and by the rounding mode the user named, and an amount that is not complete marked as
 * such, never shown as a plain number.
 */
final class Figures {

  /** The levels shown above the analysis level, in order. */
  private static final List<AreaType> LEVELS = List.of(AreaType.BUURT, AreaType.WIJK,
      AreaType.GEMEENTE, AreaType.REGIO, AreaType.PROVINCIE, AreaType.LAND);

  private final int scale;
  private final RoundingMode rounding;
  private final Lang lang;

  Figures(int scale, RoundingMode rounding, Lang lang) {
    this.scale = scale;
    this.rounding = rounding;
    this.lang = lang;
  }

  /** The language of the output. */
  Lang lang() {
    return lang;
  }

  /** {@code value} rounded, e.g. {@code 21.7}. */
  String number(Fraction value) {
    return value.toBigDecimal(scale, rounding).toPlainString();
  }

  /**
   * {@code amount} as shown: rounded if complete; {@code ≥ 690 *} if partial (the known parts
   * only); {@code geheim} or {@code onbekend} if nothing is known.
   */
  String amount(Amount amount) {
    if (amount.isComplete()) {
      return number(amount.value().orElseThrow());
    }
    if (amount.value().isPresent()) {
      return number(amount.value().get()) + " *";
    }
    return amount.suppressedAreas().isEmpty() ? lang.pick("onbekend", "unknown")
        : lang.pick("geheim", "suppressed");
  }

  /** {@code value} rounded; a dash if there is none. */
  String number(Optional<Fraction> value) {
    return value.map(this::number).orElse("–");
  }

  /** {@code coverage} as a percentage, e.g. {@code 21.7 %}; a dash if there is none. */
  String percent(Optional<Fraction> coverage) {
    return coverage.map(value -> number(value.multiply(Fraction.of(100))) + " %").orElse("–");
  }

  /** The note that explains the {@code *} of a partial amount. */
  String partialNote() {
    return lang.pick("* onvolledig: de som van de bekende delen; geheime of ontbrekende gebieden"
        + " staan bij de bevindingen.", "* partial: the sum of the known parts; suppressed or"
        + " missing areas are listed among the findings.");
  }

  /** The label of {@code category} in the output's language. */
  String label(SupplyCategory category) {
    return lang.pick(category.labelNl(), category.labelEn());
  }

  /**
   * The rows of the population's year of {@code category}, from the analysis level up to the
   * Netherlands, each level by code.
   */
  static List<GapRow> today(GapAnalysis analysis, SupplyCategory category) {
    return analysis.rows().stream()
        .filter(row -> row.scenario().isEmpty() && row.category().equals(category))
        .sorted(Comparator.comparingInt((GapRow row) -> LEVELS.indexOf(row.level()))
            .thenComparing(GapRow::areaCode))
        .toList();
  }

  /**
   * The row of {@code region} and {@code category}: the exact sum of its gemeenten's rows, as
   * {@link GapAnalysis#rows(Region)} computes it; empty if the analysis has no row of the category.
   */
  static Optional<GapRow> region(GapAnalysis analysis, Region region, SupplyCategory category) {
    return analysis.rows(region).stream().filter(row -> row.category().equals(category))
        .findFirst();
  }

  /**
   * Why the region's {@code row} is partial, e.g. {@code geen gegevens van GM0014; geheim:
   * WK005009}: the gemeenten without data and the areas CBS suppressed, of its demand and supply;
   * empty if both are complete.
   */
  String lacking(GapRow row) {
    SortedSet<String> missing = new TreeSet<>(row.demand().missingAreas());
    missing.addAll(row.supply().missingAreas());
    SortedSet<String> suppressed = new TreeSet<>(row.demand().suppressedAreas());
    suppressed.addAll(row.supply().suppressedAreas());
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add(lang.pick("geen gegevens van ", "no data of ") + String.join(", ", missing));
    }
    if (!suppressed.isEmpty()) {
      parts.add(lang.pick("geheim: ", "suppressed: ") + String.join(", ", suppressed));
    }
    return String.join("; ", parts);
  }

  /** The categories with norms, in the classification's order. */
  static List<SupplyCategory> categories(GapAnalysis analysis) {
    return analysis.stock().classification().categories().stream()
        .filter(category -> analysis.norms().stream()
            .anyMatch(norm -> norm.category().equals(category.code())))
        .toList();
  }
}
