package nl.woonzorg.vera.internal;

import nl.woonzorg.io.ProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a binder when a value cannot take its typed attribute; the caller reports it and
 * keeps the value passed through instead. Never leaves this package's callers.
 */
final class BindFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final ProblemKind kind;
  private final Where where;
  private final String expected;
  private final @Nullable String found;

  BindFailure(ProblemKind kind, Where where, String message, String expected,
      @Nullable String found) {
    // No stack trace: a failure is an expected outcome of lenient reading, and frequent.
    super(message, null, false, false);
    this.kind = kind;
    this.where = where;
    this.expected = expected;
    this.found = found;
  }

  ProblemKind kind() {
    return kind;
  }

  Where where() {
    return where;
  }

  String expected() {
    return expected;
  }

  @Nullable String found() {
    return found;
  }
}
