package nl.woonzorg.model.dwelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DwellingTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildValidator() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  /** A care-ready home of corporation X in The Hague's Centrum district. */
  private static Dwelling.Builder careReadyHome() {
    return Dwelling.builder()
        .id("X-0001")
        .municipalityCode("GM0518")
        .districtCode("WK051828")
        .neighbourhoodCode("BU05182800")
        .postalCode("2511CV")
        .unitKind(UnitKind.WOONRUIMTE)
        .unitDetailKind(UnitDetailKind.GALERIJFLAT)
        .housingForm(HousingForm.ZORGGESCHIKTE_WONING)
        .accessibilityLabel(AccessibilityLabel.ROLSTOELWONING)
        .targetGroup(VeraTargetGroup.SENIOREN)
        .addSupplementaryTargetGroup(VeraSupplementaryTargetGroup.ZORGINDICATIE)
        .rentClass(RentClass.BETAALBAAR)
        .rooms(2)
        .constructionYear(2024)
        .ownerPartyId("corporatie-x");
  }

  @Test
  void builderKeepsEveryField() {
    Dwelling home = careReadyHome().build();
    assertEquals("X-0001", home.getId());
    assertEquals(Optional.of("WK051828"), home.getDistrictCode());
    assertEquals(Optional.of(UnitDetailKind.GALERIJFLAT), home.getUnitDetailKind());
    assertEquals(Set.of(VeraSupplementaryTargetGroup.ZORGINDICATIE),
        home.getSupplementaryTargetGroups());
    assertEquals(Optional.of(2), home.getRooms());
    assertEquals(Optional.of(ProgrammeCategory.ZORGGESCHIKTE_WONING), home.programmeCategory());
    assertEquals(home, careReadyHome().build());
    assertNotEquals(home, careReadyHome().rooms(3).build());
    assertEquals(Set.of(), validator.validate(home));
  }

  @Test
  void ofGivesAMinimalRecord() {
    Dwelling unit = Dwelling.of("P-17", UnitKind.PARKEERGELEGENHEID);
    assertEquals(Dwelling.builder().id("P-17").unitKind(UnitKind.PARKEERGELEGENHEID).build(), unit);
    assertEquals(Optional.empty(), unit.getMunicipalityCode());
    assertEquals(Set.of(), unit.getSupplementaryTargetGroups());
    assertEquals(Optional.empty(), unit.programmeCategory());
  }

  @Test
  void programmeCategoryFollowsFormAndLabel() {
    assertEquals(Optional.of(ProgrammeCategory.NULTREDENWONING), Dwelling.builder().id("1")
        .unitKind(UnitKind.WOONRUIMTE).accessibilityLabel(AccessibilityLabel.ROLLATORWONING)
        .build().programmeCategory());
    assertEquals(Optional.of(ProgrammeCategory.GECLUSTERDE_WONING), Dwelling.builder().id("2")
        .unitKind(UnitKind.WOONRUIMTE).housingForm(HousingForm.GECLUSTERDE_WOONVORM)
        .build().programmeCategory());
    assertEquals(Optional.empty(), Dwelling.builder().id("3").unitKind(UnitKind.WOONRUIMTE)
        .accessibilityLabel(AccessibilityLabel.GELIJKVLOERSE_WONING_GEEN_NULTREDENWONING)
        .build().programmeCategory());
  }

  @Test
  void constraintsReportEveryMalformedField() {
    Dwelling bad = Dwelling.builder()
        .id(" ")
        .municipalityCode("0518")
        .districtCode("WK0518")
        .neighbourhoodCode("BU051828")
        .postalCode("2511 CV")
        .unitKind(UnitKind.WOONRUIMTE)
        .rooms(0)
        .ownerPartyId("")
        .build();
    assertEquals(new TreeSet<>(Set.of(
            "districtCode: must match \"WK\\d{6}\"",
            "id: must not be blank",
            "municipalityCode: must match \"GM\\d{4}\"",
            "neighbourhoodCode: must match \"BU\\d{8}\"",
            "ownerPartyId: must not be blank",
            "postalCode: must match \"[1-9]\\d{3}[A-Z]{2}\"",
            "rooms: must be greater than 0")),
        describe(validator.validate(bad)));
  }

  @Test
  void postcodeStartsWithANonZeroDigit() {
    assertEquals(new TreeSet<>(Set.of("postalCode: must match \"[1-9]\\d{3}[A-Z]{2}\"")),
        describe(validator.validate(careReadyHome().postalCode("0511CV").build())));
  }

  @Test
  void detailKindMustBelongToTheUnitKind() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> careReadyHome().unitKind(UnitKind.PARKEERGELEGENHEID).build());
    assertEquals("unit detail kind GALERIJFLAT (GAL) belongs to unit kind WOONRUIMTE, not to "
        + "PARKEERGELEGENHEID", e.getMessage());
  }

  @Test
  void districtMustLieInTheMunicipality() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> careReadyHome().municipalityCode("GM0363").build());
    assertEquals("district code WK051828 does not lie in municipality GM0363", e.getMessage());
  }

  @Test
  void neighbourhoodMustLieInTheDistrict() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> careReadyHome().neighbourhoodCode("BU05182900").build());
    assertEquals("neighbourhood code BU05182900 does not lie in district WK051828",
        e.getMessage());
  }

  @Test
  void malformedCodesAreLeftToTheConstraints() {
    Dwelling home = careReadyHome().municipalityCode("GM05x8").build();
    assertEquals(new TreeSet<>(Set.of("municipalityCode: must match \"GM\\d{4}\"")),
        describe(validator.validate(home)));
  }

  private static TreeSet<String> describe(Set<ConstraintViolation<Dwelling>> violations) {
    TreeSet<String> described = new TreeSet<>();
    violations.forEach(v -> described.add(v.getPropertyPath() + ": " + v.getMessage()));
    return described;
  }
}
