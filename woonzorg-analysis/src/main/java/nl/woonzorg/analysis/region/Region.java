package nl.woonzorg.analysis.region;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A named set of gemeenten to compare (<i>regio</i>): a COROP region or province of the bundled
 * {@link AreaHierarchy}, or a zorgkantoor region, a woondeal region or any other set given by the
 * user. A gemeente is in it when its CBS code ({@code GMnnnn}) is among its {@link
 * #municipalities()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Region {

  private static final Pattern GEMEENTECODE = Pattern.compile("GM[0-9]{4}");

  private final RegionKind kind;
  private final String name;
  private final SortedSet<String> municipalities;

  private Region(RegionKind kind, String name, SortedSet<String> municipalities) {
    this.kind = kind;
    this.name = name;
    this.municipalities = Collections.unmodifiableSortedSet(municipalities);
  }

  /**
   * Returns the region {@code name} of {@code kind} made of the gemeenten {@code municipalities}.
   *
   * @throws IllegalArgumentException if the name is blank, there is no gemeente, or a code is not
   *     of the form {@code GMnnnn}
   */
  public static Region of(RegionKind kind, String name, Collection<String> municipalities) {
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a region needs a name");
    }
    if (municipalities.isEmpty()) {
      throw new IllegalArgumentException("region " + name + " has no gemeente");
    }
    for (String code : municipalities) {
      if (!isGemeentecode(code)) {
        throw new IllegalArgumentException("region " + name + ": '" + code + "' is not a"
            + " gemeentecode (GMnnnn)");
      }
    }
    return new Region(kind, name, new TreeSet<>(municipalities));
  }

  /**
   * Returns the COROP region ({@code CRnn}) or province ({@code PVnn}) {@code code} of {@code
   * hierarchy}, named by its code, with the gemeenten within it.
   *
   * @throws UnknownAreaException if the hierarchy does not hold the code
   * @throws IllegalArgumentException if the code is of another level, or holds no gemeente
   */
  public static Region of(AreaHierarchy hierarchy, String code) {
    RegionKind kind;
    switch (hierarchy.level(code)) {
      case REGIO:
        kind = RegionKind.COROP;
        break;
      case PROVINCIE:
        kind = RegionKind.PROVINCIE;
        break;
      default:
        throw new IllegalArgumentException("'" + code + "' is not a COROP region (CRnn) or a"
            + " province (PVnn)");
    }
    return of(kind, code, hierarchy.municipalities().stream()
        .filter(municipality -> hierarchy.isWithin(municipality, code))
        .toList());
  }

  /** Whether {@code code} has the form of a CBS gemeentecode, {@code GMnnnn}. */
  public static boolean isGemeentecode(String code) {
    return GEMEENTECODE.matcher(code).matches();
  }

  /** The kind of region. */
  public RegionKind kind() {
    return kind;
  }

  /** The name the region is known by, e.g. {@code CR17} or a zorgkantoor region's name. */
  public String name() {
    return name;
  }

  /** The gemeentecodes in the region, in code order; an immutable, non-empty set. */
  public SortedSet<String> municipalities() {
    return municipalities;
  }

  /** Whether the gemeente {@code code} is in the region. */
  public boolean contains(String code) {
    return municipalities.contains(code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Region
        && kind == ((Region) other).kind
        && name.equals(((Region) other).name)
        && municipalities.equals(((Region) other).municipalities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, municipalities);
  }

  /** The kind, name and gemeenten, for debugging; the form may change. */
  @Override
  public String toString() {
    return kind + " " + name + " " + municipalities;
  }
}
