package nl.woonzorg.validation.builtin.signatory;

import java.util.EnumSet;
import java.util.Set;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.validation.internal.VisionIndex;

/** The types of the parties that sign an agreement, for the rules on signatories. Stateless. */
final class Signatories {

  private Signatories() {}

  /**
   * The types of the vision's parties that sign ({@link PartyRole#ONDERTEKENAAR}) {@code
   * agreement}; a party the vision does not hold has no type and is passed over. A loop over the
   * agreement's parties rather than a stream of {@link PerformanceAgreement#partyIdsWithRole}:
   * both rules run for every agreement, and the streams were a tenth of a vision's validation.
   */
  static Set<PartyType> typesOf(PerformanceAgreement agreement, VisionIndex index) {
    Set<PartyType> types = EnumSet.noneOf(PartyType.class);
    for (AgreementParty signatory : agreement.getParties()) {
      if (signatory.getRoles().contains(PartyRole.ONDERTEKENAAR)) {
        index.party(signatory.getPartyId()).map(Party::getType).ifPresent(types::add);
      }
    }
    return types;
  }
}
