package nl.woonzorg.model.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * One thing a check found (<i>bevinding</i>): which rule, how severe, where, and what to do about
 * it. Validation and parsing both produce findings, so a tool can show them side by side.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Finding {

  Finding() {}

  /**
   * The stable id of the rule that produced the finding, e.g. {@code WZ-SMART-M-01}. Ids never
   * change meaning once released, so callers may switch rules off or filter by them.
   */
  @NotBlank
  public abstract String getRuleId();

  /** How severe the finding is. */
  public abstract Severity getSeverity();

  /** Where in the wire form the problem is; the root pointer for the document as a whole. */
  @Value.Default
  public JsonPointer getLocation() {
    return JsonPointer.root();
  }

  /** Line and column in the source text, when the finding came from reading a file. */
  public abstract Optional<@Valid SourcePosition> getPosition();

  /** The message for a person, in the language the caller asked for. */
  @NotBlank
  public abstract String getMessage();

  /**
   * The values the message was made from, by name, so that a tool can render the message in
   * another language or count findings by value. The order is that of the placeholders: the first
   * entry filled {@code {0}}, the next {@code {1}}, and so on. Values are text as the message shows
   * them: codes for code lists, plain digits for numbers (no grouping). Names are the producer's,
   * e.g. {@code goalId} or {@code deadline}, listed per rule in {@code RULES.md}.
   *
   * <p>An immutable map that keeps that order, without null names or values; empty when the
   * message has no arguments, as for problems found while reading a file.
   */
  public abstract Map<String, String> getArguments();

  /** The offending value as found, rendered as text; empty if there was none (a missing value). */
  public abstract Optional<String> getValue();

  /** What was expected instead, e.g. {@code "a year within 2024–2030"}; empty if unstated. */
  public abstract Optional<@NotBlankWhenPresent String> getExpected();

  /** A hint how to fix it; empty if the message says it all. */
  public abstract Optional<@NotBlankWhenPresent String> getHint();

  /**
   * A finding of {@code ruleId} at {@code location} with {@code severity} and {@code message}.
   */
  public static Finding of(
      String ruleId, Severity severity, JsonPointer location, String message) {
    return builder().ruleId(ruleId).severity(severity).location(location).message(message).build();
  }

  /** {@code SEVERITY ruleId at /pointer: message}, for logs and assertion messages. */
  @Override
  public String toString() {
    return getSeverity() + " " + getRuleId() + " at "
        + (getLocation().isRoot() ? "/" : getLocation().toString())
        + getPosition().map(p -> " (" + p + ")").orElse("") + ": " + getMessage();
  }

  /** Builds {@link Finding} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
