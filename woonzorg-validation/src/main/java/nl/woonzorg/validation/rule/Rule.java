package nl.woonzorg.validation.rule;

import org.apiguardian.api.API;

/**
 * A check of the catalogue (<i>toetsregel</i>). A rule implements one or more of {@link
 * VisionRule}, {@link GoalRule}, {@link AgreementRule} and {@link DwellingRule}, which say what it
 * checks; the validator calls it for every such subject, so a goal rule runs for each goal of a
 * vision and for a goal validated on its own.
 *
 * <p>A municipality adds a local rule without forking by implementing these interfaces and passing
 * the rule to {@link nl.woonzorg.validation.WoonzorgValidator.Builder#addRule(Rule)}; its messages come from its own
 * properties files (see {@link RuleMessages}). Implementations must be thread-safe — one validator
 * calls them from many threads — and should not throw: a rule that throws is reported as a finding
 * of {@code WZ-ENGINE-01}, never passed on to the caller.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Rule {

  /** The rule's id, severities, documentation and messages; the same object on every call. */
  RuleDefinition definition();
}
