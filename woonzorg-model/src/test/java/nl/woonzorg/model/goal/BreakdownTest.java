package nl.woonzorg.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import org.junit.jupiter.api.Test;

class BreakdownTest {

  @Test
  void totalIsTheSumOfTheParts() {
    assertEquals(new BigDecimal("110"), GoalTest.gemeenteAByConstructionMode().total());
  }

  @Test
  void breakdownWithoutPartsIsAllowedAndTotalsZero() {
    Breakdown draft = Breakdown.of(BreakdownDimension.HUURSEGMENT);

    assertEquals(List.of(), draft.getParts());
    assertEquals(BigDecimal.ZERO, draft.total());
  }

  @Test
  void partValuesAndTotalAreCanonical() {
    BreakdownPart part = BreakdownPart.of("nieuwbouw", new BigDecimal("80.00"));

    assertEquals(BreakdownPart.of("nieuwbouw", 80), part);
    assertEquals("80", part.getValue().toPlainString());
    assertEquals("100", BreakdownPart.of("x", new BigDecimal("1E+2")).getValue().toPlainString());
    assertEquals(BigDecimal.ONE, Breakdown.of(BreakdownDimension.HUURSEGMENT,
        BreakdownPart.of("sociale huur", new BigDecimal("0.5")),
        BreakdownPart.of("middenhuur", new BigDecimal("0.50"))).total());
  }

  @Test
  void marketPartySplitsFiftyFiftyBySegment() {
    Breakdown bySegment = Breakdown.builder()
        .dimension(BreakdownDimension.HUURSEGMENT)
        .addPart(BreakdownPart.builder().from(BreakdownPart.of("sociale huur", 50))
            .rentSegment(RentSegment.SOCIALE_HUUR).build())
        .addAllParts(List.of(BreakdownPart.builder().from(BreakdownPart.of("middenhuur", 50))
            .rentSegment(RentSegment.MIDDENHUUR).build()))
        .build();

    assertEquals(new BigDecimal("100"), bySegment.total());
    assertEquals(Optional.of(RentSegment.MIDDENHUUR), bySegment.getParts().get(1).getRentSegment());
  }

  @Test
  void partsDifferingInOneAttributeAreNotEqual() {
    BreakdownPart plain = BreakdownPart.of("2025", 40);

    assertNotEquals(plain, BreakdownPart.builder().from(plain).year(2025).build());
    assertNotEquals(plain, BreakdownPart.of("2025", 41));
    assertEquals(plain.hashCode(), BreakdownPart.of("2025", 40).hashCode());
  }

  @Test
  void partsAddUpToTheWholeInItsUnitOrTo100AsShares() {
    Quantity fiftyHomes = Quantity.of(50, Unit.WONINGEN);
    Breakdown homes = Breakdown.of(BreakdownDimension.HUURSEGMENT,
        BreakdownPart.of("sociale huur", 25), BreakdownPart.of("middenhuur", 25));
    Breakdown shares = Breakdown.builder().from(homes).unit(Unit.PROCENT).build();
    Breakdown sites = Breakdown.builder().from(homes).unit(Unit.LOCATIES).build();

    assertEquals(Optional.of(BigDecimal.valueOf(50)), homes.expectedTotal(fiftyHomes));
    assertEquals(Optional.of(BigDecimal.valueOf(100)), shares.expectedTotal(fiftyHomes));
    assertEquals(Optional.empty(), sites.expectedTotal(fiftyHomes));
    assertEquals(Optional.of(BigDecimal.valueOf(23)), shares.expectedTotal(Quantity.of(23, Unit.PROCENT)),
        "shares of a percentage are in its unit");
  }
}
