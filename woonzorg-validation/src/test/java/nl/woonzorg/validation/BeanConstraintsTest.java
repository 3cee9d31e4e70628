package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Email;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.junit.jupiter.api.Test;

/** Bean Validation violations as findings: ids from the constraint, pointers into the wire form. */
class BeanConstraintsTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  @Test
  void aSetElementGetsItsIndexInTheSetsNaturalOrder() {
    HousingCareVision vision = Fixtures.goal(g -> g.scope(Scope.builder()
        .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
        .addAreaIds(GemeenteA.GEMEENTE, " ", GemeenteA.WIJK_Y).build()));
    List<Finding> blank = VALIDATOR.validate(vision).findings("WZ-BEAN-NOTBLANK");
    // Area ids are kept sorted, so " " comes first whatever the order they were added in.
    assertEquals(List.of("/goals/0/scope/areaIds/0"),
        blank.stream().map(f -> f.getLocation().toString()).toList());
    assertEquals("areaIds mag niet leeg zijn.", blank.get(0).getMessage());
    assertEquals(Optional.of(" "), blank.get(0).getValue());
  }

  @Test
  void aListElementAndAnOptionalGetTheirPlace() {
    Report report = VALIDATOR.validate(Fixtures.goal(g -> g
        .ownerPartyIds(List.of(GemeenteA.GEMEENTE, "")).description(" ")));
    assertEquals(List.of("/goals/0/description WZ-BEAN-NOTBLANKWHENPRESENT",
            "/goals/0/ownerPartyIds/1 WZ-BEAN-NOTBLANK", "/goals/0/ownerPartyIds/1 WZ-REF-03"),
        report.getFindings().stream()
            .filter(f -> f.getRuleId().startsWith("WZ-BEAN") || f.getRuleId().startsWith("WZ-REF"))
            .map(f -> f.getLocation() + " " + f.getRuleId()).toList());
  }

  @Test
  void aPatternViolationNamesThePattern() {
    Finding finding = VALIDATOR.validate(Fixtures.dwelling().postalCode("1011 AB").build())
        .findings("WZ-BEAN-PATTERN").get(0);
    assertEquals("/postalCode", finding.getLocation().toString());
    assertEquals(Optional.of("een waarde die past bij het patroon [1-9]\\d{3}[A-Z]{2}"),
        finding.getExpected());
  }

  /** A bean with a constraint the model does not use. */
  public static final class Contact {
    @Email
    public String getAddress() {
      return "geen e-mailadres";
    }
  }

  @Test
  void aConstraintWithoutItsOwnEntryIsOther() {
    Set<ConstraintViolation<Contact>> violations =
        BeanConstraints.validator().validate(new Contact());
    ConstraintViolation<Contact> violation = violations.iterator().next();
    assertEquals("WZ-BEAN-OTHER", BeanConstraints.ruleId(violation.getConstraintDescriptor()));
    assertArrayEquals(new Object[] {"address", "Email", violation.getMessage()},
        BeanConstraints.arguments(violation.getConstraintDescriptor(), "address",
            violation::getMessage));
    assertEquals("/address", PropertyPaths.toPointer(violation).toString());
  }
}
