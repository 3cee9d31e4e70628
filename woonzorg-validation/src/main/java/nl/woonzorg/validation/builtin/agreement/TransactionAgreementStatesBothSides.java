package nl.woonzorg.validation.builtin.agreement;

import java.util.Set;
import java.util.stream.Collectors;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-TYPE-02</b>: a transactieafspraak states what each side gives and gets: exchanges of at
 * least two different parties.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class TransactionAgreementStatesBothSides implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-02")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A transaction is an exchange — care provider x transfers property to corporation"
          + " y in return for renovation; one side alone is a gift, not a transaction.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("A transactieafspraak with one exchange, of zorgaanbieder-x only.")
      .arguments("agreementId", "sideCount")
      .build();

  /** Creates the rule; it holds no state. */
  public TransactionAgreementStatesBothSides() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    if (!agreement.isOfType(AgreementType.TRANSACTIEAFSPRAAK)) {
      return;
    }
    Set<String> sides = agreement.getTransactionTerms()
        .map(terms -> terms.getExchanges().stream().map(Exchange::getPartyId)
            .collect(Collectors.toSet()))
        .orElse(Set.of());
    if (sides.size() < 2) {
      context.report(JsonPointer.of("transactionTerms"), null, agreement.getId(), sides.size());
    }
  }
}
