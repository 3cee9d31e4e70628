package nl.woonzorg.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
}
