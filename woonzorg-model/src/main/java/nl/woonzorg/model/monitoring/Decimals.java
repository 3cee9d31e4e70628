package nl.woonzorg.model.monitoring;

import java.math.BigDecimal;

/** Canonical decimals, so that equal amounts make equal value objects (as in Quantity). */
final class Decimals {

  private Decimals() {}

  /** {@code value} without trailing zeros and with a scale of at least zero. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
