package nl.woonzorg.validation.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.woonzorg.model.report.Severity;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is (<i>regelbeschrijving</i>): its stable id, its default severity in each {@link
 * Profile}, why it exists with the domain source it rests on, an example of a violation, where
 * its messages are and the names of their arguments. {@code RULES.md} is generated from these.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class RuleDefinition {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  // A name starts with a letter so that it never clashes with the position an unnamed argument is
  // named by; lowerCamelCase, as the wire form's properties are.
  private static final Pattern ARGUMENT = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String id;
  private final Severity concept;
  private final Severity vastgesteld;
  private final String rationale;
  private final String source;
  private final String example;
  private final RuleMessages messages;
  private final List<String> arguments;

  private RuleDefinition(Builder builder) {
    this.id = require(builder.id, "id");
    this.concept = require(builder.concept, "severity in CONCEPT");
    this.vastgesteld = require(builder.vastgesteld, "severity in VASTGESTELD");
    this.rationale = require(builder.rationale, "rationale");
    this.source = require(builder.source, "source");
    this.example = require(builder.example, "example");
    this.messages = require(builder.messages, "messages");
    this.arguments = builder.arguments;
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a rule id is letters, digits, '.', '_' and '-', starting with a letter or digit: '"
              + id + "'");
    }
  }

  private static <T> T require(@Nullable T value, String what) {
    if (value == null) {
      throw new IllegalStateException("a rule definition needs its " + what);
    }
    return value;
  }

  /** The stable id, e.g. {@code WZ-SMART-M-01}; never changes meaning once released. */
  public String id() {
    return id;
  }

  /** The severity of the rule's findings in {@code profile}, unless the caller overrides it. */
  public Severity severity(Profile profile) {
    return profile == Profile.CONCEPT ? concept : vastgesteld;
  }

  /** Why the rule exists, in English, for {@code RULES.md}. */
  public String rationale() {
    return rationale;
  }

  /**
   * The domain source the rule rests on, e.g. {@code "DOMAIN.md § Prestatieafspraken; seed 001
   * (Taskforce Wonen en Zorg), Overzicht 2"}.
   */
  public String source() {
    return source;
  }

  /** An example of data that violates the rule, in English. */
  public String example() {
    return example;
  }

  /** Where the rule's title, message, expected value and hint are. */
  public RuleMessages messages() {
    return messages;
  }

  /**
   * The names of the arguments the rule reports, in placeholder order: the first names {@code
   * {0}}, the next {@code {1}}, and so on. A finding keeps each argument under its name (see
   * {@link RuleContext#report}). An immutable list, empty if the rule declared none.
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * The rule's title in the language of {@code locale} (Dutch if it has none).
   *
   * @throws IllegalStateException if the messages hold no title for the rule
   */
  public String title(Locale locale) {
    return messages.text(id + ".title", locale)
        .orElseThrow(() -> new IllegalStateException("no " + id + ".title in " + messages));
  }

  /** {@code id}, for logs. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * A builder for a rule of id {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Builds a {@link RuleDefinition}; every attribute is required but the argument names. Not
   * thread-safe.
   */
  @API(status = API.Status.STABLE, since = "0.1.0")
  public static final class Builder {

    private final String id;
    private @Nullable Severity concept;
    private @Nullable Severity vastgesteld;
    private @Nullable String rationale;
    private @Nullable String source;
    private @Nullable String example;
    private @Nullable RuleMessages messages;
    private List<String> arguments = List.of();

    private Builder(String id) {
      this.id = id;
    }

    /** The default severities in {@link Profile#CONCEPT} and {@link Profile#VASTGESTELD}. */
    public Builder severity(Severity concept, Severity vastgesteld) {
      this.concept = Objects.requireNonNull(concept, "concept");
      this.vastgesteld = Objects.requireNonNull(vastgesteld, "vastgesteld");
      return this;
    }

    /** The same default severity in every profile. */
    public Builder severity(Severity always) {
      return severity(always, always);
    }

    /** Why the rule exists, in English. */
    public Builder rationale(String rationale) {
      this.rationale = Objects.requireNonNull(rationale, "rationale");
      return this;
    }

    /** The domain source: a seed or a section of DOMAIN.md, or a local policy document. */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** An example of a violation, in English. */
    public Builder example(String example) {
      this.example = Objects.requireNonNull(example, "example");
      return this;
    }

    /** Where the rule's texts are. */
    public Builder messages(RuleMessages messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * The names of the values the rule passes to {@link RuleContext#report} after the offending
     * value, in that order, which is the order of the placeholders {@code {0}}, {@code {1}}, … in
     * its messages; e.g. {@code arguments("goalId", "deadline")}. Names are lowerCamelCase: a
     * lower-case letter, then letters and digits. Without them a finding names its arguments by
     * position.
     *
     * @throws IllegalArgumentException if a name is malformed or given twice
     */
    public Builder arguments(String... names) {
      Set<String> seen = new HashSet<>();
      for (String name : names) {
        if (!ARGUMENT.matcher(Objects.requireNonNull(name, "name")).matches()) {
          throw new IllegalArgumentException("an argument name is lowerCamelCase, a lower-case"
              + " letter followed by letters and digits: '" + name + "'");
        }
        if (!seen.add(name)) {
          throw new IllegalArgumentException("argument name '" + name + "' is given twice");
        }
      }
      this.arguments = List.of(names);
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalStateException if an attribute is missing
     * @throws IllegalArgumentException if the id is malformed
     */
    public RuleDefinition build() {
      return new RuleDefinition(this);
    }
  }
}
