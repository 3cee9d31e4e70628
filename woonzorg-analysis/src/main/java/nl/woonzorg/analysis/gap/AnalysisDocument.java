package nl.woonzorg.analysis.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.TotalMismatch;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.FigureKind;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;

/**
 * Makes a {@link GapAnalysis} an analysis document: its complete figures, rounded as asked, and
 * findings for what a policy officer must see first — the largest gaps, the lowest coverage, what
 * is unknown and why, and the forecast years in which today's supply falls below the band.
 */
final class AnalysisDocument {

  /** The largest gaps reported per category. */
  private static final int LARGEST = 3;
  private static final String POPULATION = "bevolking";
  private static final String FORECAST = "prognose";

  private final GapAnalysis analysis;
  private final int scale;
  private final RoundingMode rounding;
  private final boolean dutch;
  private final Analysis.Builder document = Analysis.builder();

  AnalysisDocument(GapAnalysis analysis, int scale, RoundingMode rounding, boolean dutch) {
    this.analysis = analysis;
    this.scale = scale;
    this.rounding = rounding;
    this.dutch = dutch;
  }

  Analysis build() {
    sources();
    analysis.rows().forEach(this::figures);
    largestGaps();
    lowestCoverage();
    unknown();
    contradictions();
    belowBand();
    return document.summary(say("Woonzorganalyse per " + analysis.level().getLabelNl() + ", "
        + analysis.year() + ": vraag uit normen, aanbod uit de geclassificeerde voorraad.",
        "Housing-care analysis per " + analysis.level().getLabelEn() + ", " + analysis.year()
            + ": demand from norms, supply from the classified stock.")).build();
  }

  private void sources() {
    LocalDate date = analysis.population().source().referenceDate();
    document.addSources(Source.builder().id(POPULATION)
        .title(analysis.population().source().attribution())
        .publisher(analysis.population().source().publisher()).published(date).build());
    analysis.forecast().ifPresent(forecast -> document.addSources(Source.builder().id(FORECAST)
        .title(forecast.source().attribution()).publisher(forecast.source().publisher())
        .published(forecast.source().referenceDate()).build()));
    for (Norm norm : analysis.norms()) {
      document.addSources(Source.builder().id("norm-" + norm.id()).title(norm.source())
          .published(norm.sourceDate()).build());
    }
  }

  private void figures(GapRow row) {
    boolean future = row.scenario().isPresent();
    row.demandByGroup().forEach((group, amount) -> amount.exactValue().ifPresent(
        value -> document.addFigures(figure(row, "vraag/" + row.key() + "/" + group.name(),
            future ? FigureKind.PROGNOSE_VRAAG : FigureKind.VRAAG, value)
            .targetGroup(group).build())));
    if (!future) {
      row.supply().exactValue().ifPresent(value -> document.addFigures(
          figure(row, "aanbod/" + row.key(), FigureKind.AANBOD, value).build()));
    }
    row.gap().exactValue().filter(value -> value.signum() != 0).ifPresent(value -> {
      boolean shortage = value.signum() > 0;
      document.addFigures(figure(row, (shortage ? "tekort/" : "overschot/") + row.key(),
          shortage ? FigureKind.TEKORT : FigureKind.OVERSCHOT, shortage ? value : value.negate())
          .build());
    });
  }

  private SupplyDemandFigure.Builder figure(GapRow row, String id, FigureKind kind,
      Fraction value) {
    SupplyDemandFigure.Builder figure = SupplyDemandFigure.builder().id(id).kind(kind)
        .areaId(row.areaCode()).year(row.year()).value(quantity(value))
        .sourceId(row.scenario().isPresent() ? FORECAST : POPULATION)
        .referenceDate(analysis.population().source().referenceDate());
    row.category().dwellingType().ifPresent(figure::dwellingType);
    return figure;
  }

  private Quantity quantity(Fraction value) {
    return Quantity.of(value.toBigDecimal(scale, rounding), Unit.WONINGEN);
  }

  private String shown(Fraction value) {
    BigDecimal rounded = value.toBigDecimal(scale, rounding);
    return rounded.toPlainString();
  }

  private List<GapRow> ownRows() {
    return analysis.rows(analysis.level());
  }

