package nl.woonzorg.validation.rules.dwelling;

import java.util.Set;
import nl.woonzorg.model.vera.HousingForm;

/**
 * The housing forms held to the criteria of the geclusterde woonvorm: GEC itself and ZWO, which
 * VERA defines as GEC plus more.
 */
final class ClusteredForms {

  static final Set<HousingForm> ALL =
      Set.of(HousingForm.GECLUSTERDE_WOONVORM, HousingForm.ZORGGESCHIKTE_WONING);

  private ClusteredForms() {}
}
