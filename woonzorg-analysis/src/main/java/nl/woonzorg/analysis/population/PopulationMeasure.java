package nl.woonzorg.analysis.population;

import java.util.Optional;
import java.util.OptionalInt;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * What a population figure counts (<i>bevolkingskenmerk</i>): inhabitants, inhabitants of an age
 * band, or households, as CBS counts them on 1 January in its <i>Kerncijfers wijken en buurten</i>.
 * The wire code is the constant's name.
 *
 * <p>The age bands are KWB's five, which cover all ages without overlap; KWB has no band of 75 and
 * over, so a figure for the oldest old needs another table or a share of the 65-plussers.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum PopulationMeasure implements CodeList {
  /** Aantal inwoners: all inhabitants. */
  INWONERS("aantal inwoners", "inhabitants", -1, -1),
  /** Inwoners van 0 tot 15 jaar: inhabitants aged 0 to 14. */
  LEEFTIJD_0_TOT_15("inwoners van 0 tot 15 jaar", "inhabitants aged 0-14", 0, 15),
  /** Inwoners van 15 tot 25 jaar: inhabitants aged 15 to 24. */
  LEEFTIJD_15_TOT_25("inwoners van 15 tot 25 jaar", "inhabitants aged 15-24", 15, 25),
  /** Inwoners van 25 tot 45 jaar: inhabitants aged 25 to 44. */
  LEEFTIJD_25_TOT_45("inwoners van 25 tot 45 jaar", "inhabitants aged 25-44", 25, 45),
  /** Inwoners van 45 tot 65 jaar: inhabitants aged 45 to 64. */
  LEEFTIJD_45_TOT_65("inwoners van 45 tot 65 jaar", "inhabitants aged 45-64", 45, 65),
  /** Inwoners van 65 jaar of ouder: inhabitants aged 65 and over. */
  LEEFTIJD_65_PLUS("inwoners van 65 jaar of ouder", "inhabitants aged 65 and over", 65, -1),
  /** Huishoudens totaal: all private households. */
  HUISHOUDENS("huishoudens totaal", "households", -1, -1),
  /** Eenpersoonshuishoudens: one-person households. */
  EENPERSOONSHUISHOUDENS("eenpersoonshuishoudens", "one-person households", -1, -1);

  private final CodeEntry entry;
  private final int fromAge;
  private final int belowAge;

  PopulationMeasure(String labelNl, String labelEn, int fromAge, int belowAge) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.fromAge = fromAge;
    this.belowAge = belowAge;
  }

  /** Whether this counts the inhabitants of one age band. */
  public boolean isAgeBand() {
    return fromAge >= 0;
  }

  /** The lowest age of the band, e.g. {@code 65}; empty if this is not an age band. */
  public OptionalInt fromAge() {
    return fromAge >= 0 ? OptionalInt.of(fromAge) : OptionalInt.empty();
  }

  /**
   * The age the band stops below, e.g. {@code 15} for 0 to 15; empty for the open top band and if
   * this is not an age band.
   */
  public OptionalInt belowAge() {
    return belowAge >= 0 ? OptionalInt.of(belowAge) : OptionalInt.empty();
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the measure with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static PopulationMeasure fromCode(String code) {
    return Codes.fromCode(PopulationMeasure.class, code);
  }

  /** Returns the measure with the given wire code, or empty if there is none. */
  public static Optional<PopulationMeasure> find(String code) {
    return Codes.find(PopulationMeasure.class, code);
  }
}
