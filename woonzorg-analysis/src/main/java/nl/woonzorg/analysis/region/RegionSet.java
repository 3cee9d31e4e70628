package nl.woonzorg.analysis.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A set of regions by name (<i>regio-indeling</i>): the bundled COROP regions and provinces
 * ({@link #bundled()}), or the zorgkantoor regions, woondeal regions or any other sets of
 * gemeenten of a file the user gives ({@link #parse}). The file is CSV in UTF-8, one line per
 * gemeente in a region, under the header {@code soort,regio,gemeentecode}:
 *
 * <pre>
 * soort,regio,gemeentecode
 * ZORGKANTOORREGIO,Voorbeeldregio Noord,GM0014
 * ZORGKANTOORREGIO,Voorbeeldregio Noord,GM0034
 * EIGEN,"Kernen A, B en C",GM0050
 * </pre>
 *
 * <p>{@code soort} is a {@link RegionKind} code; {@code regio} the region's name, which may be
 * quoted ({@code "…"}, a quote inside doubled) if it holds a comma; {@code gemeentecode} a CBS code
 * {@code GMnnnn}. A region's lines need not be together, but a name has one kind. Blank lines are
 * skipped. Gemeentecodes are checked for their form only, as a region file may be of another
 * year's indeling than the bundled list: {@link #unknownIn(AreaHierarchy)} lists the codes a
 * hierarchy does not hold.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegionSet {

  /** The header a region file starts with. */
  public static final String HEADER = "soort,regio,gemeentecode";

  private final Map<String, Region> regions;

  private RegionSet(Map<String, Region> regions) {
    this.regions = regions;
  }

  /** Initialised on first use; the JVM's class initialisation makes that lazy, once and safe. */
  private static final class Bundled {
    static final RegionSet REGIONS = of(AreaHierarchy.netherlands());
  }

  /**
   * The regions of the bundled hierarchy ({@link AreaHierarchy#netherlands()}): its 40 COROP
   * regions, then its 12 provinces, each named by its CBS code ({@code CRnn}, {@code PVnn}) and
   * labelled by its CBS name. Zorgkantoor and woondeal regions are not among them: no membership
   * list of the bundled year was found to bundle (the {@code README.md} of this package's
   * resources says where was looked), so they are read from a file ({@link #parse}).
   */
  public static RegionSet bundled() {
    return Bundled.REGIONS;
  }

  /** The COROP regions, then the provinces, of {@code hierarchy}, each by its CBS code. */
  public static RegionSet of(AreaHierarchy hierarchy) {
    List<Region> regions = new ArrayList<>();
    hierarchy.corops().forEach(code -> regions.add(Region.of(hierarchy, code)));
    hierarchy.provinces().forEach(code -> regions.add(Region.of(hierarchy, code)));
    return of(regions);
  }

  /** Returns the set of {@code regions}, each by its name. */
  public static RegionSet of(Collection<Region> regions) {
    Map<String, Region> byName = new LinkedHashMap<>();
    for (Region region : regions) {
      if (byName.putIfAbsent(region.name(), region) != null) {
        throw new IllegalArgumentException("two regions are named " + region.name());
      }
    }
    return new RegionSet(byName);
  }

  /**
   * Reads the regions of the CSV file {@code reader}, named {@code source} in messages.
   *
   * @throws RegionFileException with the line and column of what is wrong
   * @throws UncheckedIOException if reading fails
   */
  public static RegionSet parse(String source, Reader reader) {
    return parse(source, reader, null);
  }

  /**
   * Reads the regions of the CSV file {@code reader}, named {@code source} in messages, as {@link
   * #parse(String, Reader)} does, and also refuses a gemeentecode that {@code hierarchy} does not
   * hold: where the regions are sums of an analysis over that hierarchy, such a gemeente could
   * never have a row, and its region would be partial for want of the right file.
   *
   * @throws RegionFileException with the line and column of what is wrong
   * @throws UncheckedIOException if reading fails
   * @since 0.2.0
   */
  public static RegionSet parse(String source, Reader reader, @Nullable AreaHierarchy hierarchy) {
    Map<String, RegionKind> kinds = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    try {
      BufferedReader lines = new BufferedReader(reader);
      String header = lines.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (!HEADER.equals(header)) {
        throw new RegionFileException(source, 1, 1, "expected the header '" + HEADER
            + "', found " + (header == null ? "an empty file" : "'" + header + "'"));
      }
      int number = 1;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> fields = fields(source, number, line, spans);
        if (fields.size() != 3) {
          throw new RegionFileException(source, number, 1, "expected 3 fields (" + HEADER
              + "), found " + fields.size());
        }
        RegionKind kind;
        try {
          kind = RegionKind.valueOf(fields.get(0));
        } catch (IllegalArgumentException e) {
          throw new RegionFileException(source, number, spans.get(0)[0], "expected a kind of"
              + " region (" + RegionKind.codes() + "), found '" + fields.get(0) + "'");
        }
        String name = fields.get(1).strip();
        if (name.isEmpty()) {
          throw new RegionFileException(source, number, spans.get(1)[0], "a region needs a name");
        }
        String code = fields.get(2).strip();
        if (!Region.isGemeentecode(code)) {
          throw new RegionFileException(source, number, spans.get(2)[0], "expected a"
              + " gemeentecode (GMnnnn), found '" + code + "'");
        }
        if (hierarchy != null) {
          try {
            hierarchy.level(code);
          } catch (UnknownAreaException e) {
            throw new RegionFileException(source, number, spans.get(2)[0], e.getMessage());
          }
        }
        RegionKind before = kinds.putIfAbsent(name, kind);
        if (before != null && before != kind) {
          throw new RegionFileException(source, number, spans.get(0)[0], "region " + name
              + " is " + before + " on line " + firstLine.get(name) + ", not " + kind);
        }
        firstLine.putIfAbsent(name, number);
        List<String> codes = members.computeIfAbsent(name, key -> new ArrayList<>());
        if (codes.contains(code)) {
          throw new RegionFileException(source, number, spans.get(2)[0], code
              + " is listed twice in region " + name);
        }
        codes.add(code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    Map<String, Region> regions = new LinkedHashMap<>();
    members.forEach((name, codes) -> regions.put(name, Region.of(kinds.get(name), name, codes)));
    return new RegionSet(regions);
  }

  /** The fields of one CSV line, and in {@code spans} the column (from 1) each starts at. */
  private static List<String> fields(String source, int number, String line, List<int[]> spans) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      spans.add(new int[] {i + 1});
      StringBuilder field = new StringBuilder();
      if (i < line.length() && line.charAt(i) == '"') {
        int open = i;
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new RegionFileException(source, number, open + 1, "a quote opened here is"
                + " not closed");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new RegionFileException(source, number, i + 1, "expected a comma after the"
              + " closing quote, found '" + line.charAt(i) + "'");
        }
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? line.length() : comma;
        field.append(line, i, end);
        i = end;
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      i++;
    }
  }

  /** The regions, in the order of the file. */
  public List<Region> regions() {
    return List.copyOf(regions.values());
  }

  /** The region named {@code name}; empty if there is none. */
  public Optional<Region> find(String name) {
    return Optional.ofNullable(regions.get(Objects.requireNonNull(name, "name")));
  }

  /** The regions of {@code kind}, in the order of the set. */
  public List<Region> regions(RegionKind kind) {
    Objects.requireNonNull(kind, "kind");
    return regions.values().stream().filter(region -> region.kind() == kind).toList();
  }

  /**
   * The regions a person may mean by {@code text}: the one named so, else every region whose
   * {@linkplain Region#label() label} is {@code text} ignoring case — more than one if labels
   * repeat, as {@code Utrecht} does for COROP region {@code CR17} and province {@code PV26}. The
   * caller decides what to do with none or several; nothing is guessed.
   */
  public List<Region> lookup(String text) {
    Objects.requireNonNull(text, "text");
    Region named = regions.get(text);
    if (named != null) {
      return List.of(named);
    }
    return regions.values().stream()
        .filter(region -> region.label().equalsIgnoreCase(text.strip())).toList();
  }

  /** The gemeentecodes of any region that {@code hierarchy} does not hold, in code order. */
  public SortedSet<String> unknownIn(AreaHierarchy hierarchy) {
    SortedSet<String> unknown = new TreeSet<>();
    regions.values().forEach(region -> region.municipalities().stream()
        .filter(code -> !hierarchy.isKnown(code))
        .forEach(unknown::add));
    return unknown;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RegionSet && regions.equals(((RegionSet) other).regions);
  }

  @Override
  public int hashCode() {
    return regions.hashCode();
  }

  /** The regions, for debugging; the form may change. */
  @Override
  public String toString() {
    return "regions " + regions.values();
  }
}
