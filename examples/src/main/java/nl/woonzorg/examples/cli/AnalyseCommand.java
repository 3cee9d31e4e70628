package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.ClassificationFormatException;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsReadException;
import nl.woonzorg.cbs.kwb.KwbFormat;
import nl.woonzorg.cbs.kwb.KwbReader;
import nl.woonzorg.cbs.kwb.KwbTable;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code woonzorg analyse}: the woonzorganalyse of a population, a dwelling stock and norms —
 * demand, supply and gap per area, supply category and target group, rolled up to the
 * Netherlands, with findings and a calculation record.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Computes demand (population × norm), supply (the classified stock) and gap (demand −"
            + " supply) per area and supply category, from the --level up to the Netherlands,"
            + " exactly, and per forecast year and scenario with --forecast.",
        "Suppressed or missing inputs are reported and make totals partial, never zero.",
        "With --regions, also per region of your own (zorgkantoor region, woondeal region, any"
            + " set of gemeenten): its demand, supply, gap and coverage per category."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the analysis was written",
        "2:an input could not be read or is not valid: each problem is located by file and"
            + " line:column or record (unknown area code, year mismatch, norm without source,"
            + " negative count, a region's unknown gemeentecode, …)",
        "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class AnalyseCommand implements Callable<Integer> {

  /** The forms of the output. */
  enum Format {
    /** Tables for people, on a terminal. */
    TEXT,
    /** The analysis document, every row and the calculation record, for machines. */
    JSON,
    /** One self-contained page with a chart of the gap per area and target group. */
    HTML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The levels an analysis can be computed at: those a dwelling record has a code of. */
  enum Level {
    GEMEENTE(AreaType.GEMEENTE), WIJK(AreaType.WIJK), BUURT(AreaType.BUURT);

    private final AreaType type;

    Level(AreaType type) {
      this.type = type;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Option(names = "--population", paramLabel = "FILE", required = true,
      description = "CBS Kerncijfers wijken en buurten: StatLine CSV (.csv), OData v3"
          + " TypedDataSet or v4 Observations JSON.")
  private Path population = Path.of(".");

  @Option(names = "--table", paramLabel = "ID", required = true,
      description = "The KWB table's id, e.g. 85984NED; never guessed from the file.")
  private String table = "";

  @Option(names = "--year", paramLabel = "YEAR", required = true,
      description = "The table's reference year, e.g. 2024; a Perioden of another year is an"
          + " error.")
  private int year;

  @Option(names = "--stock", paramLabel = "FILE", required = true,
      description = "The dwelling stock: woonzorg dwelling records (NDJSON, one a line), or with"
          + " --stock-format vera VERA-OpenAPI Eenheid JSON (the list form, NDJSON or one"
          + " object). Streamed: memory does not grow with the records.")
  private Path stock = Path.of(".");

  @Option(names = "--stock-format", paramLabel = "FORMAT", defaultValue = "woonzorg",
      description = "woonzorg or vera: what --stock holds, named rather than told from the"
          + " content. VERA units are mapped to dwellings as vera convert maps them, and what"
          + " does not carry over is counted on stderr. Default: ${DEFAULT-VALUE}.")
  private StockFile.Format stockFormat = StockFile.Format.WOONZORG;

  @Option(names = "--norms", paramLabel = "FILE", required = true,
      description = "The norms, ';'-separated: " + NormsFile.HEADER + "; every norm needs a"
          + " source.")
  private Path norms = Path.of(".");

  @Option(names = "--forecast", paramLabel = "FILE",
      description = "A population forecast per gemeente: 'bron;PUBLISHER;TABLE;DATE', then "
          + ForecastFile.HEADER + ".")
  private @Nullable Path forecast;

  @Option(names = "--classification", paramLabel = "FILE",
      description = "A classification table of one's own instead of the default (see"
          + " woonzorg-analysis's classification.csv).")
  private @Nullable Path classification;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "gemeente",
      description = "gemeente, wijk or buurt: the level of the analysis. Default:"
          + " ${DEFAULT-VALUE}.")
  private Level level = Level.GEMEENTE;

  @Option(names = "--regions", paramLabel = "FILE",
      description = "Regions to roll the analysis up to as well, e.g. zorgkantoor or woondeal"
          + " regions: CSV with the header soort,regio,gemeentecode (one line per gemeente;"
          + " soort ZORGKANTOORREGIO, WOONDEALREGIO, COROP, PROVINCIE or EIGEN), or JSON"
          + " {\"regions\": [{\"soort\", \"regio\", \"gemeenten\": [...]}]} for a name ending in"
          + " .json, as monitor reads it. Each region's row is the exact sum of its gemeenten's,"
          + " partial where one has no data; a code that is no gemeente of the bundled list is"
          + " an error.")
  private @Nullable Path regions;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html. Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(names = "--per", paramLabel = "BASE", defaultValue = "inwoners",
      description = "What the gap is normalised by and indexed on (region and Netherlands ="
          + " 100): inwoners, ouderen (65+), huishoudens (each per 1,000), woningen (per"
          + " 100,000) or absoluut. Default: ${DEFAULT-VALUE}.")
  private Per per = Per.INWONERS;

  @Option(names = "--scale", paramLabel = "DIGITS", defaultValue = "1",
      description = "Decimals shown. Default: ${DEFAULT-VALUE}.")
  private int scale = 1;

  @Option(names = "--rounding", paramLabel = "MODE", defaultValue = "HALF_UP",
      description = "How shown numbers are rounded: a java.math.RoundingMode, e.g. HALF_EVEN."
          + " Default: ${DEFAULT-VALUE}. Computation is exact.")
  private RoundingMode rounding = RoundingMode.HALF_UP;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write; stdout if not given.")
  private @Nullable Path output;

  @Option(names = "--document", paramLabel = "FILE",
      description = "Also write the result as a woonzorganalyse document of the cycle"
          + " (analysis-document, JSON): every figure's area declared, the sources and"
          + " reference date carried; validate, report and convert take it.")
  private @Nullable Path document;

  @Option(names = "--maker", paramLabel = "NAME",
      description = "Who made the analysis, named in --document as its author (a party of type"
          + " overig). Without it the document names no maker, which validate reports"
          + " (WZ-DOC-03).")
  private @Nullable String maker;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    Lang lang = tool.lang();
    AreaHierarchy hierarchy = AreaHierarchy.netherlands();
    StockClassification table = classification();
    tool.working(norms);
    List<Norm> normList = NormsFile.read(norms, table, lang);
    List<Region> rollUps = List.of();
    if (regions != null) {
      tool.working(regions);
      rollUps = RegionsFile.read(regions, hierarchy, lang).regions();
    }
    tool.working(population);
    PopulationTable people = population(hierarchy, lang);
    PopulationForecast future = null;
    if (forecast != null) {
      tool.working(forecast);
      future = ForecastFile.read(forecast, hierarchy,
          people.source().referenceDate().getYear(), lang);
    }
    tool.working(stock);
    CategoryTally.Builder tally = CategoryTally.builder(level.type, table);
    CategoryTally supply = stockFormat == StockFile.Format.VERA
        ? StockFile.readVera(stock, tally, hierarchy, lang, tool.err())
        : StockFile.read(stock, tally, hierarchy, lang);
    GapAnalysis analysis = GapEngine.of(hierarchy, normList).compute(people, supply, future);
    Analysis document = analysis.toAnalysis(scale, rounding, lang.locale());
    Figures figures = new Figures(scale, rounding, lang);
    NormalisedGap normalised = new NormalisedGap(analysis, hierarchy, per.normalisation(),
        per.normalisation().getLabel(lang.locale()));
    String text = switch (format) {
      case TEXT -> new AnalysisText(analysis, document, figures, normalised, rollUps).render();
      case JSON -> new AnalysisJson(analysis, document, figures, normalised, rollUps).render();
      case HTML -> new AnalysisHtml(analysis, document, figures, normalised, rollUps).render();
    };
    if (this.document != null) {
      writeDocument(analysis, this.document, tool);
    }
    if (output == null) {
      tool.out().print(text);
      tool.out().flush();
    } else {
      tool.working(output);
      OutputFile.writeString(output, text, lang);
      tool.err().println(output);
    }
    return ExitCodes.CONFORM;
  }

  /** The analysis as an analysis-document, pretty-printed wire format, at {@code file}. */
  private void writeDocument(GapAnalysis analysis, Path file, Woonzorg tool) {
    Party party = maker == null ? null : Party.builder().id("maker").name(maker)
        .type(PartyType.OVERIG).build();
    tool.working(file);
    OutputFile.writeString(file, JsonWriter.pretty().write(
        analysis.toDocument(party, scale, rounding, tool.lang().locale())) + "\n", tool.lang());
  }

  private StockClassification classification() {
    if (classification == null) {
      return StockClassification.defaults();
    }
    Lang lang = Objects.requireNonNull(parent, "parent").lang();
    try (InputStream in = Files.newInputStream(classification)) {
      return StockClassification.parse(classification.toString(),
          new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw Failure.unreadable(classification, e, lang);
    } catch (UncheckedIOException e) {
      throw Failure.unreadable(classification, e.getCause(), lang);
    } catch (ClassificationFormatException e) {
      throw Failure.invalid(classification, List.of(String.valueOf(e.getMessage())), lang);
    }
  }

  private PopulationTable population(AreaHierarchy hierarchy, Lang lang) {
    KwbFormat form = population.toString().endsWith(".csv") ? KwbFormat.CSV : jsonForm(lang);
    try {
      return KwbReader.of(KwbTable.of(table, year), hierarchy, CsvLines.LIMIT)
          .readTable(form, population);
    } catch (CbsReadException e) {
      throw Failure.invalid(population, e.problems().stream().map(CbsProblem::toString)
          .toList(), lang);
    } catch (UncheckedIOException e) {
      throw Failure.unreadable(population, e.getCause(), lang);
    }
  }

  /** OData v4 has a row per measure and area, with a {@code Measure}; v3 does not. */
  private KwbFormat jsonForm(Lang lang) {
    try (InputStream in = Files.newInputStream(population)) {
      String start = new String(in.readNBytes(1 << 14), StandardCharsets.UTF_8);
      return start.contains("\"Measure\"") ? KwbFormat.OBSERVATIONS : KwbFormat.TYPED_DATA_SET;
    } catch (IOException e) {
      throw Failure.unreadable(population, e, lang);
    }
  }
}
