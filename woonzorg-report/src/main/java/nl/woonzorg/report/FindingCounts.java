package nl.woonzorg.report;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import org.apiguardian.api.API;

/**
 * How many findings of each severity a report stands for (<i>aantallen bevindingen</i>), in words:
 * {@code 0 fouten, 1 waarschuwing, 8 informatiemeldingen} or {@code 1,200 errors, 1 warning, 8
 * notes} — each count inflected and grouped as the language does.
 *
 * <p>A report holds at most a number of findings per rule and one {@code WZ-ENGINE-02} finding
 * that counts the rest; that finding stands for as many as it counts, so a stock of a million
 * errors says so, not "101 fouten".
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FindingCounts {

  // The validator's summary of the findings of a rule past its cap; its argument "omitted" says
  // how many it stands for. The report module does not depend on the validator.
  private static final String OMITTED = "WZ-ENGINE-02";

  private FindingCounts() {}

  /** The counts of {@code report} in {@code locale}'s language: English for {@code en}, else Dutch. */
  public static String of(Report report, Locale locale) {
    Objects.requireNonNull(report, "report");
    boolean english = Language.of(locale) == Language.EN;
    NumberFormat numbers = NumberFormat.getIntegerInstance(Language.of(locale).locale());
    return count(numbers, total(report, Severity.ERROR), english, "fout", "fouten", "error",
        "errors") + ", "
        + count(numbers, total(report, Severity.WARNING), english, "waarschuwing",
            "waarschuwingen", "warning", "warnings") + ", "
        + count(numbers, total(report, Severity.INFO), english, "informatiemelding",
            "informatiemeldingen", "note", "notes");
  }

  /** The number of findings of {@code severity} {@code report} stands for, those past its cap too. */
  public static long total(Report report, Severity severity) {
    return report.findings(severity).stream().mapToLong(FindingCounts::weight).sum();
  }

  private static long weight(Finding finding) {
    return finding.getRuleId().equals(OMITTED)
        ? Long.parseLong(finding.getArguments().getOrDefault("omitted", "1")) : 1;
  }

  private static String count(NumberFormat numbers, long count, boolean english, String oneNl,
      String manyNl, String oneEn, String manyEn) {
    String noun = english ? (count == 1 ? oneEn : manyEn) : (count == 1 ? oneNl : manyNl);
    return numbers.format(count) + " " + noun;
  }
}
