package nl.woonzorg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class RuleSummaryTest {

  @Test
  void eachRuleHasItsRecordsTestedPassedFailedAndShare() {
    Dataset<Row> findings = RecordCheck.builder().locale(Locale.ENGLISH).build()
        .ndjsonFindings(SharedSpark.session(), RecordCheckTest.DWELLINGS.toString());
    // 44 lines, of which 2 are blank: 42 records (one of them a bad line).
    List<Row> summary = RuleSummary.of(42, findings).collectAsList();

    Row pattern = summary.stream().filter(row -> row.getString(0).equals("WZ-BEAN-PATTERN"))
        .findFirst().orElseThrow();
    // BAD-POSTCODE has one pattern finding, BAD-CODES three.
    assertEquals("ERROR", pattern.getString(1));
    assertEquals(42L, pattern.getLong(2));
    assertEquals(40L, pattern.getLong(3));
    assertEquals(2L, pattern.getLong(4));
    assertEquals(4L, pattern.getLong(5));
    assertEquals(new BigDecimal("0.047619"), pattern.getDecimal(6));
    assertEquals(RecordCheckTest.EXPECTED_RULES.stream().sorted().toList(),
        summary.stream().map(row -> row.getString(0)).toList());
  }

  @Test
  void aNegativeNumberOfRecordsIsRefused() {
    Dataset<Row> none = SharedSpark.session().createDataFrame(List.of(), FindingColumns.SCHEMA);
    assertThrows(IllegalArgumentException.class, () -> RuleSummary.of(-1, none));
  }
}
