package nl.woonzorg.validation.builtin.dwelling;

import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.HousingForm;

/**
 * The housing forms held to the criteria of the geclusterde woonvorm: GEC itself and ZWO, which
 * VERA defines as GEC plus more.
 */
final class ClusteredForms {

  private static final Set<HousingForm> ALL =
      Set.of(HousingForm.GECLUSTERDE_WOONVORM, HousingForm.ZORGGESCHIKTE_WONING);

  private ClusteredForms() {}

  /** The record's housing form if it is one of these; empty otherwise. */
  static Optional<HousingForm> of(Dwelling dwelling) {
    // A method reference to a static method, not to ALL::contains: it is made once, not per
    // record, and the rules that call this run for every record of a stock file.
    return dwelling.getHousingForm().filter(ClusteredForms::isClustered);
  }

  private static boolean isClustered(HousingForm form) {
    return ALL.contains(form);
  }
}
