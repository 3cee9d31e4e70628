package nl.woonzorg.architecture;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.builtin.BuiltInRuleList;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.vera.check.VeraRule;

/**
 * Writes {@code RULES.md}, the catalogue of every rule id of every module, from the code: the
 * validator's rule definitions and io's problem kinds. It is never kept by hand.
 */
final class RulesMarkdown {

  static final String REGENERATE = "./mvnw -pl architecture -am verify -Dtest=RuleCatalogueTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dwoonzorg.regenerate=true";

  private static final Locale NL = Locale.forLanguageTag("nl");

  private RulesMarkdown() {}

  static String generate() {
    Map<String, String> classes = new HashMap<>();
    BuiltInRuleList.all().forEach(rule -> classes.put(rule.definition().id(),
        "`" + rule.getClass().getName() + "`"));
    classes.put("WZ-ENGINE-01", "the validator itself");
    classes.put("WZ-ENGINE-02", "the validator itself");
    StringBuilder md = new StringBuilder();
    md.append("# Rules of woonzorg\n\n")
        .append("<!-- Generated from the code by RuleCatalogueTest; do not edit. Regenerate with:\n")
        .append("     ").append(REGENERATE).append(" -->\n\n")
        .append("Every finding names the rule that produced it. Ids are stable: once released an id"
            + " never changes meaning, and no two modules share one.\n\n")
        .append("- `WZ-IO-<PROBLEM>`: a problem reading the wire format (woonzorg-io), listed"
            + " [below](#reading-the-wire-format-woonzorg-io).\n")
        .append("- `WZ-BEAN-<CONSTRAINT>`: a Jakarta constraint declared on the model, named after"
            + " the constraint (`@NotBlank` gives `WZ-BEAN-NOTBLANK`); `WZ-BEAN-OTHER` for a"
            + " constraint without an entry of its own.\n")
        .append("- `WZ-<FAMILY>-<nn>`: a cross-object rule: `ID` identity, `REF` references,"
            + " `SMART-S|M|A|R|T` the SMART criteria, `TYPE` agreement types, `SUM` breakdowns and"
            + " yearly slices, `SIGN` signatories, `PHASE` phases, `AREA` areas, `TOPIC` the"
            + " Taskforce topics, `DWELLING` dwelling records, `PARTY` parties, `TIME` starts and"
            + " rhythms, `LINK` links to other documents, `DOC` the documents of the cycle besides the"
            + " vision, `ENGINE` the validator"
            + " itself.\n\n")
        .append("A finding keeps the values its message was made from as `arguments`, by the"
            + " names listed with each rule below, in the order of the message's placeholders"
            + " `{0}`, `{1}`, ….\n\n")
        .append("Severities are the defaults of the two profiles: `concept` (a draft:"
            + " incompleteness is a warning) and `vastgesteld` (adopted: strict). Callers may"
            + " switch rules off and change severities by id.\n\n")
        .append(WoonzorgValidator.builtInRules().size()).append(" rules.\n\n")
        .append("| id | concept | vastgesteld | title |\n|---|---|---|---|\n");
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT))
          .append(") | ").append(severity(rule, Profile.CONCEPT)).append(" | ")
          .append(severity(rule, Profile.VASTGESTELD)).append(" | ")
          .append(rule.title(Locale.ENGLISH)).append(" |\n");
    }
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      md.append("\n## ").append(rule.id()).append("\n\n")
          .append("**").append(rule.title(Locale.ENGLISH)).append("** (*")
          .append(rule.title(NL)).append("*)\n\n")
          .append("- Severity: concept ").append(severity(rule, Profile.CONCEPT))
          .append(", vastgesteld ").append(severity(rule, Profile.VASTGESTELD)).append("\n")
          .append("- Checked by: ").append(classes.getOrDefault(rule.id(), "Bean Validation"))
          .append("\n")
          .append("- Rationale: ").append(rule.rationale()).append("\n")
          .append("- Source: ").append(rule.source()).append("\n")
          .append("- Example of a violation: ").append(rule.example()).append("\n")
          .append("- Arguments: ").append(arguments(rule)).append("\n");
    }
    md.append("\n## Reading the wire format (woonzorg-io)\n\n")
        .append("Problems met while reading a document or an NDJSON record, before any rule above"
            + " runs; each is a finding with this id, located by JSON Pointer, line and column."
            + " A fatal problem ends reading; the others are dropped in lenient mode."
            + " See woonzorg-io's README.\n\n")
        .append("| id | fatal | what |\n|---|---|---|\n");
    for (ProblemKind kind : ProblemKind.values()) {
      md.append("| ").append(kind.ruleId()).append(" | ").append(kind.isFatal() ? "yes" : "no")
          .append(" | ").append(kind.description()).append(" |\n");
    }
    md.append("\n## Checking VERA units (woonzorg-vera)\n\n")
        .append("The VERA check profile of an `Eenheid` (`nl.woonzorg.vera.check.VeraChecker`):"
            + " code lists per attribute at a peildatum, the spec's validation regexes and the"
            + " required attributes. See woonzorg-vera's README.\n\n")
        .append("| id | severity | title | arguments |\n|---|---|---|---|\n");
    for (VeraRule rule : VeraRule.values()) {
      md.append("| ").append(rule.id()).append(" | ").append(rule.severity().name())
          .append(" | ").append(rule.title(Locale.ENGLISH)).append(" (*")
          .append(rule.title(NL)).append("*) | ")
          .append(rule.arguments().stream().map(name -> "`" + name + "`")
              .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return md.toString();
  }

  /** The argument names as a finding's {@code arguments} carry them, in placeholder order. */
  private static String arguments(RuleDefinition rule) {
    return rule.arguments().isEmpty() ? "none"
        : rule.arguments().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
  }

  private static String severity(RuleDefinition rule, Profile profile) {
    Severity severity = rule.severity(profile);
    return severity.name();
  }
}
