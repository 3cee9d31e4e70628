package nl.woonzorg.io;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One problem met while reading a document (<i>leesprobleem</i>): its kind, where it is — as a
 * JSON Pointer into the document and as line and column in the text — what was expected there and
 * what was found.
 *
 * <p>The pointer follows the document as written, so it matches what a validator of the same
 * document would report; it is the root pointer for problems of the text as a whole. Columns count
 * characters for text input and bytes for byte input, both from 1. {@link #toFinding()} gives the
 * same problem as a model {@link Finding} of severity {@link Severity#ERROR}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WireProblem implements Serializable {

  // 2: the texts became ProblemTexts, in Dutch and English.
  private static final long serialVersionUID = 2L;

  // Plain text, numbers and problem texts, not the model's types, so that a WireFormatException
  // carrying problems stays serializable.
  private final ProblemKind kind;
  private final String pointer;
  private final int line;
  private final int column;
  private final ProblemText message;
  private final ProblemText expected;
  private final @Nullable ProblemText found;

  private WireProblem(ProblemKind kind, JsonPointer pointer, @Nullable SourcePosition position,
      ProblemText message, ProblemText expected, @Nullable ProblemText found) {
    this.kind = kind;
    this.pointer = pointer.toString();
    this.line = position == null ? 0 : position.getLine();
    this.column = position == null ? 0 : position.getColumn();
    this.message = message;
    this.expected = expected;
    this.found = found;
  }

  /**
   * A problem of {@code kind} at {@code pointer} and {@code position}, worded the same in every
   * language.
   *
   * @param kind what kind of problem it is
   * @param pointer where in the document
   * @param position where in the text; null if unknown
   * @param message what is wrong, for a person
   * @param expected what was expected there
   * @param found what was found, as text; null if nothing was (a missing value)
   */
  public static WireProblem of(ProblemKind kind, JsonPointer pointer,
      @Nullable SourcePosition position, String message, String expected,
      @Nullable String found) {
    return of(kind, pointer, position, ProblemText.verbatim(message),
        ProblemText.verbatim(expected), found == null ? null : ProblemText.verbatim(found));
  }

  /**
   * A problem of {@code kind} at {@code pointer} and {@code position}, worded in Dutch and English.
   *
   * @param kind what kind of problem it is
   * @param pointer where in the document
   * @param position where in the text; null if unknown
   * @param message what is wrong, for a person
   * @param expected what was expected there
   * @param found what was found; null if nothing was (a missing value)
   */
  public static WireProblem of(ProblemKind kind, JsonPointer pointer,
      @Nullable SourcePosition position, ProblemText message, ProblemText expected,
      @Nullable ProblemText found) {
    return new WireProblem(Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(pointer, "pointer"), position,
        Objects.requireNonNull(message, "message"), Objects.requireNonNull(expected, "expected"),
        found);
  }

  /** What kind of problem it is. */
  public ProblemKind kind() {
    return kind;
  }

  /** The stable rule id of the kind, e.g. {@code WZ-IO-UNKNOWN-CODE}. */
  public String ruleId() {
    return kind.ruleId();
  }

  /** Where in the document; the root pointer for problems of the text as a whole. */
  public JsonPointer pointer() {
    return JsonPointer.parse(pointer);
  }

  /** Line and column in the text; empty only if the source did not say. */
  public Optional<SourcePosition> position() {
    return line == 0 ? Optional.empty() : Optional.of(SourcePosition.of(line, column));
  }

  /** What is wrong, for a person, in English; never blank. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** What is wrong, for a person, in {@code locale}'s language: English for {@code en}, else Dutch. */
  public String message(Locale locale) {
    return message.in(locale);
  }

  /** What was expected there, in English, e.g. {@code "a string"} or the list of valid codes. */
  public String expected() {
    return expected(Locale.ENGLISH);
  }

  /** What was expected there, in {@code locale}'s language: English for {@code en}, else Dutch. */
  public String expected(Locale locale) {
    return expected.in(locale);
  }

  /** What was found, in English; empty if nothing was (a missing value). */
  public Optional<String> found() {
    return found(Locale.ENGLISH);
  }

  /** What was found, in {@code locale}'s language; empty if nothing was (a missing value). */
  public Optional<String> found(Locale locale) {
    return Optional.ofNullable(found).map(text -> text.in(locale));
  }

  /**
   * This problem with its line replaced by {@code line}, the column kept: a stream reader that
   * reads one line at a time places a record's problems in the file with it.
   *
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public WireProblem atLine(int line) {
    if (line < 1) {
      throw new IllegalArgumentException("a line is counted from 1: " + line);
    }
    return new WireProblem(kind, pointer(), SourcePosition.of(line, column == 0 ? 1 : column),
        message, expected, found);
  }

  /**
   * The same problem as a model finding, in English: severity {@link Severity#ERROR}, same rule
   * id.
   */
  public Finding toFinding() {
    return toFinding(Locale.ENGLISH);
  }

  /**
   * The same problem as a model finding in {@code locale}'s language (English for {@code en},
   * else Dutch): severity {@link Severity#ERROR}, same rule id.
   */
  public Finding toFinding(Locale locale) {
    return Finding.builder()
        .ruleId(kind.ruleId())
        .severity(Severity.ERROR)
        .location(pointer())
        .position(position())
        .message(message(locale))
        .value(found(locale))
        .expected(expected(locale))
        .build();
  }

  /**
   * Equal when of the same kind, at the same place, and worded alike in English: the English text
   * says which problem it is, and the Dutch is its translation, so a problem written by hand in
   * English equals the one a reader words from its catalogue.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof WireProblem)) {
      return false;
    }
    WireProblem that = (WireProblem) other;
    return kind == that.kind && pointer.equals(that.pointer) && line == that.line
        && column == that.column && message().equals(that.message())
        && expected().equals(that.expected()) && found().equals(that.found());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pointer, line, column, message(), expected(), found());
  }

  /** {@code RULE-ID at /pointer (line:column): message}, in English, for logs and assertions. */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * {@code RULE-ID at /pointer (line:column): message} in {@code locale}'s language, English for
   * {@code en}, else Dutch ({@code RULE-ID bij /pointer (regel:kolom): melding}).
   */
  public String toString(Locale locale) {
    return kind.ruleId() + Language.of(locale).pick(" bij ", " at ") + (pointer.isEmpty() ? "/" : pointer)
        + (line == 0 ? "" : " (" + line + ":" + column + ")") + ": " + message(locale);
  }
}
