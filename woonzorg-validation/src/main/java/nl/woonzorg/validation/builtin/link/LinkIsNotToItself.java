package nl.woonzorg.validation.builtin.link;

import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-LINK-02</b>: a link does not name the document that holds it: a vision does not replace
 * itself, a covenant is no addendum to itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class LinkIsNotToItself implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-LINK-02")
      .severity(Severity.ERROR)
      .rationale("A document that builds on, replaces or is an addendum to itself has a wrong id"
          + " in its link: the document meant is another.")
      .source("Issue 16 (typed links to other documents: builds on, addendum to, annex of,"
          + " replaces)")
      .example("A covenant whose link ADDENDUM_BIJ names the covenant's own id.")
      .arguments("documentId", "relation")
      .build();

  /** Creates the rule; it holds no state. */
  public LinkIsNotToItself() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    for (LocatedLink located : LocatedLink.of(vision)) {
      located.link().getDocumentId().filter(located.ownerId()::equals).ifPresent(id ->
          context.report(located.at().append("documentId"), id, id,
              located.link().getRelation()));
    }
  }

  /** Every document of the cycle has links (format 1.1), checked alike. */
  @Override
  public boolean appliesTo(DocumentType<?> type) {
    return true;
  }
}
