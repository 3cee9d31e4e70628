package nl.woonzorg.analysis.gap;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.ForecastScenario;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link GapEngine} (<i>uitkomst van de woonzorganalyse</i>): a {@link GapRow}
 * per area, supply category, year and scenario, from the analysis level up to the Netherlands,
 * with the inputs it came from, so that every number has its {@linkplain #calculations()
 * calculation record}; {@link #toAnalysis(int, RoundingMode, Locale)} makes it an analysis
 * document with findings for the bottlenecks.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GapAnalysis {

  private final GapEngine engine;
  private final PopulationTable population;
  private final CategoryTally stock;
  private final @Nullable PopulationForecast forecast;
  private final AreaType level;
  private final int year;
  private final List<GapRow> rows;
  private final Map<String, GapRow> byKey;

  GapAnalysis(GapEngine engine, PopulationTable population, CategoryTally stock,
      @Nullable PopulationForecast forecast, AreaType level, int year, List<GapRow> rows) {
    this.engine = engine;
    this.population = population;
    this.stock = stock;
    this.forecast = forecast;
    this.level = level;
    this.year = year;
    this.rows = List.copyOf(rows);
    Map<String, GapRow> index = new LinkedHashMap<>();
    rows.forEach(row -> index.put(row.key(), row));
    this.byKey = Collections.unmodifiableMap(index);
  }

  /** The level the analysis was computed at, that of the stock's tally. */
  public AreaType level() {
    return level;
  }

  /** The population's reference year. */
  public int year() {
    return year;
  }

  /** The norms the demand was computed by; an immutable list. */
  public List<Norm> norms() {
    return engine.norms();
  }

  /** The hierarchy the rows were rolled up along. */
  AreaHierarchy hierarchy() {
    return engine.hierarchy();
  }

  /** The population the demand was computed from. */
  public PopulationTable population() {
    return population;
  }

  /** The classified stock the supply was counted from. */
  public CategoryTally stock() {
    return stock;
  }

  /** The forecast of the future years; empty if none was given. */
  public Optional<PopulationForecast> forecast() {
    return Optional.ofNullable(forecast);
  }

  /**
   * Every row: per category, the analysis level's areas and each level above, then per forecast
   * year and scenario the gemeenten and each level above; an immutable list.
   */
  public List<GapRow> rows() {
    return rows;
  }

  /** The rows of the population's year at {@code level}, in the order of {@link #rows()}. */
  public List<GapRow> rows(AreaType level) {
    return rows.stream().filter(row -> row.level() == level && row.scenario().isEmpty()).toList();
  }

  /**
   * The rows of {@code region} in the population's year, one per supply category in the order of
   * {@link #rows()} (<i>optelling per regio</i>): each the exact sum of the rows of the region's
   * gemeenten, at {@link AreaType#REGIO} and with the region's {@linkplain Region#name() name} as
   * area code. This rolls up to groupings that are not levels of the hierarchy — a
   * zorgkantoorregio, a woondeal region — as well as to a bundled COROP region or province, whose
   * sums equal the hierarchy's own rows when each of its gemeenten has a row. A gemeente of the
   * region the analysis has no row of is missing from every amount and count, so that the sum
   * says it is partial rather than being short in silence.
   */
  public List<GapRow> rows(Region region) {
    Objects.requireNonNull(region, "region");
    Map<SupplyCategory, Map<String, GapRow>> byCategory = new LinkedHashMap<>();
    for (GapRow row : rows(AreaType.GEMEENTE)) {
      byCategory.computeIfAbsent(row.category(), key -> new LinkedHashMap<>())
          .put(row.areaCode(), row);
    }
    List<GapRow> sums = new ArrayList<>();
    byCategory.forEach((category, municipalities) -> {
      List<GapRow> parts = new ArrayList<>();
      for (String code : region.municipalities()) {
        GapRow part = municipalities.get(code);
        parts.add(part != null ? part : missing(code, category));
      }
      sums.add(GapRow.sum(region.name(), AreaType.REGIO, parts,
          AreaCounts.sum(parts.stream().map(GapRow::counts).toList()), null));
    });
    return List.copyOf(sums);
  }

  /** The row of a gemeente the analysis has none of: every amount and count missing. */
  private GapRow missing(String gemeente, SupplyCategory category) {
    Map<TargetGroup, Amount> demand = new EnumMap<>(TargetGroup.class);
    for (Norm norm : norms()) {
      if (category.equals(stock.classification().category(norm.category()).orElse(null))) {
        demand.put(norm.targetGroup(), Amount.missing(gemeente));
      }
    }
    return new GapRow(gemeente, AreaType.GEMEENTE, category, year, null, demand,
        Amount.missing(gemeente), AreaCounts.unknown(gemeente), Collections.emptySortedSet());
  }

  /**
   * The row of area {@code areaCode}, category {@code categoryCode}, {@code year} and {@code
   * scenario} (null for the population's year); empty if there is none.
   */
  public Optional<GapRow> row(String areaCode, String categoryCode, int year,
      @Nullable ForecastScenario scenario) {
    return Optional.ofNullable(byKey.get(areaCode + "/" + categoryCode + "/" + year
        + (scenario == null ? "" : "/" + scenario.name())));
  }

  /** The row of {@code row}'s area's ancestor at {@code level}; empty if none. */
  public Optional<GapRow> ancestor(GapRow row, AreaType level) {
    return engine.hierarchy().at(level, row.areaCode()).flatMap(code -> row(code,
        row.category().code(), row.year(), row.scenario().orElse(null)));
  }

  /**
   * The index (<i>index</i>) of {@code row}'s gap against its area's ancestor at {@code against},
   * e.g. {@link AreaType#LAND} for the Netherlands: its normalised gap over the ancestor's, times
   * 100; empty if either is not complete or the ancestor's is zero.
   */
  public Optional<Fraction> index(GapRow row, Normalisation normalisation, AreaType against) {
    Optional<Fraction> own = row.normalised(row.gap(), normalisation);
    Optional<Fraction> reference = ancestor(row, against)
        .flatMap(ancestor -> ancestor.normalised(ancestor.gap(), normalisation))
        .filter(value -> value.signum() != 0);
    return own.flatMap(value -> reference.map(
        base -> value.multiply(Fraction.of(100)).divide(base)));
  }

  /** The calculation record of every number of every row, in the order of the rows. */
  public List<Calculation> calculations() {
    List<Calculation> calculations = new ArrayList<>();
    rows.forEach(row -> calculations.addAll(new Provenance(this).of(row)));
    return List.copyOf(calculations);
  }

  /** The row with key {@code key}; empty if none. */
  Optional<GapRow> row(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The name of area {@code code}: the hierarchy's, else the population table's, else the code
   * itself.
   */
  public String name(String code) {
    return engine.hierarchy().name(code)
        .or(() -> population.row(code).flatMap(row -> row.name()))
        .orElse(code);
  }

  /**
   * This analysis as an analysis document: a figure of demand per target group, of supply and of
   * shortage or surplus for every row whose amounts are complete, rounded to {@code scale}
   * decimals by {@code rounding}; findings, in {@code locale}'s language (Dutch unless English),
   * for the largest gaps, the lowest coverage, suppressed and missing inputs and forecast years
   * in which the supply falls below the band; and the sources.
   */
  public Analysis toAnalysis(int scale, RoundingMode rounding, Locale locale) {
    return new AnalysisDocument(this, scale, Objects.requireNonNull(rounding, "rounding"),
        Language.of(locale) == Language.NL).build();
  }

  /**
   * This analysis as a document of the cycle of its own, a woonzorganalyse ({@code
   * analysis-document}): {@link #toAnalysis(int, RoundingMode, Locale)} under a header that
   * declares every area a figure or finding names (so that each {@code areaId} resolves), the
   * Netherlands as the document's area, the sources of the population, the forecast and each
   * norm (in its analysis, where the figures name them), the horizon (the last forecast year, if any beyond the reference year), and {@code
   * maker}, if given, as its author. Each figure keeps the population's reference date. The
   * document has no publication date: the engine does not read the clock; set one with {@code
   * AnalysisDocument.builder().from(document).publishedOn(...)}.
   *
   * <p>Area names are the hierarchy's for gemeenten, regions, provinces and the Netherlands, and
   * the population table's for wijken and buurten; an area whose name is known to neither is
   * named by its code.
   *
   * @param maker the party that made the analysis; null if it is not to be named, which
   *     validation reports (WZ-DOC-03)
   * @since 0.2.0
   */
  public nl.woonzorg.model.document.AnalysisDocument toDocument(@Nullable Party maker, int scale,
      RoundingMode rounding, Locale locale) {
    Analysis content = toAnalysis(scale, rounding, locale);
    boolean dutch = Language.of(locale) == Language.NL;
    SortedSet<String> codes = new TreeSet<>();
    content.getFigures().forEach(figure -> figure.getAreaId().ifPresent(codes::add));
    content.getFindings().forEach(finding -> codes.addAll(finding.getAreaIds()));
    content.getBottlenecks().forEach(bottleneck -> codes.addAll(bottleneck.getAreaIds()));
    codes.remove(AreaHierarchy.NETHERLANDS);
    int horizon = rows.stream().mapToInt(GapRow::year).max().orElse(year);
    nl.woonzorg.model.document.AnalysisDocument.Builder document =
        nl.woonzorg.model.document.AnalysisDocument.builder()
            .id("woonzorganalyse-" + level.getLabelNl() + "-" + year)
            .title(dutch ? "Woonzorganalyse per " + level.getLabelNl() + ", " + year
                : "Housing-care analysis per " + level.getLabelEn() + ", " + year)
            .area(area(AreaHierarchy.NETHERLANDS))
            .areas(codes.stream().map(this::area).toList())
            .analysis(content);
    if (horizon > year) {
      document.horizonYear(horizon);
    }
    if (maker != null) {
      document.addParties(maker).addAuthorPartyIds(maker.getId());
    }
    return document.build();
  }

  /** The area with CBS code {@code code}, identified by its code, as the figures name it. */
  private Area area(String code) {
    AreaType type = hierarchy().level(code);
    String name = hierarchy().name(code)
        .or(() -> population.row(code).flatMap(AreaPopulation::name)).orElse(code);
    Area.Builder area = Area.builder().id(code).type(type).name(name);
    // A code in CBS's own format for its type; a COROP's or the Netherlands' is the id alone.
    if (type.hasCodeFormat(code)) {
      area.code(code);
    }
    return area.build();
  }

  /** The number of rows and the level, for debugging; the form may change. */
  @Override
  public String toString() {
    return "GapAnalysis of " + rows.size() + " rows at " + level.getCode() + ", " + year;
  }

}
