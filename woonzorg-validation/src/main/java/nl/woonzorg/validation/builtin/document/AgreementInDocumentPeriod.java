package nl.woonzorg.validation.builtin.document;

import java.util.List;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-DOC-09</b>: each agreement of a prestatieafspraken document runs within the years the
 * document covers, if both name them.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class AgreementInDocumentPeriod implements DocumentRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-DOC-09")
      .severity(Severity.ERROR)
      .rationale("Multi-year agreements are filled in by jaarschijven within the document's years; an"
          + " agreement running beyond them is agreed by no one for those years.")
      .source("DOMAIN.md § Prestatieafspraken (multi-year, yearly slices)")
      .example("Prestatieafspraken 2024-2027 with an agreement over 2024-2029.")
      .arguments("agreementId", "period")
      .build();

  /** Creates the rule; it holds no state. */
  public AgreementInDocumentPeriod() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    if (document instanceof AgreementsDocument agreements) {
      agreements.getPeriod().ifPresent(period -> {
        List<PerformanceAgreement> all = agreements.getAgreements();
        for (int i = 0; i < all.size(); i++) {
          PerformanceAgreement agreement = all.get(i);
          JsonPointer at = JsonPointer.of("agreements").append(i).append("period");
          agreement.getPeriod().ifPresent(own -> {
            if (!period.contains(own.getFromYear()) || !period.contains(own.getToYear())) {
              context.report(at, own, agreement.getId(), period);
            }
          });
        }
      });
    }
  }
}
