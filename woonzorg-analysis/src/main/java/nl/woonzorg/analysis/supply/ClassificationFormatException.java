package nl.woonzorg.analysis.supply;

import org.apiguardian.api.API;

/**
 * Thrown when the text of a classification table (<i>classificatietabel</i>) is not one: the
 * message starts with the table's name, line and column, e.g. {@code
 * "mine.csv:4:24: unknown category 'GECLUSTRD'"}, so that it can be shown as it stands.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClassificationFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  ClassificationFormatException(String name, int line, int column, String problem) {
    super(name + ":" + line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
  }

  /** The line of the problem, from 1. */
  public int getLine() {
    return line;
  }

  /** The column of the problem within its line, from 1. */
  public int getColumn() {
    return column;
  }
}
