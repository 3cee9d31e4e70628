package nl.woonzorg.report;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Report;

/**
 * The words and numbers of one page in one language: Dutch, or English when the locale's language
 * is English. Not thread-safe (its number format is not): one per page.
 */
final class Texts {

  private final Language language;
  private final boolean english;
  private final NumberFormat numbers;
  private final NumberFormat years;

  Texts(Locale locale) {
    this.language = Language.of(locale);
    this.english = language == Language.EN;
    this.numbers = NumberFormat.getNumberInstance(language.locale());
    this.years = (NumberFormat) numbers.clone();
    years.setGroupingUsed(false);
    years.setMaximumFractionDigits(1);
    years.setRoundingMode(RoundingMode.HALF_UP);
  }

  /** {@code nl} or {@code en}, the page's {@code lang}. */
  String code() {
    return english ? "en" : "nl";
  }

  /** {@code nl} or {@code en}, whichever is this language. */
  String pick(String nl, String en) {
    return english ? en : nl;
  }

  /** The label of {@code value} in this language. */
  String label(Coded value) {
    return pick(value.getLabelNl(), value.getLabelEn());
  }

  /** The normalisation in words in this language, e.g. {@code per 1.000 inwoners}. */
  String label(Normalisation normalisation) {
    return normalisation.getLabel(language.locale());
  }

  /** How many findings of each severity {@code report} stands for. */
  String counts(Report report) {
    return FindingCounts.of(report, language.locale());
  }

  /** {@code value} as this language writes it. */
  String number(double value) {
    return numbers.format(value);
  }

  /** A (projected) year to one decimal, as ANALYSIS.md writes 2014.8; no grouping. */
  String year(Fraction value) {
    return years.format(value.toBigDecimal(1, RoundingMode.HALF_UP));
  }

  /** {@code value} rounded half up to at most two decimals, as this language writes it. */
  String number(Fraction value) {
    return numbers.format(value.toBigDecimal(2, RoundingMode.HALF_UP));
  }
}
