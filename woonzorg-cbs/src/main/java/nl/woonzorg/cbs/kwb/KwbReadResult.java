package nl.woonzorg.cbs.kwb;

import java.util.List;
import nl.woonzorg.cbs.CbsProblem;
import org.apiguardian.api.API;

/**
 * What a streaming read of a KWB table came to (<i>leesresultaat</i>): how many rows were handed
 * on, and the problems found. A row with a problem is never handed on, so the rows are right but
 * may be incomplete: check {@link #isClean()} before treating them as the whole table.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KwbReadResult {

  private final KwbTable table;
  private final long rows;
  private final List<CbsProblem> problems;
  private final long problemCount;

  KwbReadResult(KwbTable table, long rows, List<CbsProblem> problems, long problemCount) {
    this.table = table;
    this.rows = rows;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /** The table read. */
  public KwbTable table() {
    return table;
  }

  /** How many rows were handed on. */
  public long rows() {
    return rows;
  }

  /** The problems, in the order found, up to the reader's limit; an immutable list. */
  public List<CbsProblem> problems() {
    return problems;
  }

  /** How many problems were found, including those beyond the limit. */
  public long problemCount() {
    return problemCount;
  }

  /** Whether no problem was found: every row of the input was handed on. */
  public boolean isClean() {
    return problemCount == 0;
  }

  /** The counts and the first problem, for debugging; the form may change. */
  @Override
  public String toString() {
    return table + ": " + rows + " rows, " + problemCount + " problems"
        + (problems.isEmpty() ? "" : ", first " + problems.get(0));
  }
}
