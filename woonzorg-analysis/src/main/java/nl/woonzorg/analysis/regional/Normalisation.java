package nl.woonzorg.analysis.regional;

import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * How areas of different size are made comparable (<i>normering</i>): absolute, per 1,000
 * inhabitants, or per 100,000 dwellings — as ABN AMRO compared provinces by new homes for older
 * people per 100,000 existing homes (Flevoland about 200).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Normalisation implements CodeList {
  /** <i>Absoluut</i>: the figure as measured. */
  ABSOLUTE("absoluut", "absolute", 1),
  /** <i>Per 1.000 inwoners</i>. */
  PER_1000_INHABITANTS("per 1.000 inwoners", "per 1,000 inhabitants", 1_000),
  /** <i>Per 100.000 woningen</i>. */
  PER_100000_DWELLINGS("per 100.000 woningen", "per 100,000 dwellings", 100_000);

  private final CodeEntry entry;
  private final long per;

  Normalisation(String labelNl, String labelEn, long per) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
    this.per = per;
  }

  /**
   * Returns {@code value} normalised by the denominator of {@code figure}: {@code value × per /
   * denominator}; empty if that denominator is not given or is zero.
   */
  public Optional<Fraction> apply(Fraction value, AreaFigure figure) {
    return denominator(figure).filter(d -> d > 0)
        .map(d -> value.multiply(Fraction.of(per)).divide(Fraction.of(d)));
  }

  /** What the figure is counted per: 1, 1,000 or 100,000. */
  long per() {
    return per;
  }

  /** The denominator this normalisation divides by: 1, the inhabitants or the dwellings. */
  Optional<Long> denominator(AreaFigure figure) {
    switch (this) {
      case PER_1000_INHABITANTS:
        return figure.inhabitants();
      case PER_100000_DWELLINGS:
        return figure.dwellings();
      default:
        return Optional.of(1L);
    }
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
