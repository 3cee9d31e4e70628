package nl.woonzorg.analysis.region;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * The kind of grouping of gemeenten a {@link Region} is (<i>soort regio</i>). COROP regions and
 * provinces come from the bundled {@link AreaHierarchy} ({@link RegionSet#bundled()}); the 31
 * zorgkantoor regions and the woondeal regions are not bundled (no membership list of the bundled
 * year was found to copy, and one typed from memory would be a guess: the resources README says
 * what was searched), so they, like any other set, are read from a file the user gives ({@link
 * RegionSet#parse}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RegionKind implements CodeList {
  /** COROP-gebied: a CBS COROP region, from the bundled hierarchy or a file. */
  COROP("COROP-gebied", "COROP region"),
  /** Provincie: a province, from the bundled hierarchy or a file. */
  PROVINCIE("provincie", "province"),
  /** Zorgkantoorregio: the region of a zorgkantoor (Wlz care office); from a file. */
  ZORGKANTOORREGIO("zorgkantoorregio", "care office region"),
  /** Woondealregio: a region of a regional woondeal; from a file. */
  WOONDEALREGIO("woondealregio", "housing deal region"),
  /** Eigen indeling: any other set of gemeenten the user groups; from a file. */
  EIGEN("eigen indeling", "user-defined region");

  private final CodeEntry entry;

  RegionKind(String labelNl, String labelEn) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /** The codes of every kind, comma-separated, as a region file may name them. */
  public static String codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
