package nl.woonzorg.validation.builtin.party;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-PARTY-01</b>: each named member of a collective party is a party of the collective's
 * type; a collective of type {@link PartyType#OVERIG} ("de
 * partners van het pact") may hold members of any type. A member id that names no party is
 * WZ-REF-03's to report.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@BuiltInRule
public final class CollectiveMembersMatchType implements VisionRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-PARTY-01")
      .severity(Severity.ERROR)
      .rationale("A collective party speaks and signs as the kind of party its members are: \"de"
          + " corporaties\" sign as woningcorporatie. A member of another kind would make the"
          + " collective count for a kind of party that did not sign.")
      .source("Issue 16 (collective parties in regional pacts: \"de zorgaanbieders in de"
          + " regio\", \"gemeenten van regio X\"); DOMAIN.md § Parties")
      .example("A collective party \"de zorgaanbieders in de regio\" of type zorgaanbieder with"
          + " the gemeente among its members.")
      .arguments("collectivePartyId", "memberPartyId", "memberType", "collectiveType")
      .build();

  /** Creates the rule; it holds no state. */
  public CollectiveMembersMatchType() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    VisionIndex index = VisionIndex.of(vision, context);
    List<Party> parties = vision.getParties();
    for (int i = 0; i < parties.size(); i++) {
      Party collective = parties.get(i);
      Optional<Collective> members = collective.getCollective();
      if (members.isEmpty()) {
        continue;
      }
      JsonPointer at = JsonPointer.of("parties").append(i).append("collective")
          .append("memberPartyIds");
      List<String> ids = members.get().getMemberPartyIds();
      for (int j = 0; j < ids.size(); j++) {
        Optional<Party> member = index.party(ids.get(j));
        if (member.isEmpty()) {
          continue;
        }
        PartyType type = member.get().getType();
        if (collective.getType() != PartyType.OVERIG && type != collective.getType()) {
          context.report(at.append(j), ids.get(j), collective.getId(), ids.get(j), type,
              collective.getType());
        }
      }
    }
  }
}
