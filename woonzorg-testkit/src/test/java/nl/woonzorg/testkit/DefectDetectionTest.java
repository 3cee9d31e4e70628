package nl.woonzorg.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.testkit.defect.Defect;
import nl.woonzorg.testkit.defect.Defective;
import nl.woonzorg.testkit.defect.Defects;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Property: every defect injected into a valid object is reported with exactly the expected rule
 * id and pointer, and no other ERROR; a defect of a rule that is only a warning or advice gets no
 * ERROR, and its finding is the only one of its severity or above that the valid object lacks.
 * And every built-in rule has a defect, or a reason why it cannot have one.
 */
class DefectDetectionTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  static <T> void assertExactlyDetected(Defective<T> defective, Function<T, Report> validate) {
    Report report = validate.apply(defective.value());
    List<String> errors = located(report.findings(Severity.ERROR));
    String expected = defective.ruleId() + " at " + defective.pointer();
    Severity severity = VALIDATOR.severity(defective.ruleId()).orElseThrow();
    if (severity == Severity.ERROR) {
      assertEquals(List.of(expected), errors, defective.toString());
      return;
    }
    assertEquals(List.of(), errors, defective.toString());
    List<String> added = new ArrayList<>(located(atLeast(report, severity)));
    located(atLeast(validate.apply(defective.original()), severity)).forEach(added::remove);
    assertEquals(List.of(expected), added, defective.toString());
  }

  private static List<Finding> atLeast(Report report, Severity severity) {
    return report.getFindings().stream().filter(f -> f.getSeverity().isAtLeast(severity))
        .toList();
  }

  private static List<String> located(List<Finding> findings) {
    return findings.stream().map(f -> f.getRuleId() + " at " + f.getLocation()).toList();
  }

  @Test
  void everyApplicableVisionDefectIsReportedExactly() {
    Tries.theory(2).forAll(WoonzorgGen.visions(), integers().all()).checkAssert((vision, site) -> {
      for (Defect<HousingCareVision> defect : Defects.visionDefects()) {
        if (defect.appliesTo(vision)) {
          Defective<HousingCareVision> defective = defect.inject(vision, site);
          assertNotEquals(vision, defective.value(), defective.toString());
          assertExactlyDetected(defective, VALIDATOR::validate);
        }
      }
    });
  }

  @Test
  void everyApplicableDwellingDefectIsReportedExactly() {
    Tries.theory().forAll(WoonzorgGen.dwellings()).checkAssert(dwelling -> {
      for (Defect<Dwelling> defect : Defects.dwellingDefects()) {
        if (defect.appliesTo(dwelling)) {
          Defective<Dwelling> defective = defect.inject(dwelling, 0);
          assertExactlyDetected(defective, VALIDATOR::validate);
        }
      }
    });
  }

  @Test
  void everyApplicableBuildingDefectIsReportedExactly() {
    Tries.theory().forAll(WoonzorgGen.buildings()).checkAssert(building -> {
      for (Defect<Building> defect : Defects.buildingDefects()) {
        if (defect.appliesTo(building)) {
          Defective<Building> defective = defect.inject(building, 0);
          assertNotEquals(building, defective.value(), defective.toString());
          assertExactlyDetected(defective, VALIDATOR::validate);
        }
      }
    });
  }

  @Test
  void everyApplicableDocumentDefectIsReportedExactly() {
    Tries.theory(2).forAll(WoonzorgGen.policyDocuments(), integers().all())
        .checkAssert((document, site) -> {
          for (Defect<PolicyDocument> defect : Defects.documentDefects()) {
            if (defect.appliesTo(document)) {
              Defective<PolicyDocument> defective = defect.inject(document, site);
              assertNotEquals(document, defective.value(), defective.toString());
              assertExactlyDetected(defective, VALIDATOR::validate);
            }
          }
        });
  }

  @Test
  void drawnDefectiveDocumentsAreReportedExactly() {
    Tries.theory().forAll(Defects.defectiveDocuments()).checkAssert(defective ->
        assertExactlyDetected(defective, VALIDATOR::validate));
  }

  @Test
  void drawnDefectiveVisionsAreReportedExactly() {
    Tries.theory().forAll(Defects.defectiveVisions()).checkAssert(defective ->
        assertExactlyDetected(defective, VALIDATOR::validate));
  }

  @Test
  void everyDefectFindsAPlaceInASmallSample() {
    List<HousingCareVision> visions = Samples.of(WoonzorgGen.visions(), 7).take(100);
    Set<String> unused = new TreeSet<>();
    for (Defect<HousingCareVision> defect : Defects.visionDefects()) {
      if (visions.stream().noneMatch(defect::appliesTo)) {
        unused.add(defect.name());
      }
    }
    List<PolicyDocument> documents = Samples.of(WoonzorgGen.policyDocuments(), 7).take(100);
    for (Defect<PolicyDocument> defect : Defects.documentDefects()) {
      if (documents.stream().noneMatch(defect::appliesTo)) {
        unused.add(defect.name());
      }
    }
    List<Dwelling> dwellings = Samples.of(WoonzorgGen.dwellings(), 7).take(100);
    for (Defect<Dwelling> defect : Defects.dwellingDefects()) {
      if (dwellings.stream().noneMatch(defect::appliesTo)) {
        unused.add(defect.name());
      }
    }
    List<Building> buildings = Samples.of(WoonzorgGen.buildings(), 7).take(100);
    for (Defect<Building> defect : Defects.buildingDefects()) {
      if (buildings.stream().noneMatch(defect::appliesTo)) {
        unused.add(defect.name());
      }
    }
    assertEquals(Set.of(), unused);
  }

  @Test
  void everyRuleHasADefectOrAReasonWhyNot() {
    Set<String> rules = WoonzorgValidator.builtInRules().stream().map(RuleDefinition::id)
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> covered = Defects.ruleIds();
    Set<String> exempt = Defects.notInjectable().keySet();
    List<String> problems = new ArrayList<>();
    for (String rule : rules) {
      if (!covered.contains(rule) && !exempt.contains(rule)) {
        problems.add("rule " + rule + " has no defect injector: add one to VisionDefects or"
            + " DwellingDefects, or list it with a reason in Defects.notInjectable()");
      }
    }
    for (String rule : exempt) {
      if (covered.contains(rule)) {
        problems.add("rule " + rule + " has a defect injector: remove it from"
            + " Defects.notInjectable()");
      }
    }
    for (String rule : Stream.concat(covered.stream(), exempt.stream()).toList()) {
      if (!rules.contains(rule)) {
        problems.add("rule " + rule + " is no built-in rule: correct or remove its defect"
            + " injector or its entry in Defects.notInjectable()");
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
    Set<String> names = Defects.visionDefects().stream().map(Defect::name)
        .collect(Collectors.toSet());
    assertEquals(Defects.visionDefects().size(), names.size());
  }
}
