package nl.woonzorg.model.goal;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * Who owns the homes counted (<i>eigendomscategorie</i>), as monitors split a stock: of the
 * corporations, privately owned and lived in, privately rented, or other. The wire code is the
 * constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum OwnerCategory implements CodeList {
  /** Corporatie: owned by a woningcorporatie (social housing). */
  CORPORATIE("corporatie", "housing association"),
  /** Particuliere koop: owned by the people who live in it. */
  PARTICULIER_KOOP("particuliere koop", "owner-occupied"),
  /** Particuliere huur: rented from a private landlord or investor. */
  PARTICULIER_HUUR("particuliere huur", "private rent"),
  /** Overig: any other owner, or not known. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  OwnerCategory(String labelNl, String labelEn) {
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
  public static OwnerCategory fromCode(String code) {
    return Codes.fromCode(OwnerCategory.class, code);
  }
}
