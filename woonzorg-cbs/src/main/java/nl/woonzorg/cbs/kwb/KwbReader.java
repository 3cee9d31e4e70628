package nl.woonzorg.cbs.kwb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.cbs.CbsReadException;
import org.apiguardian.api.API;

/**
 * Reads a CBS <i>Kerncijfers wijken en buurten</i> table (KWB) into {@link AreaPopulation} rows:
 * inhabitants, the five age bands and households of every area, in any of the three {@link
 * KwbFormat forms} CBS publishes.
 *
 * <p>What is read is checked, and every problem is located — file and line:column for CSV, file
 * and JSON Pointer for JSON — with what was expected and what was found: an area code that is
 * malformed or not in the {@link AreaHierarchy}, a period that is not the table's year, a column of
 * another year's table, a negative count, a cell that is not a whole number, an area given twice.
 * A row with a problem is never handed on, and a suppressed figure stays {@linkplain
 * nl.woonzorg.analysis.population.Count#suppressed() suppressed}: no figure is ever made up.
 *
 * <p>A table read whole is also checked to add up: a gemeente's counts against the sums of its
 * wijken in the table, a wijk's against its buurten ({@link CbsProblemKind#TOTAL_MISMATCH}, at
 * the whole's cell). A mismatch does not fail the read, because CBS's own tables have them: KWB
 * rounds the counts of wijken and buurten to fives but not the gemeente's, and counts people
 * without a fixed address in the gemeente alone (the bundled 84583NED extract for 's-Gravenhage
 * has 22, three beyond what rounding explains). {@link #readTable(KwbFormat, List, Consumer)}
 * hands each to the caller, located; the analysis reports each as a finding of its own ({@link
 * nl.woonzorg.analysis.population.TotalMismatch}), so none passes unsaid. A streaming read holds
 * no rows, so it does not check this.
 *
 * <p>{@link #read(KwbFormat, List, Consumer)} streams: CSV and TypedDataSet rows are handed on as
 * they are read, one held at a time; v4 observations are gathered per area first. {@link
 * #readTable(KwbFormat, List)} collects a {@link PopulationTable} and throws if anything but a
 * total was wrong.
 *
 * <p>Immutable and thread-safe: each read has its own state.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KwbReader {

  private static final int DEFAULT_PROBLEM_LIMIT = 100;

  private final KwbTable table;
  private final AreaHierarchy hierarchy;
  private final int problemLimit;

  private KwbReader(KwbTable table, AreaHierarchy hierarchy, int problemLimit) {
    this.table = table;
    this.hierarchy = hierarchy;
    this.problemLimit = problemLimit;
  }

  /** A reader of {@code table} against the bundled {@link AreaHierarchy#netherlands()}. */
  public static KwbReader of(KwbTable table) {
    return of(table, AreaHierarchy.netherlands(), DEFAULT_PROBLEM_LIMIT);
  }

  /**
   * A reader of {@code table} that checks area codes against {@code hierarchy} and keeps the first
   * {@code problemLimit} problems of a read (all are counted).
   *
   * @throws IllegalArgumentException if {@code problemLimit} is below 1
   */
  public static KwbReader of(KwbTable table, AreaHierarchy hierarchy, int problemLimit) {
    if (problemLimit < 1) {
      throw new IllegalArgumentException("a read keeps at least one problem, not " + problemLimit);
    }
    return new KwbReader(Objects.requireNonNull(table, "table"),
        Objects.requireNonNull(hierarchy, "hierarchy"), problemLimit);
  }

  /** The table this reader reads. */
  public KwbTable table() {
    return table;
  }

  /**
   * Reads {@code inputs} — the files or pages of one table, in order — in {@code format}, handing
   * each good row to {@code sink}; each input is opened, read through and closed.
   *
   * @throws UncheckedIOException if an input cannot be opened or read; a problem of its content
   *     is in the result instead
   */
  public KwbReadResult read(KwbFormat format, List<KwbInput> inputs,
      Consumer<? super AreaPopulation> sink) {
    Objects.requireNonNull(sink, "sink");
    ReadContext context = context();
    long[] rows = new long[1];
    run(format, inputs, context, (row, where, cells) -> {
      rows[0]++;
      sink.accept(row);
    });
    return new KwbReadResult(table, rows[0], context.problems().kept(),
        context.problems().count());
  }

  /**
   * Reads {@code inputs} in {@code format} into a table whose source is the {@link
   * KwbTable#source()}; a whole that is not the sum of its parts is left to the analysis to report
   * (see the class comment).
   *
   * @throws CbsReadException if any problem was found, carrying them; an area given twice is one
   * @throws UncheckedIOException if an input cannot be opened or read
   */
  public PopulationTable readTable(KwbFormat format, List<KwbInput> inputs) {
    return readTable(format, inputs, mismatch -> { });
  }

  /**
   * Reads {@code inputs} in {@code format} into a table, as {@link #readTable(KwbFormat, List)},
   * handing each whole that is not the sum of its parts in the table to {@code mismatches}, after
   * the read, in the order of the wholes' codes and measures: a {@link
   * CbsProblemKind#TOTAL_MISMATCH} at the whole's cell, with the parts' sum expected and the
   * whole's figure found.
   *
   * @throws CbsReadException if any other problem was found, carrying them
   * @throws UncheckedIOException if an input cannot be opened or read
   */
  public PopulationTable readTable(KwbFormat format, List<KwbInput> inputs,
      Consumer<? super CbsProblem> mismatches) {
    Objects.requireNonNull(mismatches, "mismatches");
    ReadContext context = context();
    PopulationTable.Builder builder = PopulationTable.builder(table.source());
    Set<String> seen = new HashSet<>();
    TotalsCheck totals = new TotalsCheck(hierarchy);
    run(format, inputs, context, (row, where, cells) -> {
      if (!seen.add(row.areaCode())) {
        context.problems().add(where.problem(CbsProblemKind.DUPLICATE, "area " + row.areaCode()
            + " is given twice", "one row per area", row.areaCode()));
        return;
      }
      builder.add(row);
      totals.add(row, cells);
    });
    if (context.problems().count() > 0) {
      throw new CbsReadException(context.problems().kept(), context.problems().count());
    }
    PopulationTable read = builder.build();
    totals.report(read, mismatches);
    return read;
  }

  /**
   * Reads {@code files} in {@code format} into a table, as {@link #readTable(KwbFormat, List)}.
   *
   * @throws CbsReadException if any problem was found, carrying them
   * @throws UncheckedIOException if a file cannot be opened or read
   */
  public PopulationTable readTable(KwbFormat format, Path... files) {
    return readTable(format, Arrays.stream(files).map(KwbInput::of).toList());
  }

  private ReadContext context() {
    return new ReadContext(table, hierarchy, new Problems(problemLimit));
  }

  private static void run(KwbFormat format, List<KwbInput> inputs, ReadContext context,
      RowSink sink) {
    Objects.requireNonNull(format, "format");
    ObservationRows observations = new ObservationRows(context);
    for (KwbInput input : inputs) {
      try (InputStream in = input.open()) {
        switch (format) {
          case CSV -> new CsvRows(context, input.name()).read(
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sink);
          case TYPED_DATA_SET -> new TypedDataSetRows(context, input.name()).read(in, sink);
          case OBSERVATIONS -> observations.read(input.name(), in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input.name(), e);
      }
    }
    observations.finish(sink);
  }
}
