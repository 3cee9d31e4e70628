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

  /**
   * The most digits an amount may need written out, before or after the decimal point. Far
   * beyond any count, sum of euros or percentage of the domain, and small enough that writing an
   * amount out in full stays cheap: {@code 1E+1000000} is refused instead of expanded.
   */
  public static final int MAX_DIGITS = 1000;

  private Amounts() {}

  /**
   * Returns {@code value} without trailing zeros and with a scale of at least zero: numerically
   * equal, never printed with an exponent by {@link BigDecimal#toPlainString()} or
   * {@link BigDecimal#toString()}.
   *
   * @throws IllegalArgumentException if the amount needs more than {@link #MAX_DIGITS} digits
   *     before or after the decimal point
   */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (integerDigits > MAX_DIGITS || stripped.scale() > MAX_DIGITS) {
      // Checked before setScale, which would build every one of those digits.
      throw new IllegalArgumentException("amount " + stripped + " needs more than " + MAX_DIGITS
          + " digits written out");
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
