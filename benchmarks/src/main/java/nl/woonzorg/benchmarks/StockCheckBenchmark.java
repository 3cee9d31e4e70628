package nl.woonzorg.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.validation.WoonzorgValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * The bulk stock check: an NDJSON stream of {@value #RECORDS} VERA-shaped dwelling records (about
 * 2.7 MB), each parsed, built and validated as it streams past, beside raw Jackson binding the
 * same stream to plain records ({@link Baseline.Dwelling}). Every invocation reads the whole
 * stream; scores are per record ({@link OperationsPerInvocation}), so {@code -prof gc}'s {@code
 * gc.alloc.rate.norm} is the allocation per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StockCheckBenchmark {

  /** Records in the stream. */
  public static final int RECORDS = 10_000;

  private byte[] ndjson;
  private WoonzorgValidator validator;
  private NdjsonReader<Dwelling> reader;
  private ObjectReader plainReader;
  private List<Dwelling> dwellings;

  /** Generates the stream and builds the readers and the validator once. */
  @Setup
  public void setUp() {
    ndjson = Workloads.stock(RECORDS);
    validator = WoonzorgValidator.builder().build();
    reader = NdjsonReader.of(DocumentType.DWELLING);
    plainReader = Baseline.MAPPER.readerFor(Baseline.Dwelling.class);
    List<Dwelling> read = new ArrayList<>();
    reader.read(new ByteArrayInputStream(ndjson), read::add);
    dwellings = List.copyOf(read);
    if (dwellings.size() != RECORDS || readJackson(new Blackhole(CpuRatio.BLACKHOLE)) != RECORDS) {
      throw new IllegalStateException("the stream does not hold " + RECORDS + " records");
    }
  }

  /** woonzorg: parse, build and validate each record, streaming. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void checkWoonzorg(Blackhole sink) {
    reader.read(new ByteArrayInputStream(ndjson), dwelling -> sink.consume(
        validator.validate(dwelling)));
  }

  /** woonzorg: validate each record, read beforehand; what validation adds to reading. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void validateWoonzorg(Blackhole sink) {
    for (Dwelling dwelling : dwellings) {
      sink.consume(validator.validate(dwelling));
    }
  }

  /** woonzorg: parse and build each record, without validating it. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void readWoonzorg(Blackhole sink) {
    reader.read(new ByteArrayInputStream(ndjson), sink::consume);
  }

  /** Baseline: bind each record of the stream to a plain record. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int readJackson(Blackhole sink) {
    int count = 0;
    try (MappingIterator<Baseline.Dwelling> records =
        plainReader.readValues(new ByteArrayInputStream(ndjson))) {
      while (records.hasNextValue()) {
        sink.consume(records.nextValue());
        count++;
      }
    }
    return count;
  }
}
