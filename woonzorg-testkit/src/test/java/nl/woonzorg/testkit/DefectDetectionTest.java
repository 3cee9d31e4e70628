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
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.testkit.defect.Defect;
import nl.woonzorg.testkit.defect.Defective;
import nl.woonzorg.testkit.defect.Defects;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;

/**
 * Property: every defect injected into a valid object is reported with exactly the expected rule
 * id and pointer, and no other ERROR; a defect of a rule that is only a warning or advice gets no
 * ERROR, and its finding is the only one of its severity or above that the valid object lacks.
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
    List<Dwelling> dwellings = Samples.of(WoonzorgGen.dwellings(), 7).take(100);
    for (Defect<Dwelling> defect : Defects.dwellingDefects()) {
      if (dwellings.stream().noneMatch(defect::appliesTo)) {
        unused.add(defect.name());
      }
    }
    assertEquals(Set.of(), unused);
  }

  @Test
  void theDefectsCoverTheseRules() {
    assertEquals(List.of("WZ-AREA-01", "WZ-AREA-02", "WZ-AREA-03", "WZ-AREA-04",
        "WZ-BEAN-NOTBLANK", "WZ-BEAN-NOTBLANKWHENPRESENT", "WZ-BEAN-NOTEMPTY", "WZ-BEAN-PATTERN",
        "WZ-BEAN-POSITIVE", "WZ-BEAN-POSITIVEORZERO", "WZ-DWELLING-01", "WZ-DWELLING-02",
        "WZ-DWELLING-03", "WZ-ID-01", "WZ-PHASE-01", "WZ-PHASE-02", "WZ-PHASE-03", "WZ-PHASE-04",
        "WZ-PHASE-05", "WZ-PHASE-06", "WZ-PHASE-07", "WZ-PHASE-08", "WZ-PHASE-09", "WZ-REF-01",
        "WZ-REF-02", "WZ-REF-03", "WZ-REF-04", "WZ-REF-05", "WZ-REF-06", "WZ-SIGN-01",
        "WZ-SMART-A-01", "WZ-SMART-A-03", "WZ-SMART-M-01", "WZ-SMART-M-02", "WZ-SMART-M-03",
        "WZ-SMART-R-01", "WZ-SMART-R-02", "WZ-SMART-R-03", "WZ-SMART-R-05", "WZ-SMART-S-01",
        "WZ-SMART-S-02", "WZ-SMART-T-01", "WZ-SMART-T-02", "WZ-SMART-T-03", "WZ-SMART-T-05", "WZ-SMART-T-06",
        "WZ-SUM-01", "WZ-SUM-02", "WZ-SUM-03", "WZ-SUM-04", "WZ-TYPE-01", "WZ-TYPE-02",
        "WZ-TYPE-03", "WZ-TYPE-04", "WZ-TYPE-05", "WZ-TYPE-06", "WZ-TYPE-07"),
        Defects.ruleIds());
    Set<String> names = Defects.visionDefects().stream().map(Defect::name)
        .collect(Collectors.toSet());
    assertEquals(Defects.visionDefects().size(), names.size());
  }
}
