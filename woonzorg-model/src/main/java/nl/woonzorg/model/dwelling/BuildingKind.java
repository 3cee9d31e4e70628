package nl.woonzorg.model.dwelling;

import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.code.Codes;
import org.apiguardian.api.API;

/**
 * What a {@link Building} record stands for (<i>soort gebouw</i>), in the terms of VERA-OpenAPI's
 * Vastgoed domain: one physical building (VERA {@code Gebouw}) or a complex, a group of units
 * that are let, managed or reported on together, possibly over several buildings (VERA {@code
 * Cluster}). The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public enum BuildingKind implements CodeList {
  /** Gebouw: one building, VERA {@code Gebouw}. */
  GEBOUW("gebouw", "building"),
  /** Complex (cluster): a group of units, VERA {@code Cluster}. */
  COMPLEX("complex (cluster)", "complex (cluster)");

  private final CodeEntry entry;

  BuildingKind(String labelNl, String labelEn) {
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
  public static BuildingKind fromCode(String code) {
    return Codes.fromCode(BuildingKind.class, code);
  }
}
