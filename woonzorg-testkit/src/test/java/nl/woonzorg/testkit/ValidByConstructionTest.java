package nl.woonzorg.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Property: whatever the generators produce, the strict profile reports no ERROR for it. */
class ValidByConstructionTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  static List<Finding> errors(Report report) {
    return report.findings(Severity.ERROR);
  }

  @Test
  void generatedVisionsHaveNoError() {
    Tries.theory().forAll(WoonzorgGen.visions())
        .checkAssert(vision -> assertEquals(List.of(), errors(VALIDATOR.validate(vision))));
  }

  @Test
  void largeGeneratedVisionsHaveNoError() {
    Tries.theory(4).forAll(WoonzorgGen.visions(WoonzorgGen.MAX_SIZE))
        .checkAssert(vision -> assertEquals(List.of(), errors(VALIDATOR.validate(vision))));
  }

  @Test
  void generatedGoalsHaveNoErrorOnTheirOwn() {
    Tries.theory().forAll(WoonzorgGen.goals())
        .checkAssert(goal -> assertEquals(List.of(), errors(VALIDATOR.validate(goal))));
  }

  @ParameterizedTest
  @EnumSource(AgreementType.class)
  void generatedAgreementsOfEachTypeHaveNoErrorOnTheirOwn(AgreementType type) {
    Tries.theory(6).forAll(WoonzorgGen.agreements(type)).checkAssert(agreement -> {
      assertEquals(Optional.of(type), agreement.getType());
      assertEquals(List.of(), errors(VALIDATOR.validate(agreement)));
    });
  }

  @Test
  void generatedDwellingsHaveNoError() {
    Tries.theory().forAll(WoonzorgGen.dwellings())
        .checkAssert(dwelling -> assertEquals(List.of(), errors(VALIDATOR.validate(dwelling))));
  }

  @Test
  void generatedBuildingsHaveNoFinding() {
    Tries.theory().forAll(WoonzorgGen.buildings()).checkAssert(
        building -> assertEquals(List.of(), VALIDATOR.validate(building).getFindings()));
  }
}
