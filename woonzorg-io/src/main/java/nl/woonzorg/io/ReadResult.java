package nl.woonzorg.io;

import java.util.List;
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
 * be built without it. Immutable and thread-safe.
 *
 * @param <T> the model type read
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReadResult<T> {

  private final @Nullable T value;
  private final List<WireProblem> problems;
  private final List<JsonPointer> dropped;

  private ReadResult(@Nullable T value, List<WireProblem> problems, List<JsonPointer> dropped) {
    this.value = value;
    this.problems = List.copyOf(problems);
    this.dropped = List.copyOf(dropped);
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
    return new ReadResult<>(value, Objects.requireNonNull(problems, "problems"),
        Objects.requireNonNull(dropped, "dropped"));
  }

  /** The value read; empty if the problems left nothing that could be kept. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** The problems met, in document order; an immutable list, empty for a clean document. */
  public List<WireProblem> problems() {
    return problems;
  }

  /**
   * The pointers, into the document as written, of every property, element or object left out of
   * the value; an immutable list, empty if nothing was dropped.
   */
  public List<JsonPointer> dropped() {
    return dropped;
  }

  /** Whether the document was read without any problem. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The problems as a report of findings, in the same order. */
  public Report report() {
    return Report.of(problems.stream().map(WireProblem::toFinding).toList());
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
