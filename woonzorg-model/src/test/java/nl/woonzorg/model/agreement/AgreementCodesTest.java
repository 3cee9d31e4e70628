package nl.woonzorg.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.UnknownCodeException;
import org.junit.jupiter.api.Test;

class AgreementCodesTest {

  @Test
  void smartIsRequiredOfActionGuaranteeAndTransactionAgreementsOnly() {
    assertEquals(
        Set.of(AgreementType.HANDELINGSAFSPRAAK, AgreementType.GARANTIEAFSPRAAK,
            AgreementType.TRANSACTIEAFSPRAAK),
        Stream.of(AgreementType.values()).filter(AgreementType::isSmartRequired)
            .collect(Collectors.toSet()));
  }

  @Test
  void everyConstantIsFoundByItsCodeWhichIsItsName() {
    for (AgreementType c : AgreementType.values()) {
      assertSame(c, AgreementType.fromCode(c.name()));
    }
    for (AgreementDomain c : AgreementDomain.values()) {
      assertSame(c, AgreementDomain.fromCode(c.name()));
    }
    for (AgreementTheme c : AgreementTheme.values()) {
      assertSame(c, AgreementTheme.fromCode(c.name()));
    }
    for (PartyRole c : PartyRole.values()) {
      assertSame(c, PartyRole.fromCode(c.name()));
    }
    for (AgreementLevel c : AgreementLevel.values()) {
      assertSame(c, AgreementLevel.fromCode(c.name()));
    }
  }

  @Test
  void everyConstantHasDutchAndEnglishLabels() {
    List<Coded> all = Stream.of(AgreementType.values(), AgreementDomain.values(),
            AgreementTheme.values(), PartyRole.values(), AgreementLevel.values())
        .flatMap(Arrays::stream).map(Coded.class::cast).toList();
    for (Coded c : all) {
      assertFalse(c.getLabelNl().isBlank(), c.getCode());
      assertFalse(c.getLabelEn().isBlank(), c.getCode());
    }
    assertEquals("procesafspraak", AgreementType.PROCESAFSPRAAK.getLabelNl());
    assertEquals("guarantee agreement", AgreementType.GARANTIEAFSPRAAK.getLabelEn());
    assertEquals("care and welfare", AgreementDomain.ZORG_EN_WELZIJN.getLabelEn());
    assertEquals("cost bearer", PartyRole.KOSTENDRAGER.getLabelEn());
    assertEquals("leefbaarheid", AgreementTheme.LEEFBAARHEID.getLabelNl());
    assertEquals("liveability", AgreementTheme.LEEFBAARHEID.getLabelEn());
    assertEquals("projectniveau", AgreementLevel.PROJECT.getLabelNl());
    assertEquals("national level", AgreementLevel.LANDELIJK.getLabelEn());
  }

  @Test
  void unknownCodeNamesTheListAndTheValidCodes() {
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> AgreementType.fromCode("procesafspraak"));

    assertEquals("unknown code 'procesafspraak' in code list AgreementType; valid codes:"
        + " PROCESAFSPRAAK, BESCHRIJVENDE_AFSPRAAK, INTENTIEAFSPRAAK, HANDELINGSAFSPRAAK,"
        + " GARANTIEAFSPRAAK, TRANSACTIEAFSPRAAK", e.getMessage());
  }
}
