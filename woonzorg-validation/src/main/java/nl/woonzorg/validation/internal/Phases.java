package nl.woonzorg.validation.internal;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;

/** Which phases of the Taskforce's cycle a vision has reached. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Phases {

  private Phases() {}

  /**
   * The phases the vision has entered: every phase of its history, and the current phase with all
   * phases before it in the cycle, since a phase builds on what the ones before it produced.
   */
  public static Set<Phase> reached(HousingCareVision vision) {
    Set<Phase> reached = EnumSet.noneOf(Phase.class);
    for (PhaseEntry entry : vision.getPhaseHistory()) {
      reached.add(entry.getPhase());
    }
    for (Phase phase : Phase.values()) {
      if (phase.compareTo(vision.getCurrentPhase()) <= 0) {
        reached.add(phase);
      }
    }
    return reached;
  }
}