  private void largestGaps() {
    byCategory(ownRows()).forEach((category, rows) -> rows.stream()
        .filter(row -> row.gap().exactValue().filter(gap -> gap.signum() > 0).isPresent())
        .sorted(Comparator.comparing((GapRow row) -> row.gap().exactValue().orElseThrow())
            .reversed().thenComparing(GapRow::areaCode))
        .limit(LARGEST)
        .forEach(row -> document.addFindings(finding("grootste-tekort/" + row.key(),
            say("Tekort aan " + row.category().labelNl() + " in " + analysis.name(row.areaCode())
                + ": " + shown(row.gap().exactValue().orElseThrow()) + " woningen (vraag "
                + shown(row.demand().exactValue().orElseThrow()) + ", aanbod "
                + shown(row.supply().exactValue().orElseThrow()) + ").",
                "Shortage of " + row.category().labelEn() + " in "
                + analysis.name(row.areaCode()) + ": "
                + shown(row.gap().exactValue().orElseThrow()) + " dwellings (demand "
                + shown(row.demand().exactValue().orElseThrow()) + ", supply "
                + shown(row.supply().exactValue().orElseThrow()) + ")."), row)
            .figure(quantity(row.gap().exactValue().orElseThrow())).build())));
  }

  private void lowestCoverage() {
    byCategory(ownRows()).forEach((category, rows) -> rows.stream()
        .filter(row -> row.coverage().filter(coverage -> coverage.compareTo(Fraction.ONE) < 0)
            .isPresent())
        .min(Comparator.comparing((GapRow row) -> row.coverage().orElseThrow())
            .thenComparing(GapRow::areaCode))
        .ifPresent(row -> {
          Fraction percent = row.coverage().orElseThrow().multiply(Fraction.of(100));
          document.addFindings(finding("laagste-dekking/" + row.key(),
              say("Laagste dekking van " + row.category().labelNl() + ": "
                  + analysis.name(row.areaCode()) + ", " + shown(percent) + " % van de vraag.",
                  "Lowest coverage of " + row.category().labelEn() + ": "
                  + analysis.name(row.areaCode()) + ", " + shown(percent) + " % of demand."),
              row).figure(Quantity.of(percent.toBigDecimal(scale, rounding), Unit.PROCENT))
              .build());
        }));
  }

  private void unknown() {
    SortedSet<String> suppressed = new TreeSet<>();
    SortedSet<String> noPopulation = new TreeSet<>();
    SortedSet<String> noStock = new TreeSet<>();
    for (GapRow row : ownRows()) {
      suppressed.addAll(row.demand().suppressedAreas());
      noPopulation.addAll(row.demand().missingAreas());
      noStock.addAll(row.supply().missingAreas());
    }
    if (!suppressed.isEmpty()) {
      document.addFindings(unknownFinding("geheim", suppressed,
          say("Vraag onbekend in " + suppressed.size() + " gebieden: CBS hield de"
              + " bevolkingscijfers geheim. Totalen erboven zijn onvolledig, niet nul.",
              "Demand unknown in " + suppressed.size() + " areas: CBS suppressed the population"
              + " figures. Totals above them are partial, not zero.")));
    }
    if (!noPopulation.isEmpty()) {
      document.addFindings(unknownFinding("geen-bevolking", noPopulation,
          say("Vraag onbekend in " + noPopulation.size() + " gebieden zonder bevolkingscijfers.",
              "Demand unknown in " + noPopulation.size() + " areas without population figures.")));
    }
    SortedSet<String> unplaced = new TreeSet<>(analysis.stock().unplaced().keySet());
    if (!noStock.isEmpty() || !unplaced.isEmpty()) {
      noStock.addAll(unplaced);
      document.addFindings(unknownFinding("geen-voorraad", noStock,
          say("Aanbod onvolledig in " + noStock.size() + " gebieden: de voorraad heeft er geen"
              + " woningen of woningen zonder " + analysis.level().getLabelNl() + "code.",
              "Supply partial in " + noStock.size() + " areas: the stock has no homes there, or"
              + " homes without a " + analysis.level().getLabelEn() + " code.")));
    }
    long nowhere = analysis.stock().withoutMunicipality();
    if (nowhere > 0) {
      // Such homes are in no gemeente's supply, so not in the Netherlands' either: say so
      // rather than let the national total fall short in silence.
      document.addFindings(unknownFinding("zonder-gebied", new TreeSet<>(),
          say(nowhere + (nowhere == 1 ? " woning" : " woningen") + " in de voorraad zonder"
              + " gemeentecode tellen in geen enkel gebied mee, ook niet in Nederland.",
              nowhere + (nowhere == 1 ? " home" : " homes") + " of the stock without a"
              + " gemeentecode count in no area, not even the Netherlands.")));
    }
  }

