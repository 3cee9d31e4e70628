package nl.woonzorg.validation.builtin.agreement;

import java.util.List;
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
 * <b>WZ-TYPE-03</b>: each side of a transactieafspraak's exchange is a party to the agreement.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class ExchangePartyTakesPart implements AgreementRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-TYPE-03")
      .severity(Severity.ERROR)
      .rationale("A party that gives or gets something under an agreement must be bound by it;"
          + " otherwise its side of the exchange is not agreed.")
      .source("DOMAIN.md § Prestatieafspraken (six types); seed 001 (Taskforce Wonen en Zorg),"
          + " Overzicht 2")
      .example("An exchange by corporatie-y in an agreement whose parties are gemeente and"
          + " zorgaanbieder-x.")
      .arguments("agreementId", "partyId")
      .build();

  /** Creates the rule; it holds no state. */
  public ExchangePartyTakesPart() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PerformanceAgreement agreement, RuleContext context) {
    agreement.getTransactionTerms().ifPresent(terms -> {
      List<Exchange> exchanges = terms.getExchanges();
      for (int i = 0; i < exchanges.size(); i++) {
        String party = exchanges.get(i).getPartyId();
        if (agreement.getParties().stream().noneMatch(p -> p.getPartyId().equals(party))) {
          JsonPointer at =
              JsonPointer.of("transactionTerms", "exchanges").append(i).append("partyId");
          context.report(at, party, agreement.getId(), party);
        }
      }
    });
  }
}
