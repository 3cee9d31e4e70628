package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.vera.HousingForm;
import org.junit.jupiter.api.Test;

/**
 * A stream's records validated one by one make one report with the same cap as a document's: the
 * first findings of each rule in document order, and a summary of the rest.
 */
class StreamingReportTest {

  private static final Dwelling WRONG_FORM =
      Fixtures.dwelling().housingForm(HousingForm.GEB_WONING).build();

  @Test
  void aStreamOf250RecordsWithTheSameFindingKeepsTheFirstHundred() {
    WoonzorgValidator validator = WoonzorgValidator.builder().locale(Locale.ENGLISH).build();
    StreamingReport stream = StreamingReport.of(validator);
    for (int i = 0; i < 250; i++) {
      stream.add(JsonPointer.root().append(i), validator.validate(WRONG_FORM));
    }
    Report report = stream.report("stock.ndjson");

    assertEquals("stock.ndjson", report.getSubject().orElseThrow());
    List<Finding> kept = report.findings("WZ-DWELLING-01");
    assertEquals(100, kept.size());
    assertEquals("/0/housingForm", kept.get(0).getLocation().toString());
    assertEquals("/99/housingForm", kept.get(99).getLocation().toString());
    Finding summary = report.findings("WZ-ENGINE-02").get(0);
    assertEquals("/100/housingForm", summary.getLocation().toString());
    assertEquals(Map.of("ruleId", "WZ-DWELLING-01", "omitted", "150", "severity", "ERROR"),
        summary.getArguments());
    assertEquals("From here on, 150 more findings (error) of rule WZ-DWELLING-01 that the report"
        + " does not show.", summary.getMessage());
  }

  /**
   * For any number of records and any cap, the stream's report holds of each rule the first
   * findings of all the records' full reports together, and its summary counts the rest, also
   * those a record's own report summed up.
   */
  @Test
  void theStreamsReportIsTheStartOfAllFindings() {
    qt().withExamples(30).forAll(integers().between(0, 40), integers().between(1, 12))
        .checkAssert((records, cap) -> {
          WoonzorgValidator capped = WoonzorgValidator.builder().maxFindingsPerRule(cap).build();
          WoonzorgValidator full =
              WoonzorgValidator.builder().maxFindingsPerRule(Integer.MAX_VALUE).build();
          StreamingReport stream = StreamingReport.of(capped);
          List<Finding> all = new ArrayList<>();
          for (int i = 0; i < records; i++) {
            // Every other record has the finding; the cap is met across records.
            Dwelling dwelling = i % 2 == 0 ? WRONG_FORM : Fixtures.dwelling().build();
            JsonPointer base = JsonPointer.root().append(i);
            stream.add(base, capped.validate(dwelling));
            for (Finding finding : full.validate(dwelling).getFindings()) {
              all.add(Finding.builder().from(finding)
                  .location(base.append(finding.getLocation())).build());
            }
          }
          Report report = stream.report(null);
          for (String rule : all.stream().map(Finding::getRuleId).distinct().toList()) {
            List<Finding> ofRule = all.stream().filter(f -> f.getRuleId().equals(rule)).toList();
            assertEquals(ofRule.subList(0, Math.min(cap, ofRule.size())), report.findings(rule));
            long omitted = report.findings("WZ-ENGINE-02").stream()
                .filter(f -> f.getArguments().get("ruleId").equals(rule))
                .mapToLong(f -> Long.parseLong(f.getArguments().get("omitted"))).sum();
            assertEquals(Math.max(0, ofRule.size() - cap), omitted, rule);
          }
        });
  }

  @Test
  void aRecordsOwnSummaryCountsIntoTheStreams() {
    WoonzorgValidator validator = WoonzorgValidator.builder().maxFindingsPerRule(2).build();
    StreamingReport stream = StreamingReport.of(validator);
    // A vision whose goal names five unknown owners: two findings of WZ-REF-03 and a summary of
    // three; in the stream, at a cap of two, only the summary grows.
    Report vision = validator.validate(FindingCapTest.unknownOwners(5));
    stream.add(JsonPointer.root().append(0), vision);
    stream.add(JsonPointer.root().append(1), vision);
    Report report = stream.report(null);

    assertEquals(2, report.findings("WZ-REF-03").size());
    Finding summary = report.findings("WZ-ENGINE-02").stream()
        .filter(f -> f.getArguments().get("ruleId").equals("WZ-REF-03")).findFirst().orElseThrow();
    assertEquals("8", summary.getArguments().get("omitted"));
    assertEquals("/0/goals/0/ownerPartyIds/5", summary.getLocation().toString());
  }

  @Test
  void recordsMustComeInTurn() {
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    StreamingReport stream = StreamingReport.of(validator);
    stream.add(JsonPointer.root().append(10), Report.empty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> stream.add(JsonPointer.root().append(9), Report.empty()));
    assertEquals("records must come in document order: /9 after /10", e.getMessage());
  }
}