  /**
   * A finding for each count of the population table that its parts contradict, which a table
   * built in code or streamed by woonzorg-cbs (whose whole read fails on it) may have, and one as
   * CBS publishes it has: the analysis cannot tell which figure is right, so neither is passed
   * over in silence.
   */
  private void contradictions() {
    for (TotalMismatch mismatch
        : TotalMismatch.find(analysis.population(), analysis.hierarchy())) {
      String parts = mismatch.partLevel() == AreaType.WIJK ? "wijken" : "buurten";
      boolean partial = mismatch.isPartial();
      document.addFindings(AnalysisFinding.builder()
          .id("optelling/" + mismatch.areaCode() + "/" + mismatch.measure().name())
          .statement(say("De bevolkingstabel spreekt zichzelf tegen: "
              + mismatch.measure().getLabelNl() + " van " + mismatch.areaCode() + ": "
              + mismatch.total() + "; van zijn " + (partial ? "niet-geheime " : "") + parts
              + " samen" + (partial ? " al" : "") + ": " + mismatch.partsSum() + ".",
              "The population table contradicts itself: the " + mismatch.measure().getLabelEn()
              + " of " + mismatch.areaCode() + " are " + mismatch.total() + " and those of its "
              + parts + (partial ? " not suppressed add up to " + mismatch.partsSum()
                  + " already." : " add up to " + mismatch.partsSum() + ".")))
          .addAreaIds(mismatch.areaCode()).sourceId(POPULATION)
          .referenceDate(analysis.population().source().referenceDate()).build());
    }
  }

  private AnalysisFinding unknownFinding(String id, SortedSet<String> areas, String statement) {
    return AnalysisFinding.builder().id("onbekend/" + id).statement(statement)
        .addAllAreaIds(areas).sourceId(POPULATION)
        .referenceDate(analysis.population().source().referenceDate()).build();
  }

  private void belowBand() {
    Map<String, List<Integer>> years = new TreeMap<>();
    Map<String, GapRow> first = new TreeMap<>();
    for (GapRow row : analysis.rows()) {
      if (row.scenario().equals(Optional.of(ForecastScenario.LAAG))
          && row.supply().exactValue().isPresent()
          && row.demand().exactValue().isPresent()
          && row.supply().exactValue().get().compareTo(row.demand().exactValue().get()) < 0) {
        String key = row.areaCode() + "/" + row.category().code();
        years.computeIfAbsent(key, k -> new ArrayList<>()).add(row.year());
        first.putIfAbsent(key, row);
      }
    }
    years.forEach((key, below) -> {
      GapRow row = first.get(key);
      document.addFindings(finding("onder-bandbreedte/" + key, say("Het aanbod van "
          + row.category().labelNl() + " in " + analysis.name(row.areaCode())
          + " ligt onder de hele bandbreedte van de prognose (ook de lage) in " + below + ".",
          "The supply of " + row.category().labelEn() + " in " + analysis.name(row.areaCode())
          + " falls below the forecast's whole band (the low one too) in " + below + "."), row)
          .sourceId(FORECAST).build());
    });
  }

  private AnalysisFinding.Builder finding(String id, String statement, GapRow row) {
    return AnalysisFinding.builder().id(id).statement(statement)
        .addAreaIds(row.areaCode()).addAllTargetGroups(row.demandByGroup().keySet())
        .sourceId(POPULATION).referenceDate(analysis.population().source().referenceDate());
  }

  private static Map<String, List<GapRow>> byCategory(List<GapRow> rows) {
    Map<String, List<GapRow>> byCategory = new TreeMap<>();
    rows.forEach(row -> byCategory.computeIfAbsent(row.category().code(),
        key -> new ArrayList<>()).add(row));
    return byCategory;
  }

  private String say(String nl, String en) {
    return dutch ? nl : en;
  }
}
