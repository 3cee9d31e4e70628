package nl.woonzorg.analysis.supply;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.VeraCoded;
import nl.woonzorg.model.vera.VeraTargetGroup;
import org.apiguardian.api.API;

/**
 * A VERA label of a dwelling record (<i>VERA-kenmerk</i>) that a {@link StockClassification} maps
 * to supply categories: its housing form, accessibility label, target group or BAT score. The wire
 * code is the Dutch name in lower case, as the classification table writes it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DwellingLabel {
  /** Woonvorm: the VERA housing form, e.g. {@code GEC} for clustered housing. */
  WOONVORM(HousingForm.class, Dwelling::getHousingForm),
  /** Toegankelijkheidslabel: the VERA accessibility label, e.g. {@code ROL}. */
  TOEGANKELIJKHEIDSLABEL(AccessibilityLabel.class, Dwelling::getAccessibilityLabel),
  /** Doelgroep: the VERA target group the home is let to, e.g. {@code SEN}. */
  DOELGROEP(VeraTargetGroup.class, Dwelling::getTargetGroup),
  /**
   * BAT-score: the accessibility score of the Bouw Advies Toegankelijkheid, e.g. {@code BAT4}.
   *
   * @since 0.2.0
   */
  BATSCORE(BatScore.class, Dwelling::getBatScore);

  private final List<String> codes;
  /** The code list's constants, by ordinal. */
  private final VeraCoded[] constants;
  private final Function<Dwelling, ? extends Optional<? extends VeraCoded>> value;

  <E extends Enum<E> & VeraCoded> DwellingLabel(Class<E> codeList,
      Function<Dwelling, Optional<E>> value) {
    this.codes = Codes.codesOf(codeList);
    this.constants = codeList.getEnumConstants();
    this.value = value;
  }

  /** The wire code, e.g. {@code "woonvorm"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label with wire code {@code code}; empty if there is none. */
  public static Optional<DwellingLabel> find(String code) {
    for (DwellingLabel label : values()) {
      if (label.code().equals(code)) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code veraCode}, e.g. {@code "GEC"}, is a code of this label's VERA code list. */
  public boolean hasCode(String veraCode) {
    return codes.contains(veraCode);
  }

  /** The VERA code {@code dwelling} has for this label, e.g. {@code "GEC"}; empty if none. */
  public Optional<String> of(Dwelling dwelling) {
    return value.apply(dwelling).map(VeraCoded::getCode);
  }

  /** The number of codes of this label's list: its constants' ordinals are below it. */
  int size() {
    return constants.length;
  }

  /** The ordinal of the constant of VERA code {@code veraCode}; -1 if the list has none. */
  int ordinal(String veraCode) {
    for (int index = 0; index < constants.length; index++) {
      if (constants[index].getCode().equals(veraCode)) {
        return index;
      }
    }
    return -1;
  }

  /**
   * The ordinal of {@code dwelling}'s constant for this label; -1 if it has none. What a tally
   * looks up per record, without making a code string or an {@code Optional} of one.
   */
  int ordinal(Dwelling dwelling) {
    Optional<? extends VeraCoded> code = value.apply(dwelling);
    return code.isPresent() ? ((Enum<?>) code.get()).ordinal() : -1;
  }
}
