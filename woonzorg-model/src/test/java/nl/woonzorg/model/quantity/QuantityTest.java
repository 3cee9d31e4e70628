package nl.woonzorg.model.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void equalAmountsAreEqualWhateverTheirScale() {
    assertEquals(Quantity.of(110, Unit.WONINGEN), Quantity.of(new BigDecimal("110.00"), Unit.WONINGEN));
    assertEquals("110", Quantity.of(new BigDecimal("1.1E+2"), Unit.WONINGEN).getValue().toPlainString());
    assertEquals(new BigDecimal("23.5"), Quantity.of(new BigDecimal("23.50"), Unit.PROCENT).getValue());
  }

  @Test
  void printsPlainWithTheDutchUnit() {
    assertEquals("500 meter", Quantity.of(500, Unit.METER).toString());
    assertEquals("0 woningen", Quantity.of(new BigDecimal("0.000"), Unit.WONINGEN).toString());
  }

  @Test
  void plusAddsInTheSameUnit() {
    assertEquals(Quantity.of(110, Unit.WONINGEN), Quantity.of(80, Unit.WONINGEN).plus(BigDecimal.valueOf(30)));
  }

  @Test
  void canonicalFormNeverChangesTheAmount() {
    qt().forAll(longs().all(), integers().between(-5, 5))
        .check((unscaled, scale) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          BigDecimal canonical = Quantity.of(value, Unit.AANTAL).getValue();
          return canonical.compareTo(value) == 0 && canonical.scale() >= 0;
        });
  }

  @Test
  void anAmountBeyondAThousandDigitsIsRefusedBeforeItIsWrittenOut() {
    IllegalArgumentException huge = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> Quantity.of(new BigDecimal("1E+1000000"), Unit.EURO));
    assertEquals("amount 1E+1000000 needs more than 1000 digits written out", huge.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Amounts.canonical(new BigDecimal("1E-1001")));
    assertEquals(1000, Amounts.canonical(BigDecimal.TEN.pow(999)).toPlainString().length());
  }
}
