package nl.woonzorg.vera.internal;

import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a binder when a value cannot take its typed attribute; the caller reports it and
 * keeps the value passed through instead. Never leaves this package's callers.
 */
// Never serialised: it never leaves this package's callers, so its fields need not be
// Serializable (JDK 25's javac warns of them under -Xlint:serial).
@SuppressWarnings("serial")
final class BindFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;
  private final Where where;
  private final ProblemText text;
  private final ProblemText expected;
  private final @Nullable ProblemText found;

  BindFailure(ProblemKind kind, Where where, ProblemText text, ProblemText expected,
      @Nullable ProblemText found) {
    // No stack trace, and no message worded until it is reported: a failure is an expected
    // outcome of lenient reading, and frequent.
    super(null, null, false, false);
    this.kind = kind;
    this.where = where;
    this.text = text;
    this.expected = expected;
    this.found = found;
  }

  ProblemKind kind() {
    return kind;
  }

  Where where() {
    return where;
  }

  /** What is wrong, in Dutch and English. */
  ProblemText text() {
    return text;
  }

  ProblemText expected() {
    return expected;
  }

  @Nullable ProblemText found() {
    return found;
  }
}
