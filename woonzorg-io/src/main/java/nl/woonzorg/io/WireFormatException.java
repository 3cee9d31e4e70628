package nl.woonzorg.io;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.report.Report;
import org.apiguardian.api.API;

/**
 * Thrown when a document cannot be read as it stands (<i>ongeldig document</i>): in strict mode
 * for any problem, in lenient mode only when nothing could be kept. It carries every problem found
 * before reading stopped, in document order, each located by JSON Pointer, line and column.
 *
 * <p>The message is the first problem, followed by the number of further ones. Immutable and
 * thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WireFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // An array, not a List: exceptions are Serializable and List is not declared so.
  private final WireProblem[] problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, in document order; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public WireFormatException(List<WireProblem> problems) {
    super(messageOf(problems));
    this.problems = problems.toArray(WireProblem[]::new);
  }

  private static String messageOf(List<WireProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a wire format exception has at least one problem");
    }
    int more = problems.size() - 1;
    return problems.get(0) + (more == 0 ? "" : " (and " + more + " more)");
  }

  /** Every problem, in document order; an immutable list with at least one element. */
  public List<WireProblem> getProblems() {
    return List.of(problems);
  }

  /**
   * The problems as a report of {@link nl.woonzorg.model.report.Finding}s in English, in the same
   * order.
   */
  public Report toReport() {
    return toReport(Locale.ENGLISH);
  }

  /**
   * The problems as a report of {@link nl.woonzorg.model.report.Finding}s in {@code locale}'s
   * language (English for {@code en}, else Dutch), in the same order.
   */
  public Report toReport(Locale locale) {
    return Report.of(getProblems().stream().map(problem -> problem.toFinding(locale)).toList());
  }
}
