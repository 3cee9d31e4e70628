package nl.woonzorg.model.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.code.UnknownCodeException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AreaTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  @Test
  void aMunicipalityIsIdentifiedByItsCbsCode() {
    Area amsterdam = Area.municipality("GM0363", "Amsterdam");

    assertEquals("GM0363", amsterdam.getId());
    assertEquals(AreaType.GEMEENTE, amsterdam.getType());
    assertEquals("Amsterdam", amsterdam.getName());
    assertEquals(Optional.of("GM0363"), amsterdam.getCode());
    assertEquals(List.of(), amsterdam.getMemberIds());
  }

  @Test
  void districtsNeighbourhoodsAndRegionsNest() {
    Area wijk = Area.builder().id("wijk-y").type(AreaType.WIJK).name("Wijk Y")
        .code("WK036300").parentId("GM0363").build();
    Area buurt = Area.builder().id("buurt-z").type(AreaType.BUURT).name("Buurt Z")
        .code("BU03630001").parentId("wijk-y").build();
    Area regio = Area.builder().id("groot-amsterdam").type(AreaType.REGIO).name("Groot-Amsterdam")
        .code("CR23").addMemberIds("GM0363", "GM0362").build();

    assertEquals(Optional.of("GM0363"), wijk.getParentId());
    assertEquals(Optional.of("wijk-y"), buurt.getParentId());
    assertEquals(List.of("GM0363", "GM0362"), regio.getMemberIds());
    assertEquals(Area.of("kern-1", AreaType.KERN, "Heeswijk-Dinther"),
        Area.builder().id("kern-1").type(AreaType.KERN).name("Heeswijk-Dinther").build());
  }

  @Test
  void aCodeMustHaveTheFormatOfItsType() {
    assertEquals("area 'a' is a GEMEENTE, so its code must be of the form GMnnnn, not 'WK036300'",
        failure(AreaType.GEMEENTE, "WK036300"));
    assertEquals("area 'a' is a GEMEENTE, so its code must be of the form GMnnnn, not 'GM363'",
        failure(AreaType.GEMEENTE, "GM363"));
    assertEquals("area 'a' is a WIJK, so its code must be of the form WKnnnnnn, not 'GM0363'",
        failure(AreaType.WIJK, "GM0363"));
    assertEquals(
        "area 'a' is a BUURT, so its code must be of the form BUnnnnnnnn, not 'BU036300'",
        failure(AreaType.BUURT, "BU036300"));
    assertEquals("area 'a' is a PROVINCIE, so its code must be of the form PVnn, not 'PV7'",
        failure(AreaType.PROVINCIE, "PV7"));
  }

  @Test
  void aTypeWithoutCbsCodeCannotCarryAnotherTypesCbsCode() {
    assertEquals("area 'a' is a REGIO, so its code cannot be a CBS code of a GEMEENTE: 'GM0363'",
        failure(AreaType.REGIO, "GM0363"));
    assertEquals("area 'a' is a KERN, so its code cannot be a CBS code of a WIJK: 'WK036300'",
        failure(AreaType.KERN, "WK036300"));
    assertEquals("area 'a' is a LOCATIE, so its code cannot be a CBS code of a BUURT: 'BU03630001'",
        failure(AreaType.LOCATIE, "BU03630001"));
    assertEquals("area 'a' is a LAND, so its code cannot be a CBS code of a PROVINCIE: 'PV27'",
        failure(AreaType.LAND, "PV27"));
    assertEquals(Optional.of("NL01"),
        Area.builder().id("nl").type(AreaType.LAND).name("Nederland").code("NL01").build()
            .getCode());
  }

  @Test
  void aLocalCodeMayStartLikeACbsCode() {
    assertEquals(Optional.of("BUURTHUIS-3"),
        Area.builder().id("k").type(AreaType.KERN).name("Heesch").code("BUURTHUIS-3").build()
            .getCode());
    assertEquals(Optional.of("GM-REGIO-NO"),
        Area.builder().id("r").type(AreaType.REGIO).name("Regio").code("GM-REGIO-NO").build()
            .getCode());
  }

  @Test
  void municipalityFactoryRejectsAMalformedCode() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Area.municipality("0363", "Amsterdam"));

    assertEquals("area '0363' is a GEMEENTE, so its code must be of the form GMnnnn, not '0363'",
        e.getMessage());
  }

  @Test
  void areaTypesKnowTheirCbsCodes() {
    assertEquals(Optional.of("GM"), AreaType.GEMEENTE.codePrefix());
    assertEquals(Optional.of("WKnnnnnn"), AreaType.WIJK.codeFormat());
    assertEquals(Optional.empty(), AreaType.KERN.codePrefix());
    assertTrue(AreaType.BUURT.hasCodeFormat("BU03630001"));
    assertFalse(AreaType.KERN.hasCodeFormat("anything"));
    assertEquals(Optional.of(AreaType.PROVINCIE), AreaType.ofCodePrefix("PV27"));
    assertEquals(Optional.empty(), AreaType.ofCodePrefix("CR23"));
  }

  @Test
  void areaTypeCodesAndLabels() {
    for (AreaType type : AreaType.values()) {
      assertEquals(type, AreaType.fromCode(type.getCode()));
      assertFalse(type.getLabelNl().isBlank());
      assertFalse(type.getLabelEn().isBlank());
    }
    assertEquals("wijk", AreaType.WIJK.getLabel(Locale.forLanguageTag("nl")));
    assertEquals("district", AreaType.WIJK.getLabel(Locale.ENGLISH));
    UnknownCodeException e =
        assertThrows(UnknownCodeException.class, () -> AreaType.fromCode("STAD"));
    assertEquals("unknown code 'STAD' in code list AreaType; valid codes: LAND, PROVINCIE, REGIO,"
        + " GEMEENTE, WIJK, BUURT, KERN, LOCATIE", e.getMessage());
  }

  @Test
  void blankNamesAndIdsAreViolations() {
    Area area = Area.builder().id(" ").type(AreaType.REGIO).name("").code(" ")
        .parentId("").addMemberIds("GM0363", " ").build();

    assertEquals(
        Set.of("id: must not be blank", "name: must not be blank", "code: must not be blank",
            "parentId: must not be blank", "memberIds[1].<list element>: must not be blank"),
        violations(area));
    assertEquals(Set.of(), violations(Area.municipality("GM0363", "Amsterdam")));
  }

  private static String failure(AreaType type, String code) {
    return assertThrows(IllegalStateException.class,
        () -> Area.builder().id("a").type(type).name("A").code(code).build()).getMessage();
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
