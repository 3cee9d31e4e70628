package nl.woonzorg.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapEngine;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national woonzorganalyse: {@code records} dwelling records (2,300,000 unless told, about
 * the corporations' social-rent stock) spread over 13,680 buurten of the 342 gemeenten, read as
 * NDJSON from a file, classified by the default table, tallied per buurt and analysed with a
 * population of 5 age bands per buurt, rolled up to every level — against merely streaming the
 * same file with io's {@link NdjsonReader}, in the same run. Issue 17's goal: at most 1.5 times
 * the streaming, in a heap of 128 MB (the fork's {@code -Xmx}).
 *
 * <p>The file is written once into {@code benchmarks/target}, untimed; the population is built in
 * set-up, as a reader of CBS's table would hand it over. Each invocation reads the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms128m", "-Xmx128m"})
public class AnalysisBenchmark {

  /** Wijken per gemeente and buurten per wijk: 342 × 10 × 4 = 13,680 buurten. */
  private static final int WIJKEN = 10;
  private static final int BUURTEN = 4;

  /** The number of records in the file. */
  @Param("2300000")
  public int records;

  private Path file;
  private List<String> buurten;
  private PopulationTable population;
  private GapEngine engine;
  private NdjsonReader<Dwelling> reader;

  /** Writes the file if it is missing and builds the population and the engine. */
  @Setup
  public void setUp() throws IOException {
    AreaHierarchy hierarchy = AreaHierarchy.netherlands();
    buurten = new ArrayList<>();
    for (String gemeente : hierarchy.municipalities()) {
      for (int wijk = 0; wijk < WIJKEN; wijk++) {
        for (int buurt = 0; buurt < BUURTEN; buurt++) {
          buurten.add(String.format("BU%s%02d%02d", gemeente.substring(2), wijk, buurt));
        }
      }
    }
    file = Path.of("benchmarks", "target", "analysis-stock-" + records + ".ndjson");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file);
          NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, out)) {
        for (int i = 0; i < records; i++) {
          writer.write(dwelling(i));
        }
      }
    }
    PopulationTable.Builder table = PopulationTable.builder(
        PopulationSource.cbs("85984NED", LocalDate.of(2024, 1, 1)));
    for (int index = 0; index < buurten.size(); index++) {
      AreaPopulation.Builder row = AreaPopulation.builder(buurten.get(index), AreaType.BUURT);
      for (PopulationMeasure measure : PopulationMeasure.values()) {
        // One buurt in a hundred has its oldest band suppressed, as small buurten do.
        row.count(measure, measure == PopulationMeasure.LEEFTIJD_65_PLUS && index % 100 == 0
            ? Count.suppressed() : Count.of(100 + (index * 31L + measure.ordinal() * 7L) % 900));
      }
      table.add(row.build());
    }
    population = table.build();
    engine = GapEngine.of(hierarchy, List.of(
        norm("geclusterd-65", TargetGroup.OUDEREN_65_PLUS, "GECLUSTERD", 23, 100),
        norm("zorggeschikt-65", TargetGroup.KWETSBARE_OUDEREN, "ZORGGESCHIKT", 5, 100),
        norm("nultreden-65", TargetGroup.OUDEREN_65_PLUS, "NULTREDEN", 40, 100)));
    reader = NdjsonReader.of(DocumentType.DWELLING);
  }

  private static Norm norm(String id, TargetGroup group, String category, long numerator,
      long denominator) {
    return Norm.builder().id(id).targetGroup(group).category(category)
        .base(PopulationMeasure.LEEFTIJD_65_PLUS).ratio(Fraction.of(numerator, denominator))
        .source("benchmark").sourceDate(LocalDate.of(2024, 1, 1)).build();
  }

  /** Record {@code i}: a home in buurt {@code i} mod 13,680, of a mix of labels and forms. */
  private Dwelling dwelling(int i) {
    String buurt = buurten.get(i % buurten.size());
    Dwelling.Builder dwelling = Dwelling.builder().id("eenheid-" + i)
        .municipalityCode("GM" + buurt.substring(2, 6)).districtCode("WK" + buurt.substring(2, 8))
        .neighbourhoodCode(buurt).unitKind(UnitKind.WOONRUIMTE);
    if (i % 3 == 0) {
      dwelling.accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
    }
    if (i % 7 == 0) {
      dwelling.housingForm(i % 21 == 0 ? HousingForm.ZORGGESCHIKTE_WONING
          : HousingForm.GECLUSTERDE_WOONVORM);
    }
    return dwelling.build();
  }

  /** io alone: stream and build every record. */
  @Benchmark
  public void streamOnly(Blackhole sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      sink.consume(reader.read(in, sink::consume));
    }
  }

  /** The analysis: stream, classify and tally every record, then compute and roll up. */
  @Benchmark
  public GapAnalysis classifyAndRollUp() throws IOException {
    CategoryTally.Builder tally =
        CategoryTally.builder(AreaType.BUURT, StockClassification.defaults());
    try (InputStream in = Files.newInputStream(file)) {
      reader.read(in, tally::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return engine.compute(population, tally.build());
  }
}
