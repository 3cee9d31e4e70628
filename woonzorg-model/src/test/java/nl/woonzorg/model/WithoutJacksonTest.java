package nl.woonzorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.woonzorg.model.fixture.GemeenteA;
import org.junit.jupiter.api.Test;

/**
 * Run by its own Surefire execution with Jackson removed from the class path: the model's Jackson
 * dependency is optional, so building, comparing and printing a whole vision must work without it.
 */
class WithoutJacksonTest {

  @Test
  void jacksonIsReallyAbsent() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("com.fasterxml.jackson.annotation.JsonCreator"));
  }

  @Test
  void theWholeModelWorksWithoutJackson() {
    HousingCareVision vision = GemeenteA.vision();
    assertEquals(vision, GemeenteA.vision());
    assertEquals(vision.hashCode(), GemeenteA.vision().hashCode());
    assertNotEquals(vision, HousingCareVision.builder().from(vision).title("another title").build());
    assertTrue(vision.toString().startsWith("HousingCareVision{id=woonzorgvisie-gemeente-a"));
  }
}
