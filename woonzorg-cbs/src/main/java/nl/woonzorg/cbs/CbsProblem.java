package nl.woonzorg.cbs;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem met reading CBS data (<i>leesprobleem</i>): its kind, the file, where in it — a line
 * and column (from 1) for CSV, a JSON Pointer for JSON — a message, what was expected there and
 * what was found.
 *
 * <p>{@link #toString()} prints it as a compiler would, e.g. {@code kwb.csv:3:18: a count cannot be
 * negative (expected a whole number of 0 or more, or '.' for a suppressed figure; found -5)}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CbsProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  // Plain text and numbers, not the model's types, so that a CbsReadException carrying problems
  // stays serializable.
  private final CbsProblemKind kind;
  private final String file;
  private final int line;
  private final int column;
  private final @Nullable String pointer;
  private final String message;
  private final String expected;
  private final @Nullable String found;

  private CbsProblem(CbsProblemKind kind, String file, @Nullable SourcePosition position,
      @Nullable JsonPointer pointer, String message, String expected, @Nullable String found) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.file = Objects.requireNonNull(file, "file");
    this.line = position == null ? 0 : position.getLine();
    this.column = position == null ? 0 : position.getColumn();
    this.pointer = pointer == null ? null : pointer.toString();
    this.message = Objects.requireNonNull(message, "message");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = found;
  }

  /**
   * A problem at {@code position} of the text file {@code file}.
   *
   * @param found what was found, as text; null if nothing was
   */
  public static CbsProblem at(CbsProblemKind kind, String file, SourcePosition position,
      String message, String expected, @Nullable String found) {
    return new CbsProblem(kind, file, Objects.requireNonNull(position, "position"), null,
        message, expected, found);
  }

  /**
   * A problem at {@code pointer} of the JSON file {@code file}.
   *
   * @param found what was found, as text; null if nothing was
   */
  public static CbsProblem at(CbsProblemKind kind, String file, JsonPointer pointer,
      String message, String expected, @Nullable String found) {
    return new CbsProblem(kind, file, null, Objects.requireNonNull(pointer, "pointer"), message,
        expected, found);
  }

  /** What kind of problem it is. */
  public CbsProblemKind kind() {
    return kind;
  }

  /** The name of the file, as the caller gave it. */
  public String file() {
    return file;
  }

  /** Where in a text file; empty for a problem located by a JSON Pointer. */
  public Optional<SourcePosition> position() {
    return line == 0 ? Optional.empty() : Optional.of(SourcePosition.of(line, column));
  }

  /** Where in a JSON file; empty for a problem located by line and column. */
  public Optional<JsonPointer> pointer() {
    return Optional.ofNullable(pointer).map(JsonPointer::parse);
  }

  /**
   * The place as text: {@code file:line:column}, or {@code file#pointer}, e.g. {@code
   * page-1.json#/value/3/Value}.
   */
  public String location() {
    return pointer == null ? file + ":" + line + ":" + column : file + "#" + pointer;
  }

  /** What is wrong, for a person. */
  public String message() {
    return message;
  }

  /** What was expected there. */
  public String expected() {
    return expected;
  }

  /** What was found, as text; empty if nothing was. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CbsProblem)) {
      return false;
    }
    CbsProblem that = (CbsProblem) other;
    return kind == that.kind && file.equals(that.file)
        && line == that.line && column == that.column && Objects.equals(pointer, that.pointer)
        && message.equals(that.message) && expected.equals(that.expected)
        && Objects.equals(found, that.found);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, file, line, column, pointer, message, expected, found);
  }

  /** {@code location: message (expected …; found …)}. */
  @Override
  public String toString() {
    return location() + ": " + message + " (expected " + expected + "; found "
        + (found == null ? "nothing" : found) + ")";
  }
}
