package nl.woonzorg.validation.builtin.link;

import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-LINK-01</b>: a link to a {@linkplain PolicyDocumentKind#WOONZORGDOCUMENT woonzorg
 * document} gives that document's id — of the vision's own links, its agreements' and its
 * covenants'.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class WoonzorgLinkNamesItsDocument implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-LINK-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A link to another woonzorg document is followed by its id, as the phases of the"
          + " cycle follow each other from analysis to monitor; without the id it leads nowhere.")
      .source("Issue 16 (typed links to other documents); DOMAIN.md § Prestatieafspraken (good"
          + " agreements refer to other agreements instead of repeating them)")
      .example("A vision that builds on \"the analysis\" as a woonzorg document without its id.")
      .arguments("documentId", "relation")
      .build();

  /** Creates the rule; it holds no state. */
  public WoonzorgLinkNamesItsDocument() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    for (LocatedLink located : LocatedLink.of(vision)) {
      if (located.link().getKind() == PolicyDocumentKind.WOONZORGDOCUMENT
          && located.link().getDocumentId().isEmpty()) {
        context.report(located.at().append("documentId"), null, located.ownerId(),
            located.link().getRelation());
      }
    }
  }

  /** Every document of the cycle has links (format 1.1), checked alike. */
  @Override
  public boolean appliesTo(DocumentType<?> type) {
    return true;
  }
}
