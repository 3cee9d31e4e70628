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
  SYNTAX("WZ-IO-SYNTAX", true,
      "not well-formed JSON: a stray character, NaN, a truncated or empty document"),
  /** The bytes are not UTF-8, or the document starts with a byte order mark. */
  ENCODING("WZ-IO-ENCODING", true,
      "broken UTF-8, or a byte order mark"),
  /**
   * The document exceeds a configured {@link ReadLimits limit}. Also the one summary of the
   * problems beyond {@link ReadLimits#maxProblems()}: that limit alone does not end reading, and
   * its summary is never followed by anything but the fatal problem that did.
   */
  LIMIT("WZ-IO-LIMIT", true,
      "beyond a configured read limit, or a number too large to write out"),
  /** The {@code formatVersion} is missing, malformed or of a major version this reader lacks. */
  UNSUPPORTED_VERSION("WZ-IO-UNSUPPORTED-VERSION", true,
      "a formatVersion of another major version, or a malformed one"),
  /** Something follows the document's root value. */
  TRAILING_CONTENT("WZ-IO-TRAILING-CONTENT", false,
      "anything after the root value"),
  /** An object has the same property twice; the first is kept. */
  DUPLICATE_KEY("WZ-IO-DUPLICATE-KEY", false,
      "a property twice in one object; the first is kept"),
  /** An object has a property its type does not define. */
  UNKNOWN_PROPERTY("WZ-IO-UNKNOWN-PROPERTY", false,
      "a property the type does not have"),
  /** A coded value is not in its code list. */
  UNKNOWN_CODE("WZ-IO-UNKNOWN-CODE", false,
      "a code not in its code list"),
  /** A value has the wrong JSON type, e.g. a string where a number belongs, or {@code null}. */
  WRONG_TYPE("WZ-IO-WRONG-TYPE", false,
      "a value of the wrong JSON type, null included"),
  /** A required property is absent. */
  MISSING_VALUE("WZ-IO-MISSING-VALUE", false,
      "a required property is absent"),
  /**
   * A value has the right JSON type but cannot be taken: a malformed date, an integer out of
   * range, or a combination the model never allows (a period that ends before it starts).
   */
  INVALID_VALUE("WZ-IO-INVALID-VALUE", false,
      "a malformed date, an integer out of range, or what the model never allows");

  private final String ruleId;
  private final boolean fatal;
  private final String description;

  ProblemKind(String ruleId, boolean fatal, String description) {
    this.ruleId = ruleId;
    this.fatal = fatal;
    this.description = description;
  }

  /** The stable rule id, e.g. {@code WZ-IO-UNKNOWN-PROPERTY}; never changes once released. */
  public String ruleId() {
    return ruleId;
  }

  /**
   * What the problem is, in a short English phrase for catalogues such as {@code RULES.md}; the
   * problems themselves carry a message about the value at hand.
   */
  public String description() {
    return description;
  }

  /** Whether reading stops at this problem, in lenient mode too. */
  public boolean isFatal() {
    return fatal;
  }
}
