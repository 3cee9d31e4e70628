package nl.woonzorg.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class PartyTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  @Test
  void aPartyWithItsIdentifiers() {
    Party corporation = Party.builder().id("corporatie-x").name("Woningcorporatie X")
        .type(PartyType.WONINGCORPORATIE)
        .addIdentifier(PartyIdentifier.of(IdentifierScheme.L_NUMMER, "L1234"))
        .addIdentifier(PartyIdentifier.of(IdentifierScheme.KVK, "12345678"))
        .areaId("GM0363")
        .build();

    assertEquals(Optional.of(PartyIdentifier.of(IdentifierScheme.KVK, "12345678")),
        corporation.identifier(IdentifierScheme.KVK));
    assertEquals(Optional.empty(), corporation.identifier(IdentifierScheme.RSIN));
    assertEquals(Optional.of("GM0363"), corporation.getAreaId());
    assertEquals(Party.of("gemeente-a", "Gemeente A", PartyType.GEMEENTE),
        Party.builder().id("gemeente-a").name("Gemeente A").type(PartyType.GEMEENTE).build());
  }

  @Test
  void identifiersInTheirOfficialFormatAreAccepted() {
    List<PartyIdentifier> valid = List.of(
        PartyIdentifier.of(IdentifierScheme.KVK, "12345678"),
        PartyIdentifier.of(IdentifierScheme.RSIN, "123456789"),
        PartyIdentifier.of(IdentifierScheme.OIN, "00000001001234567000"),
        PartyIdentifier.of(IdentifierScheme.AGB, "01234567"),
        PartyIdentifier.of(IdentifierScheme.L_NUMMER, "L0001"),
        PartyIdentifier.of(IdentifierScheme.UZOVI, "3311"),
        PartyIdentifier.of(IdentifierScheme.CBS_GEMEENTECODE, "GM0363"),
        PartyIdentifier.of(IdentifierScheme.OVERIG, "zorgkantoor-regio-7"));

    assertEquals(IdentifierScheme.values().length, valid.size());
  }

  @Test
  void identifiersOutsideTheirOfficialFormatAreRejected() {
    assertEquals("KVK identifier must be 8 digits, not '1234567'",
        failure(IdentifierScheme.KVK, "1234567"));
    assertEquals("RSIN identifier must be 9 digits, not '12345678A'",
        failure(IdentifierScheme.RSIN, "12345678A"));
    assertEquals("OIN identifier must be 20 digits, not '0000000100123456700'",
        failure(IdentifierScheme.OIN, "0000000100123456700"));
    assertEquals("AGB identifier must be 8 digits, not '123456789'",
        failure(IdentifierScheme.AGB, "123456789"));
    assertEquals("L_NUMMER identifier must be 'L' and 4 digits, not '1234'",
        failure(IdentifierScheme.L_NUMMER, "1234"));
    assertEquals("UZOVI identifier must be 4 digits, not '33110'",
        failure(IdentifierScheme.UZOVI, "33110"));
    assertEquals("CBS_GEMEENTECODE identifier must be 'GM' and 4 digits, not '0363'",
        failure(IdentifierScheme.CBS_GEMEENTECODE, "0363"));
    assertEquals("KVK identifier must be 8 digits, not ' 12345678'",
        failure(IdentifierScheme.KVK, " 12345678"));
  }

  @Test
  void schemesDescribeTheirFormat() {
    assertEquals(Optional.of("8 digits"), IdentifierScheme.KVK.format());
    assertEquals(Optional.empty(), IdentifierScheme.OVERIG.format());
    assertFalse(IdentifierScheme.UZOVI.accepts("abcd"));
  }

  @Test
  void blankNamesAndIdentifierValuesAreViolations() {
    Party party = Party.builder().id("").name(" ").type(PartyType.OVERIG)
        .addIdentifier(PartyIdentifier.of(IdentifierScheme.OVERIG, " ")).areaId("").build();

    assertEquals(Set.of("id: must not be blank", "name: must not be blank",
        "identifiers[0].value: must not be blank", "areaId: must not be blank"), violations(party));
    assertEquals(Set.of(), violations(Party.of("p", "P", PartyType.POLITIE)));
  }

  @Test
  void codesAndLabels() {
    for (PartyType type : PartyType.values()) {
      assertEquals(type, PartyType.fromCode(type.getCode()));
      assertFalse(type.getLabelNl().isBlank());
      assertFalse(type.getLabelEn().isBlank());
    }
    for (IdentifierScheme scheme : IdentifierScheme.values()) {
      assertEquals(scheme, IdentifierScheme.fromCode(scheme.getCode()));
      assertFalse(scheme.getLabelNl().isBlank());
      assertFalse(scheme.getLabelEn().isBlank());
    }
    assertEquals(17, PartyType.values().length);
    assertEquals("cliëntenorganisatie", PartyType.CLIENTENORGANISATIE.getLabelNl());
    assertEquals("regional long-term-care purchaser", PartyType.ZORGKANTOOR.getLabelEn());
  }

  private static String failure(IdentifierScheme scheme, String value) {
    return assertThrows(IllegalStateException.class, () -> PartyIdentifier.of(scheme, value))
        .getMessage();
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
