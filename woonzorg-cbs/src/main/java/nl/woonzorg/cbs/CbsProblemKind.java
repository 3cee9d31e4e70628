package nl.woonzorg.cbs;

import org.apiguardian.api.API;

/**
 * The kind of a {@link CbsProblem}. The constant's name is its stable id.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CbsProblemKind {
  /** The text is not the format: not well-formed JSON, a CSV line of the wrong width, no code column. */
  SYNTAX,
  /** A column key the table's own metadata does not have, e.g. another year's {@code _NN}. */
  UNKNOWN_COLUMN,
  /** An area code that is malformed or not in the area hierarchy. */
  UNKNOWN_AREA,
  /** A period that is not the table's reference year. */
  YEAR_MISMATCH,
  /** A count below zero. */
  NEGATIVE_COUNT,
  /** A cell that is not a whole number, and not the mark of a suppressed figure either. */
  NOT_A_NUMBER,
  /** An area, or one area's figure, given twice. */
  DUPLICATE,
  /**
   * A count of a gemeente that is not the sum of its wijken in the table, or of a wijk that is
   * not the sum of its buurten; with parts suppressed, one below the sum of the parts that are
   * not. Located at the whole's cell. Not a reading failure: CBS's own tables have them (see
   * {@link nl.woonzorg.cbs.kwb.KwbReader}).
   */
  TOTAL_MISMATCH
}
