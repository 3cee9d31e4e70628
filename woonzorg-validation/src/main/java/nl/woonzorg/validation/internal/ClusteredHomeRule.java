package nl.woonzorg.validation.internal;

import java.util.Optional;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.validation.rule.DwellingRule;
import org.apiguardian.api.API;

/**
 * A dwelling rule about homes of a clustered housing form — the geclusterde woonvorm (GEC), and
 * the zorggeschikte woning (ZWO), which VERA defines as GEC plus more, so that the criteria of
 * GEC hold for it too — that finds nothing in a record of another form or of none. The validator
 * runs such a rule only on a record of a clustered form: in a stock most homes are of none, and
 * four rules each asking every record for its form cost more than the validator asking once.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public interface ClusteredHomeRule extends DwellingRule {

  /** The record's housing form if it is GEC or ZWO; empty otherwise. */
  static Optional<HousingForm> clusteredForm(Dwelling dwelling) {
    // A method reference to a static method, made once, not a lambda per record.
    return dwelling.getHousingForm().filter(ClusteredHomeRule::isClustered);
  }

  private static boolean isClustered(HousingForm form) {
    return form == HousingForm.GECLUSTERDE_WOONVORM || form == HousingForm.ZORGGESCHIKTE_WONING;
  }
}
