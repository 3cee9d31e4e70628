package nl.woonzorg.validation.builtin.reference;

import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.ObjectKind;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-REF-03</b>: every party id — goal owners, agreement parties, measures, cost bearers,
 * exchanges, activities, budgets, cooperation, evaluation moments, breakdown parts, the members of
 * a collective party — names a party of the vision.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class PartyReferencesResolve extends ResolvingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-REF-03")
      .severity(Severity.ERROR)
      .rationale("Who does what is the heart of an agreement; a party id that names nobody leaves"
          + " a task without an owner.")
      .source("DOMAIN.md § Parties; seed 001 (Taskforce Wonen en Zorg), Uitvoeringsprogramma")
      .example("A goal with ownerPartyIds [\"corporatie-z\"] in a vision without that party, or a"
          + " link whose partyIds names a party the linking document does not have.")
      .arguments("partyId")
      .build();

  /** Creates the rule; it holds no state. */
  public PartyReferencesResolve() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  boolean covers(ObjectKind kind) {
    return kind == ObjectKind.PARTY;
  }
}
