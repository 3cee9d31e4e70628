package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One report of a stream of records validated one by one (<i>rapport van een gegevensstroom</i>),
 * such as a dwelling stock read from NDJSON: it holds, over the whole stream, at most the
 * validator's {@link WoonzorgValidator#maxFindingsPerRule()} findings of each rule, and one {@code
 * WZ-ENGINE-02} finding per rule for the rest, as a report of one document does. So its memory
 * grows with the number of rules, not with the number of records.
 *
 * <pre>{@code
 * StreamingReport stock = StreamingReport.of(validator);
 * NdjsonReader.of(DocumentType.DWELLING)
 *     .read(in, dwelling -> stock.add(JsonPointer.root().append(index++),
 *         validator.validate(dwelling)));
 * Report report = stock.report("stock.ndjson");
 * }</pre>
 *
 * <p>Records must come in turn, which is what lets the first findings be kept without holding
 * the rest. A {@code WZ-ENGINE-02} finding of a record's own report counts into its rule's
 * summary.
 *
 * <p>Not thread-safe: one stream, one reader. The reports it makes are immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StreamingReport {

  private final int cap;
  private final Locale locale;
  private final Map<String, Rule> rules = new HashMap<>();
  private final List<Finding> kept = new ArrayList<>();
  // The base of the last record added.
  private JsonPointer last = JsonPointer.root();

  private StreamingReport(WoonzorgValidator validator) {
    this.cap = validator.maxFindingsPerRule();
    this.locale = validator.locale();
  }

  /** An empty report with the cap and language of {@code validator}. */
  public static StreamingReport of(WoonzorgValidator validator) {
    return new StreamingReport(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Adds the findings of {@code report}, the report of the record at {@code base} (e.g. {@code
   * /41} for the 42nd record of a stream), each located below {@code base}: the validator's report
   * of the record, or the reading problems of a bad line as findings.
   *
   * @throws IllegalArgumentException if {@code base} comes before the base of a report added
   *     earlier
   */
  public void add(JsonPointer base, Report report) {
    Objects.requireNonNull(base, "base");
    if (Collector.compareLocations(base, last) < 0) {
      throw new IllegalArgumentException("records must come in document order: " + base
          + " after " + last);
    }
    last = base;
    // A reader reports a line's problems as it parses, not in document order: sorted here, the
    // first kept are the first in document order, as in a report of one document.
    List<Finding> findings = new ArrayList<>(report.getFindings());
    findings.sort(Collector.ORDER);
    for (Finding finding : findings) {
      add(finding, base.append(finding.getLocation()));
    }
  }

  private void add(Finding finding, JsonPointer location) {
    if (finding.getRuleId().equals(WoonzorgValidator.FINDINGS_OMITTED.id())) {
      rule(finding.getArguments().get("ruleId"), finding.getSeverity())
          .omit(Long.parseLong(finding.getArguments().get("omitted")), location);
      return;
    }
    Rule rule = rule(finding.getRuleId(), finding.getSeverity());
    if (rule.kept < cap) {
      rule.kept++;
      kept.add(Finding.builder().from(finding).location(location).build());
    } else {
      rule.omit(1, location);
    }
  }

  /**
   * The report: the findings kept, in document order, and for each rule past the cap a {@code
   * WZ-ENGINE-02} finding at the first it left out.
   *
   * @param subject what was checked, e.g. the file name; null if not said
   */
  public Report report(@Nullable String subject) {
    List<Finding> findings = new ArrayList<>(kept);
    rules.forEach((ruleId, rule) -> {
      if (rule.omitted > 0) {
        findings.add(Collector.summary(ruleId, rule.severity, rule.omitted, rule.firstOmitted,
            locale));
      }
    });
    findings.sort(Collector.ORDER);
    return Report.builder().subject(Optional.ofNullable(subject)).findings(findings).build();
  }

  private Rule rule(String ruleId, Severity severity) {
    return rules.computeIfAbsent(ruleId, id -> new Rule(severity));
  }

  /** What is known of one rule's findings: how many are kept and which are left out. */
  private static final class Rule {
    final Severity severity;
    int kept;
    long omitted;
    JsonPointer firstOmitted = JsonPointer.root();

    Rule(Severity severity) {
      this.severity = severity;
    }

    void omit(long count, JsonPointer location) {
      // Findings come in document order: the first left out is the first counted.
      if (omitted == 0) {
        firstOmitted = location;
      }
      omitted += count;
    }
  }
}
