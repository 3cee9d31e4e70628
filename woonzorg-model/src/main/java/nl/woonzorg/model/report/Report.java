package nl.woonzorg.model.report;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The outcome of a check (<i>rapport</i>): its findings, in the order the producer reported them,
 * and the verdicts that follow from them.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Report {

  Report() {}

  /** What was checked, e.g. a file name or a document id; empty if the caller did not say. */
  public abstract Optional<@NotBlankWhenPresent String> getSubject();

  /** Every finding; an immutable list, empty when nothing was found. */
  public abstract List<@Valid Finding> getFindings();

  /** A report of {@code findings}. */
  public static Report of(List<Finding> findings) {
    return builder().findings(findings).build();
  }

  /** A report with no findings. */
  public static Report empty() {
    return builder().build();
  }

  /**
   * The overall verdict: {@link Verdict#NOT_CONFORM} with any error, {@link
   * Verdict#CONFORM_WITH_WARNINGS} with warnings only, {@link Verdict#CONFORM} otherwise.
   */
  public Verdict verdict() {
    // Loops, not streams: a stock check asks this of millions of reports, nearly all empty.
    boolean warned = false;
    for (Finding finding : getFindings()) {
      if (finding.getSeverity() == Severity.ERROR) {
        return Verdict.NOT_CONFORM;
      }
      warned |= finding.getSeverity() == Severity.WARNING;
    }
    return warned ? Verdict.CONFORM_WITH_WARNINGS : Verdict.CONFORM;
  }

  /**
   * Whether the data passes when findings at {@code threshold} or above count as failure: with
   * {@link Severity#ERROR} only errors fail it, with {@link Severity#WARNING} warnings too.
   */
  public boolean passes(Severity threshold) {
    for (Finding finding : getFindings()) {
      if (finding.getSeverity().isAtLeast(threshold)) {
        return false;
      }
    }
    return true;
  }

  /** The number of findings of exactly {@code severity}. */
  public long count(Severity severity) {
    long count = 0;
    for (Finding finding : getFindings()) {
      if (finding.getSeverity() == severity) {
        count++;
      }
    }
    return count;
  }

  /** The findings of exactly {@code severity}, in report order. */
  public List<Finding> findings(Severity severity) {
    return getFindings().stream().filter(f -> f.getSeverity() == severity).toList();
  }

  /** The findings of rule {@code ruleId}, in report order. */
  public List<Finding> findings(String ruleId) {
    return getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
  }

  /** This report's findings followed by {@code other}'s; the subject is this report's. */
  public Report merge(Report other) {
    List<Finding> all = new ArrayList<>(getFindings());
    all.addAll(other.getFindings());
    return builder().from(this).findings(all).build();
  }

  /** Builds {@link Report} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableReport.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
