package nl.woonzorg.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole suite in one command, with {@code -prof gc}, and prints one line per goal of
 * the performance issue (21) on standard output: {@code <name> <ratio> <goal>}. JMH's own progress goes to standard
 * error, preceded by a table of every score and ratio with its error.
 *
 * <p>Arguments are {@code --rounds N} (one round unless given), then JMH's ({@code -f}, {@code
 * -wi}, {@code -i}, {@code -w}, {@code -r}, …); {@code benchmarks/ratios.sh} passes settings for
 * stable figures, {@code benchmarks/smoke.sh} a single brief iteration. The first round runs the
 * whole suite, each further round only the benchmarks the goals are ratios of: a fork's score
 * moves with what the compiler made of it in that fork more than with its iterations, so the goals
 * get a fork of their own each round and the figures without a goal one fork in all. With more
 * than one round, the line printed per goal is the median of the rounds' ratios, and the lowest
 * and highest go to standard error. Within a round a ratio's error is the relative errors of its
 * two scores (JMH's 99.9% confidence half-widths) added in quadrature. The figures are reported,
 * not judged: a missed goal does not fail the command.
 */
public final class Ratios {

  private static final String DOC = DocumentBenchmark.class.getName() + ".";
  private static final String STOCK = StockCheckBenchmark.class.getName() + ".";
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  /** The benchmarks the goals are ratios of, as JMH's include pattern. */
  private static final String GOALS = "(" + Pattern.quote(DOC)
      + "(readAndValidateWoonzorg|readJackson|writeWoonzorg|writeJackson)|"
      + Pattern.quote(STOCK) + "(checkWoonzorg|readJackson))$";

  private Ratios() {}

  /**
   * Runs the suite and prints the ratios.
   *
   * @param args {@code --rounds N} (1 unless given), then JMH command-line options
   * @throws RunnerException if JMH fails to run a benchmark
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    int rounds = 1;
    String[] jmh = args;
    if (args.length >= 2 && args[0].equals("--rounds")) {
      rounds = Integer.parseInt(args[1]);
      jmh = Arrays.copyOfRange(args, 2, args.length);
    }
    CommandLineOptions given = new CommandLineOptions(jmh);
    Options whole = new OptionsBuilder()
        .parent(given)
        .include(DocumentBenchmark.class.getName())
        .include(StockCheckBenchmark.class.getName())
        .addProfiler(GCProfiler.class)
        .build();
    Options goals = new OptionsBuilder()
        .parent(given)
        .include(GOALS)
        .addProfiler(GCProfiler.class)
        .build();
    PrintStream err = System.err;
    List<List<Ratio>> perRound = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      err.printf(Locale.ROOT, "%n== round %d of %d%n", round, rounds);
      List<Ratio> ratios = ratios(new Runner(round == 1 ? whole : goals,
          OutputFormatFactory.createFormatInstance(err, VerboseMode.NORMAL)).run());
      err.println("Ratios of this round (woonzorg / raw Jackson, ± error):");
      ratios.forEach(ratio -> err.println("  " + ratio.describe()));
      perRound.add(ratios);
    }
    if (rounds > 1) {
      // Host noise comes and goes; a round's two scores are measured close together, and the
      // median of the rounds' ratios sets aside a round that noise caught.
      err.printf(Locale.ROOT, "%nMedian of the rounds (lowest – highest); without a goal, the"
          + " first round's:%n");
    }
    for (Ratio first : perRound.get(0)) {
      double[] values = perRound.stream().flatMap(List::stream)
          .filter(ratio -> ratio.name().equals(first.name()))
          .mapToDouble(Ratio::value).sorted().toArray();
      double median = values.length % 2 == 1 ? values[values.length / 2]
          : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
      if (rounds > 1) {
        err.printf(Locale.ROOT, "  %-30s %.3f (%.3f – %.3f)  %s%n", first.name(), median,
            values[0], values[values.length - 1], first.target(median));
      }
      if (!Double.isNaN(first.goal())) {
        System.out.printf(Locale.ROOT, "%s %.2f %s%.2f%n", first.name(), median,
            first.comparison(), first.goal());
      }
    }
  }

  /** The goals' ratios first, then the others whose benchmarks ran, from one run of the suite. */
  private static List<Ratio> ratios(Collection<RunResult> results) {
    Map<String, Result<?>> scores = new TreeMap<>();
    Map<String, Result<?>> allocations = new TreeMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      scores.put(name, run.getPrimaryResult());
      allocations.put(name, run.getSecondaryResults().get(ALLOCATION));
    }
    System.err.println();
    System.err.println("Scores (ops/s; stock check per record) and allocation (B/op):");
    scores.forEach((name, score) -> System.err.printf(Locale.ROOT,
        "  %-60s %14.1f ± %-12.1f %12.1f B/op%n", name, score.getScore(),
        score.getScoreError(),
        allocations.get(name) == null ? Double.NaN : allocations.get(name).getScore()));
    return Stream.of(
        Ratio.of("bulk-stock-check", scores.get(STOCK + "checkWoonzorg"),
            scores.get(STOCK + "readJackson"), ">=", 1.2),
        Ratio.of("document-read-and-validate", scores.get(DOC + "readAndValidateWoonzorg"),
            scores.get(DOC + "readJackson"), ">=", 0.8),
        Ratio.of("document-write", scores.get(DOC + "writeWoonzorg"),
            scores.get(DOC + "writeJackson"), ">=", 1.2),
        Ratio.of("allocation-per-record", allocations.get(STOCK + "checkWoonzorg"),
            allocations.get(STOCK + "readJackson"), "<=", 1.5),
        Ratio.of("bulk-stock-read", scores.get(STOCK + "readWoonzorg"),
            scores.get(STOCK + "readJackson"), "", Double.NaN),
        Ratio.of("bulk-stock-validate-only", scores.get(STOCK + "validateWoonzorg"),
            scores.get(STOCK + "readJackson"), "", Double.NaN),
        Ratio.of("document-read", scores.get(DOC + "readWoonzorg"),
            scores.get(DOC + "readJackson"), "", Double.NaN),
        Ratio.of("allocation-per-document-read", allocations.get(DOC + "readWoonzorg"),
            allocations.get(DOC + "readJackson"), "", Double.NaN),
        Ratio.of("allocation-per-document-write", allocations.get(DOC + "writeWoonzorg"),
            allocations.get(DOC + "writeJackson"), "", Double.NaN))
        .flatMap(Optional::stream).toList();
  }

  /** One ratio of a woonzorg figure to its baseline, with the goal it is held to. */
  private record Ratio(String name, Result<?> ours, Result<?> baseline, String comparison,
      double goal) {

    /** The ratio of {@code ours} to {@code baseline}, if both benchmarks ran. */
    static Optional<Ratio> of(String name, @Nullable Result<?> ours,
        @Nullable Result<?> baseline, String comparison, double goal) {
      return ours == null || baseline == null ? Optional.empty()
          : Optional.of(new Ratio(name, ours, baseline, comparison, goal));
    }

    double value() {
      return ours.getScore() / baseline.getScore();
    }

    double error() {
      double a = ours.getScoreError() / ours.getScore();
      double b = baseline.getScoreError() / baseline.getScore();
      return value() * Math.sqrt(a * a + b * b);
    }

    String describe() {
      return String.format(Locale.ROOT, "%-30s %.3f ± %.3f  %s", name, value(), error(),
          target(value()));
    }

    /** The goal and whether {@code ratio} meets it. */
    String target(double ratio) {
      if (Double.isNaN(goal)) {
        return "(no goal)";
      }
      boolean met = comparison.equals(">=") ? ratio >= goal : ratio <= goal;
      return String.format(Locale.ROOT, "goal %s%.2f: %s", comparison, goal,
          met ? "met" : "MISSED");
    }
  }
}
