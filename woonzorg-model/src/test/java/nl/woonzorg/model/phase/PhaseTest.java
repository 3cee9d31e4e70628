package nl.woonzorg.model.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTest {

  @Test
  void phasesRunInTheTaskforceOrderAndCycleBackEachYear() {
    assertEquals(List.of(Phase.ANALYSE, Phase.VISIE, Phase.AFSPRAKEN, Phase.UITVOERING, Phase.BORGING),
        List.of(Phase.values()));
    assertEquals(Phase.VISIE, Phase.ANALYSE.next());
    assertEquals(Phase.ANALYSE, Phase.BORGING.next());
    assertEquals(Phase.BORGING, Phase.ANALYSE.previous());
  }

  @Test
  void stepsCountForwardThroughTheCycle() {
    assertEquals(1, Phase.ANALYSE.stepsTo(Phase.VISIE));
    assertEquals(2, Phase.ANALYSE.stepsTo(Phase.AFSPRAKEN));
    assertEquals(1, Phase.BORGING.stepsTo(Phase.ANALYSE));
    assertEquals(0, Phase.VISIE.stepsTo(Phase.VISIE));
    assertEquals(4, Phase.VISIE.stepsTo(Phase.ANALYSE));
  }

  @Test
  void everyPhaseHasLabelsAndItsNameAsCode() {
    for (Phase phase : Phase.values()) {
      assertEquals(phase, Phase.fromCode(phase.name()));
    }
    assertEquals("borging", Phase.BORGING.getLabelNl());
    assertEquals("monitoring and safeguarding", Phase.BORGING.getLabelEn());
  }

  @Test
  void anEntryCannotEndBeforeItStarts() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PhaseEntry.of(Phase.VISIE, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)));
    assertEquals("phase VISIE ends (2024-04-30) before it starts (2024-05-01)", e.getMessage());
  }
}
