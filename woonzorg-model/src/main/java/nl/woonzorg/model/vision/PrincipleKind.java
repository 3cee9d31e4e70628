package nl.woonzorg.model.vision;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * The kind of a {@link Principle} (<i>soort uitgangspunt</i>), after the principles the
 * Handreiking woonzorgvisie names. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum PrincipleKind implements CodeList {
  /** Betaalbaarheid: affordability. */
  BETAALBAARHEID("betaalbaarheid", "affordability"),
  /** Toegankelijkheid: accessibility. */
  TOEGANKELIJKHEID("toegankelijkheid", "accessibility"),
  /** Inclusiviteit: inclusiveness. */
  INCLUSIVITEIT("inclusiviteit", "inclusiveness"),
  /** Spreiding: spreading target groups over districts and complexes. */
  SPREIDING("spreiding", "spreading"),
  /** Clustering: clustering target groups, e.g. in clustered housing. */
  CLUSTERING("clustering", "clustering"),
  /** Zorgzame buurt: caring neighbourhood, where residents look after one another. */
  ZORGZAME_BUURT("zorgzame buurt", "caring neighbourhood"),
  /** Overig: any other principle. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  PrincipleKind(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the principle kind with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static PrincipleKind fromCode(String code) {
    return Codes.fromCode(PrincipleKind.class, code);
  }
}
