package nl.woonzorg.vera.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import nl.woonzorg.model.report.Severity;

/**
 * A rule of the VERA check profile (<i>VERA-controleregel</i>), with the stable id its findings
 * carry. Texts are in {@code Messages.properties} (Dutch) and {@code Messages_en.properties} next to
 * this type, by id: title, message, expected and hint.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum VeraRule {
  /** An attribute of woonzorg's minimal profile is missing (<i>verplicht attribuut</i>). */
  REQUIRED("WZ-VERA-REQUIRED", Severity.ERROR, List.of("attribute")),
  /** A code is not in the code list the spec binds to the attribute (<i>onbekende code</i>). */
  CODE_UNKNOWN("WZ-VERA-CODE-UNKNOWN", Severity.ERROR, List.of("code", "codeList", "attribute")),
  /** A code of the list is not valid at the peildatum (<i>code niet geldig op peildatum</i>). */
  CODE_NOT_VALID("WZ-VERA-CODE-VALIDITY", Severity.ERROR,
      List.of("code", "codeList", "peildatum", "validity")),
  /** A {@code detailSoort} does not refine the unit's {@code soort} (<i>detailsoort</i>). */
  DETAIL_KIND_PARENT("WZ-VERA-DETAILSOORT", Severity.ERROR,
      List.of("detailSoort", "soort", "parent")),
  /**
   * The spec binds a code list the bundled reference data lacks (<i>onbekende lijst</i>): the code
   * cannot be checked, which is not the same as being wrong.
   */
  LIST_UNKNOWN("WZ-VERA-LIST-UNKNOWN", Severity.WARNING, List.of("codeList", "attribute", "code")),
  /** A value does not match the spec's validation regex (<i>validatie-regex</i>). */
  PATTERN("WZ-VERA-PATTERN", Severity.ERROR, List.of("attribute", "regex"));

  private final String id;
  private final Severity severity;
  private final List<String> arguments;

  VeraRule(String id, Severity severity, List<String> arguments) {
    this.id = id;
    this.severity = severity;
    this.arguments = arguments;
  }

  /** The stable rule id, e.g. {@code WZ-VERA-CODE-UNKNOWN}; never null. */
  public String id() {
    return id;
  }

  /** The severity of the rule's findings; never null. */
  public Severity severity() {
    return severity;
  }

  /**
   * The names of the values a finding of this rule carries as arguments, in placeholder order; an
   * immutable list.
   */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * The rule's {@code part} ({@code title}, {@code message}, {@code expected} or {@code hint}) in
   * {@code locale}'s language as a {@link java.text.MessageFormat} template over {@link
   * #arguments()}, for engines that fill it in themselves (the Spark module, in SQL); empty if
   * the rule has no such text.
   */
  public Optional<String> template(String part, Locale locale) {
    return RuleTexts.of(locale).template(this, part);
  }

  /** The rule's title in {@code locale}'s language: English for {@code en}, Dutch otherwise. */
  public String title(Locale locale) {
    return RuleTexts.of(locale).text(this, "title").orElseThrow();
  }
}
