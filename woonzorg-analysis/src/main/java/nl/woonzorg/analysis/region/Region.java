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
 * {@link AreaHierarchy} ({@link RegionSet#bundled()}), or a zorgkantoor region, a woondeal region
 * or any other set given by the user. A gemeente is in it when its CBS code ({@code GMnnnn}) is
 * among its {@link #municipalities()}. Its {@link #name()} identifies it — a COROP region or
 * province by its CBS code — and its {@link #label()} is what people call it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Region {

  private static final Pattern GEMEENTECODE = Pattern.compile("GM[0-9]{4}");

  private final RegionKind kind;
  private final String name;
  private final String label;
  private final SortedSet<String> municipalities;

  private Region(RegionKind kind, String name, String label, SortedSet<String> municipalities) {
    this.kind = kind;
    this.name = name;
    this.label = label;
    this.municipalities = Collections.unmodifiableSortedSet(municipalities);
  }

  /**
   * Returns the region {@code name} of {@code kind} made of the gemeenten {@code municipalities},
   * labelled by its name.
   *
   * @throws IllegalArgumentException if the name is blank, there is no gemeente, or a code is not
   *     of the form {@code GMnnnn}
   */
  public static Region of(RegionKind kind, String name, Collection<String> municipalities) {
    return of(kind, name, name, municipalities);
  }

  /**
   * Returns the region {@code name} of {@code kind}, called {@code label}, made of the gemeenten
   * {@code municipalities}; e.g. {@code ("CR17", "Utrecht")} for a COROP region.
   *
   * @throws IllegalArgumentException if the name or label is blank, there is no gemeente, or a
   *     code is not of the form {@code GMnnnn}
   */
  public static Region of(RegionKind kind, String name, String label,
      Collection<String> municipalities) {
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank() || label.isBlank()) {
      throw new IllegalArgumentException("a region needs a name and a label");
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
    return new Region(kind, name, label, new TreeSet<>(municipalities));
  }

  /**
   * Returns the COROP region ({@code CRnn}) or province ({@code PVnn}) {@code code} of {@code
   * hierarchy}, named by its code and labelled by the hierarchy's name for it, with the gemeenten
   * within it.
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
    return of(kind, code, hierarchy.name(code).orElse(code), hierarchy.municipalities().stream()
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

  /**
   * The name that identifies the region in its {@link RegionSet}, e.g. {@code CR17}, or a
   * zorgkantoor region's name in a region file.
   */
  public String name() {
    return name;
  }

  /**
   * What people call the region, to show: e.g. {@code Utrecht} for {@code CR17}; the {@link
   * #name()} for a region from a file.
   */
  public String label() {
    return label;
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
        && label.equals(((Region) other).label)
        && municipalities.equals(((Region) other).municipalities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, label, municipalities);
  }

  /** The kind, name, label and gemeenten, for debugging; the form may change. */
  @Override
  public String toString() {
    return kind + " " + name + (label.equals(name) ? "" : " (" + label + ")") + " "
        + municipalities;
  }
}
