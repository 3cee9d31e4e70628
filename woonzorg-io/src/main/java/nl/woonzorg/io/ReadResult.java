package nl.woonzorg.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a lenient read gives (<i>leesresultaat</i>): the value, if one could be kept, the problems
 * met, and the places whose content was left out to keep it.
 *
 * <p>A value read without problems is exactly the document; with problems it holds what could be
 * read safely: a dropped property is absent, a dropped list element is left out (later elements
 * move up), a dropped object takes its enclosing element or property with it when that one cannot
 * be built without it.
 *
 * <p>Problems and dropped pointers are listed up to {@link ReadLimits#maxProblems()}; beyond it
 * they are counted ({@link #problemsOmitted()}, {@link #droppedOmitted()}), so that a result
 * stays small whatever the document. Immutable and thread-safe.
 *
 * @param <T> the model type read
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReadResult<T> {

  private final @Nullable T value;
  private final List<WireProblem> problems;
  private final Map<ProblemKind, Long> problemsOmitted;
  private final List<JsonPointer> dropped;
  private final long droppedOmitted;

  private ReadResult(@Nullable T value, List<WireProblem> problems,
      Map<ProblemKind, Long> problemsOmitted, List<JsonPointer> dropped, long droppedOmitted) {
    this.value = value;
    this.problems = List.copyOf(problems);
    // An EnumMap, so that the kinds come in their declared order whoever built the map.
    EnumMap<ProblemKind, Long> omitted = new EnumMap<>(ProblemKind.class);
    problemsOmitted.forEach((kind, count) -> {
      if (count < 1) {
        throw new IllegalArgumentException("an omitted count must be positive: " + kind + "="
            + count);
      }
      omitted.put(kind, count);
    });
    this.problemsOmitted = Collections.unmodifiableMap(omitted);
    this.dropped = List.copyOf(dropped);
    if (droppedOmitted < 0) {
      throw new IllegalArgumentException("droppedOmitted must not be negative: " + droppedOmitted);
    }
    this.droppedOmitted = droppedOmitted;
  }

  /**
   * A result.
   *
   * @param value the value read; null if nothing could be kept
   * @param problems the problems met, in document order
   * @param dropped the pointers, into the document as written, of what was left out
   * @param <T> the model type read
   */
  public static <T> ReadResult<T> of(@Nullable T value, List<WireProblem> problems,
      List<JsonPointer> dropped) {
    return of(value, problems, Map.of(), dropped, 0);
  }

  /**
   * A result whose problems or dropped pointers went beyond {@link ReadLimits#maxProblems()}.
   *
   * @param value the value read; null if nothing could be kept
   * @param problems the problems listed, in document order
   * @param problemsOmitted how many problems of each kind were met but not listed
   * @param dropped the pointers listed, into the document as written, of what was left out
   * @param droppedOmitted how many more places were left out than are listed
   * @param <T> the model type read
   * @throws IllegalArgumentException if a count is negative, or an omitted count zero
   */
  public static <T> ReadResult<T> of(@Nullable T value, List<WireProblem> problems,
      Map<ProblemKind, Long> problemsOmitted, List<JsonPointer> dropped, long droppedOmitted) {
    return new ReadResult<>(value, Objects.requireNonNull(problems, "problems"),
        Objects.requireNonNull(problemsOmitted, "problemsOmitted"),
        Objects.requireNonNull(dropped, "dropped"), droppedOmitted);
  }

  /** The value read; empty if the problems left nothing that could be kept. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The problems met, in document order; an immutable list, empty for a clean document. Beyond
   * {@link ReadLimits#maxProblems()} problems, a {@link ProblemKind#LIMIT} problem at the first one
   * left out says how many more of which kind there were, and any fatal problem follows it.
   */
  public List<WireProblem> problems() {
    return problems;
  }

  /**
   * How many problems of each kind were met but not listed in {@link #problems()}; an immutable
   * map in the kinds' declared order, empty unless the problem limit was reached.
   */
  public Map<ProblemKind, Long> problemsOmitted() {
    return problemsOmitted;
  }

  /**
   * The pointers, into the document as written, of every property, element or object left out of
   * the value, up to {@link ReadLimits#maxProblems()} of them; an immutable list, empty if nothing
   * was dropped.
   */
  public List<JsonPointer> dropped() {
    return dropped;
  }

  /** How many places were left out of the value beyond those {@link #dropped()} lists. */
  public long droppedOmitted() {
    return droppedOmitted;
  }

  /** Whether the document was read without any problem. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The problems as a report of findings in English, in the same order. */
  public Report report() {
    return report(Locale.ENGLISH);
  }

  /**
   * The problems as a report of findings in {@code locale}'s language (English for {@code en},
   * else Dutch), in the same order.
   */
  public Report report(Locale locale) {
    return Report.of(problems.stream().map(problem -> problem.toFinding(locale)).toList());
  }

  /**
   * The value, if the document was clean.
   *
   * @throws WireFormatException with every problem, if there was any
   */
  public T orElseThrow() {
    if (!problems.isEmpty() || value == null) {
      throw new WireFormatException(problems);
    }
    return value;
  }
}
