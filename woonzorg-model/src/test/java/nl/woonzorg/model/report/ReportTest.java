package nl.woonzorg.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static final Finding ERROR = Finding.of("WZ-ID-01", Severity.ERROR,
      JsonPointer.of("goals", "1", "id"), "id 'G1' is used twice");
  private static final Finding WARNING = Finding.of("WZ-SMART-T-01", Severity.WARNING,
      JsonPointer.of("goals", "0"), "goal has no deadline");
  private static final Finding INFO = Finding.of("WZ-TOPIC-01", Severity.INFO,
      JsonPointer.root(), "topic WONINGAANPASSINGEN is not covered");

  @Test
  void verdictFollowsTheMostSevereFinding() {
    assertEquals(Verdict.CONFORM, Report.empty().verdict());
    assertEquals(Verdict.CONFORM, Report.of(List.of(INFO)).verdict());
    assertEquals(Verdict.CONFORM_WITH_WARNINGS, Report.of(List.of(INFO, WARNING)).verdict());
    assertEquals(Verdict.NOT_CONFORM, Report.of(List.of(WARNING, ERROR)).verdict());
  }

  @Test
  void passesDependsOnTheThreshold() {
    Report warnings = Report.of(List.of(WARNING, INFO));
    assertTrue(warnings.passes(Severity.ERROR));
    assertFalse(warnings.passes(Severity.WARNING));
    assertFalse(warnings.passes(Severity.INFO));
  }

  @Test
  void countsAndFiltersKeepReportOrder() {
    Report report = Report.of(List.of(INFO, ERROR, WARNING, ERROR));
    assertEquals(2, report.count(Severity.ERROR));
    assertEquals(List.of(ERROR, ERROR), report.findings(Severity.ERROR));
    assertEquals(List.of(WARNING), report.findings("WZ-SMART-T-01"));
  }

  @Test
  void mergeKeepsTheSubjectAndAppendsFindings() {
    Report parse = Report.builder().subject("gemeente-a.json").addFinding(ERROR).build();
    Report merged = parse.merge(Report.of(List.of(WARNING)));
    assertEquals("gemeente-a.json", merged.getSubject().orElseThrow());
    assertEquals(List.of(ERROR, WARNING), merged.getFindings());
  }

  @Test
  void findingPrintsSeverityRuleLocationAndPosition() {
    Finding parse = Finding.builder().from(ERROR).position(SourcePosition.of(12, 7)).build();
    assertEquals("ERROR WZ-ID-01 at /goals/1/id (12:7): id 'G1' is used twice", parse.toString());
    assertEquals("INFO WZ-TOPIC-01 at /: topic WONINGAANPASSINGEN is not covered", INFO.toString());
  }

  @Test
  void severityOrderGoesFromErrorToInfo() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }
}
