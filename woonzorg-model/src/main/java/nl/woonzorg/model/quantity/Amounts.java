package nl.woonzorg.model.quantity;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * The canonical form of the model's decimal amounts. Every {@link BigDecimal} attribute of the
 * model passes through {@link #canonical(BigDecimal)}, so that {@code 80}, {@code 80.0} and
 * {@code 8E+1} make equal objects and print as {@code 80}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Amounts {

  private Amounts() {}

  /**
   * Returns {@code value} without trailing zeros and with a scale of at least zero: numerically
   * equal, never printed with an exponent by {@link BigDecimal#toPlainString()} or
   * {@link BigDecimal#toString()}.
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
