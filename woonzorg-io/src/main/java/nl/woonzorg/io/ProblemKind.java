package nl.woonzorg.io;

import org.apiguardian.api.API;

/**
 * What kind of problem reading a document met (<i>soort leesprobleem</i>), each with the stable
 * rule id its {@link WireProblem}s and {@link nl.woonzorg.model.report.Finding}s carry.
 *
 * <p>Fatal kinds end reading: nothing after them can be trusted. The others are recoverable: in
 * lenient mode the reader drops the offending value and goes on. Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ProblemKind {
  /** The text is not well-formed JSON: a stray character, {@code NaN}, a truncated document. */
  SYNTAX("WZ-IO-SYNTAX", true),
  /** The bytes are not UTF-8, or the document starts with a byte order mark. */
  ENCODING("WZ-IO-ENCODING", true),
  /** The document exceeds a configured {@link ReadLimits limit}. */
  LIMIT("WZ-IO-LIMIT", true),
  /** The {@code formatVersion} is missing, malformed or of a major version this reader lacks. */
  UNSUPPORTED_VERSION("WZ-IO-UNSUPPORTED-VERSION", true),
  /** Something follows the document's root value. */
  TRAILING_CONTENT("WZ-IO-TRAILING-CONTENT", false),
  /** An object has the same property twice; the first is kept. */
  DUPLICATE_KEY("WZ-IO-DUPLICATE-KEY", false),
  /** An object has a property its type does not define. */
  UNKNOWN_PROPERTY("WZ-IO-UNKNOWN-PROPERTY", false),
  /** A coded value is not in its code list. */
  UNKNOWN_CODE("WZ-IO-UNKNOWN-CODE", false),
  /** A value has the wrong JSON type, e.g. a string where a number belongs, or {@code null}. */
  WRONG_TYPE("WZ-IO-WRONG-TYPE", false),
  /** A required property is absent. */
  MISSING_VALUE("WZ-IO-MISSING-VALUE", false),
  /**
   * A value has the right JSON type but cannot be taken: a malformed date, an integer out of
   * range, or a combination the model never allows (a period that ends before it starts).
   */
  INVALID_VALUE("WZ-IO-INVALID-VALUE", false);

  private final String ruleId;
  private final boolean fatal;

  ProblemKind(String ruleId, boolean fatal) {
    this.ruleId = ruleId;
    this.fatal = fatal;
  }

  /** The stable rule id, e.g. {@code WZ-IO-UNKNOWN-PROPERTY}; never changes once released. */
  public String ruleId() {
    return ruleId;
  }

  /** Whether reading stops at this problem, in lenient mode too. */
  public boolean isFatal() {
    return fatal;
  }
}
