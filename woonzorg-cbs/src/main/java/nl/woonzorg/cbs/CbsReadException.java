package nl.woonzorg.cbs;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when CBS data that must be read whole has problems: it carries every problem found, up to
 * a reader's limit, and its message lists the first. Nothing of the data is returned, so no figure
 * of a bad file can be used by mistake.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CbsReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // An array, not a List: exceptions are Serializable and List is not declared so.
  private final CbsProblem[] problems;
  private final long problemCount;

  /**
   * An exception for {@code problems}, of {@code problemCount} problems found in all.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CbsReadException(List<CbsProblem> problems, long problemCount) {
    super(message(problems, problemCount));
    this.problems = problems.toArray(CbsProblem[]::new);
    this.problemCount = problemCount;
  }

  private static String message(List<CbsProblem> problems, long problemCount) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception for no problem");
    }
    return problemCount == 1 ? problems.get(0).toString()
        : problems.get(0) + " (and " + (problemCount - 1) + " more problems)";
  }

  /** The problems, in the order found, up to the reader's limit; an immutable list. */
  public List<CbsProblem> problems() {
    return List.of(problems);
  }

  /** How many problems were found, including those beyond the limit. */
  public long problemCount() {
    return problemCount;
  }
}
