package nl.woonzorg.io;

import org.apiguardian.api.API;

/**
 * How a reader treats problems (<i>leesmodus</i>). Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ReadMode {
  /**
   * Every problem is an error: reading fails with a {@link WireFormatException} carrying every
   * problem found. The default.
   */
  STRICT,
  /**
   * Recoverable problems are collected, the offending values dropped, and what can be read safely
   * is kept; fatal problems still end reading. See {@link ReadResult}.
   */
  LENIENT
}
