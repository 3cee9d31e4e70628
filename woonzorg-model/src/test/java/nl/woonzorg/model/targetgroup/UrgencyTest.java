package nl.woonzorg.model.targetgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import nl.woonzorg.model.vera.PriorityReason;
import org.junit.jupiter.api.Test;

class UrgencyTest {

  @Test
  void statutoryUrgencyForInformalCare() {
    Urgency urgency = Urgency.of(UrgencyCategory.WETTELIJK_URGENT, PriorityReason.MANTELZORG);
    assertEquals(UrgencyCategory.WETTELIJK_URGENT, urgency.getCategory());
    assertEquals(Optional.of(PriorityReason.MANTELZORG), urgency.getReason());
    assertEquals(urgency, Urgency.builder().category(UrgencyCategory.WETTELIJK_URGENT)
        .reason(PriorityReason.MANTELZORG).build());
  }

  @Test
  void urgencyWithoutReason() {
    assertEquals(Optional.empty(), Urgency.of(UrgencyCategory.OVERIG_URGENT).getReason());
  }

  @Test
  void aReasonOfAnotherKindIsNoUrgency() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Urgency.of(UrgencyCategory.OVERIG_URGENT, PriorityReason.KERN));
    assertEquals("priority reason KERN (KRN) is of kind BINDING, not URGENTIE, so it is no reason "
        + "for an urgency", e.getMessage());
  }
}
