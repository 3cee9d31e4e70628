package nl.woonzorg.examples.cli;

import java.text.NumberFormat;
import java.util.Locale;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;

/** The language of the tool's output ({@code --lang}): Dutch unless told otherwise. */
public enum Lang {
  /** Nederlands. */
  NL(Locale.forLanguageTag("nl")),
  /** English. */
  EN(Locale.ENGLISH);

  // The validator's summary of the findings of a rule past its cap.
  private static final String OMITTED = "WZ-ENGINE-02";

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale the validator writes its messages in. */
  Locale locale() {
    return locale;
  }

  /** {@code nl} or {@code en}, whichever is this language. */
  String pick(String nl, String en) {
    return this == NL ? nl : en;
  }

  /** The label of {@code value} in this language. */
  String label(Coded value) {
    return pick(value.getLabelNl(), value.getLabelEn());
  }

  /**
   * How many findings of each severity {@code report} has, each count inflected and grouped as
   * the language does, e.g. {@code 0 fouten, 1 waarschuwing, 8 informatiemeldingen} or {@code 1,200 errors,
   * 1 warning, 8 notes}.
   */
  public String counts(Report report) {
    return count(total(report, Severity.ERROR), "fout", "fouten", "error", "errors") + ", "
        + count(total(report, Severity.WARNING), "waarschuwing", "waarschuwingen", "warning",
            "warnings") + ", "
        + count(total(report, Severity.INFO), "informatiemelding", "informatiemeldingen", "note",
            "notes");
  }

  /**
   * The findings of {@code severity} there are, also those past the cap of the report: a
   * WZ-ENGINE-02 finding stands for as many as it counts, so that a stock of a million errors
   * says so, not "101 fouten".
   */
  private static long total(Report report, Severity severity) {
    return report.findings(severity).stream()
        .mapToLong(finding -> finding.getRuleId().equals(OMITTED)
            ? Long.parseLong(finding.getArguments().get("omitted")) : 1)
        .sum();
  }

  /** {@code count} and the singular or plural noun of this language: {@code 1 fout}, {@code 2 fouten}. */
  String count(long count, String oneNl, String manyNl, String oneEn, String manyEn) {
    return NumberFormat.getIntegerInstance(locale).format(count) + " "
        + (count == 1 ? pick(oneNl, oneEn) : pick(manyNl, manyEn));
  }

  /** The code as the user types it: {@code nl} or {@code en}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
