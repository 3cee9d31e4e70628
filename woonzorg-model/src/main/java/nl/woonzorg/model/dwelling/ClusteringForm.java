package nl.woonzorg.model.dwelling;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * How clustered homes lie together (<i>clusteringsvorm</i>), as the national monitor of
 * geclusterd wonen counts them: in one dwelling (a group home), in one complex, spread through
 * the neighbourhood around a meeting place, or otherwise. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ClusteringForm implements CodeList {
  /** In één woning: residents share one dwelling, e.g. a group home. */
  IN_EEN_WONING("in één woning", "in one dwelling"),
  /** In één complex: the homes lie in one building or complex. */
  IN_EEN_COMPLEX("in één complex", "in one complex"),
  /** Verspreid in de buurt: the homes lie apart, around a shared meeting place. */
  VERSPREID_IN_DE_BUURT("verspreid in de buurt", "spread through the neighbourhood"),
  /** Overig: any other form. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  ClusteringForm(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static ClusteringForm fromCode(String code) {
    return Codes.fromCode(ClusteringForm.class, code);
  }
}
