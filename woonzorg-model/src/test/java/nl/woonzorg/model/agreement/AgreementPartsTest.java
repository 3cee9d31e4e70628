package nl.woonzorg.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.programme.Budget;
import org.junit.jupiter.api.Test;

class AgreementPartsTest {

  @Test
  void agreementPartyKeepsItsRoles() {
    AgreementParty party =
        AgreementParty.of("gemeente-a", PartyRole.FINANCIER, PartyRole.ONDERTEKENAAR);

    assertEquals(Set.of(PartyRole.ONDERTEKENAAR, PartyRole.FINANCIER), party.getRoles());
    assertEquals(party, AgreementParty.builder().partyId("gemeente-a")
        .addAllRoles(List.of(PartyRole.ONDERTEKENAAR, PartyRole.FINANCIER)).build());
    assertNotEquals(party, AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR));
  }

  @Test
  void yearSliceValueIsCanonical() {
    YearSlice slice = YearSlice.of(2025, new BigDecimal("20.0"));

    assertEquals(YearSlice.of(2025, 20), slice);
    assertEquals("20", slice.getValue().orElseThrow().toPlainString());
    assertEquals(Optional.empty(), YearSlice.builder().year(2026).build().getValue());
  }

  @Test
  void aMeasureHasABudgetLikeAnActivity() {
    Measure measure = Measure.builder().from(Measure.of("Investering in domotica"))
        .budget(Budget.of(new BigDecimal("1.5E+5"))).build();

    assertEquals("150000", measure.getBudget().flatMap(Budget::getAmountEuro).orElseThrow().toPlainString());
    assertEquals(Optional.empty(), Measure.of("Wooncoaches inzetten").getBudget());
  }

}
