package nl.woonzorg.examples.cli;

import java.util.Locale;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.report.FindingCounts;

/**
 * The language of the tool's output ({@code --lang}): Dutch unless told otherwise. The option's
 * values, {@code nl} and {@code en}, over the library's {@link Language}.
 */
public enum Lang {
  /** Nederlands. */
  NL(Language.NL),
  /** English. */
  EN(Language.EN);

  private final Language language;

  Lang(Language language) {
    this.language = language;
  }

  /** The locale the validator writes its messages in. */
  Locale locale() {
    return language.locale();
  }

  /** {@code nl} or {@code en}, whichever is this language. */
  String pick(String nl, String en) {
    return language.pick(nl, en);
  }

  /** The label of {@code value} in this language. */
  String label(Coded value) {
    return pick(value.getLabelNl(), value.getLabelEn());
  }

  /**
   * How many findings of each severity {@code report} stands for, inflected, e.g. {@code 0 fouten,
   * 1 waarschuwing, 8 informatiemeldingen}.
   */
  public String counts(Report report) {
    return FindingCounts.of(report, locale());
  }

  /** The code as the user types it: {@code nl} or {@code en}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
