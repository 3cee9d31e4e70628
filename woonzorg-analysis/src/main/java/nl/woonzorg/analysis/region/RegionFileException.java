package nl.woonzorg.analysis.region;

import org.apiguardian.api.API;

/**
 * Thrown when a file of regions ({@link RegionSet#parse}) cannot be read as one: the message says
 * where ({@code source:line:column}) and what was expected and found.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  RegionFileException(String source, int line, int column, String what) {
    super(source + ":" + line + ":" + column + ": " + what);
    this.line = line;
    this.column = column;
  }

  /** The line, from 1. */
  public int line() {
    return line;
  }

  /** The column, from 1. */
  public int column() {
    return column;
  }
}
