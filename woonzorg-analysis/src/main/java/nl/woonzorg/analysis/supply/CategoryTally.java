package nl.woonzorg.analysis.supply;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A tally of the dwelling stock (<i>woningvoorraad</i>) by {@link StockClassification}: per CBS
 * code of one area level, how many homes count in each {@link SupplyCategory}, and how many homes
 * there are in all. Where {@link SupplyTally} counts the programme's three nested categories, this
 * counts any classification's, which may overlap.
 *
 * <p>The tally also records what it cannot place, so that an analysis never reads a missing count
 * as zero: the gemeenten the stock covers at all ({@link #covers(String)}), the homes of a gemeente
 * whose record has no code at the level ({@link #unplaced()}), and homes without any area.
 *
 * <p>{@link #builder(AreaType, StockClassification)} counts a stream of records one at a time; the
 * memory it takes grows with the number of areas, not of records. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CategoryTally {

  private final AreaType level;
  private final StockClassification classification;
  /** Per area code, the count per category by index and, last, the number of homes. */
  private final SortedMap<String, long[]> areas;
  private final SortedSet<String> covered;
  private final SortedMap<String, Long> unplaced;
  private final long withoutMunicipality;

  private CategoryTally(Builder builder) {
    level = builder.level;
    classification = builder.classification;
    SortedMap<String, long[]> copy = new TreeMap<>();
    List<String> codes = builder.areas.codes();
    for (int index = 0; index < codes.size(); index++) {
      copy.put(codes.get(index), Arrays.copyOfRange(builder.counts, index * builder.slots,
          (index + 1) * builder.slots));
    }
    areas = copy;
    covered = Collections.unmodifiableSortedSet(new TreeSet<>(builder.covered.codes()));
    unplaced = Collections.unmodifiableSortedMap(new TreeMap<>(builder.unplaced));
    withoutMunicipality = builder.withoutMunicipality;
  }

  /**
   * Returns a new, empty builder that counts per area code of {@code level} by {@code
   * classification}.
   *
   * @throws IllegalArgumentException if {@code level} is not {@link AreaType#GEMEENTE}, {@link
   *     AreaType#WIJK} or {@link AreaType#BUURT}
   */
  public static Builder builder(AreaType level, StockClassification classification) {
    return new Builder(level, classification);
  }

  /** The area level counted per. */
  public AreaType level() {
    return level;
  }

  /** The classification counted by. */
  public StockClassification classification() {
    return classification;
  }

  /** The codes of the areas with at least one home, in code order; an immutable set. */
  public SortedSet<String> areas() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(areas.keySet()));
  }

  /**
   * The number of homes in area {@code areaCode} that count in {@code category}; zero if the area
   * has none.
   *
   * @throws IllegalArgumentException if the category is not of the {@link #classification()}
   */
  public long count(String areaCode, SupplyCategory category) {
    int index = classification.categories().indexOf(category);
    if (index < 0) {
      throw new IllegalArgumentException("category " + category + " is not of " + classification);
    }
    long[] counts = areas.get(areaCode);
    return counts == null ? 0 : counts[index];
  }

  /** The number of homes in area {@code areaCode}, in a category or not; zero if none. */
  public long homes(String areaCode) {
    long[] counts = areas.get(areaCode);
    return counts == null ? 0 : counts[counts.length - 1];
  }

  /**
   * Whether the stock has any home in gemeente {@code municipalityCode}: if not, its areas' supply
   * is unknown rather than zero.
   */
  public boolean covers(String municipalityCode) {
    return covered.contains(municipalityCode);
  }

  /** The gemeenten with at least one home, in code order; an immutable set. */
  public SortedSet<String> coveredMunicipalities() {
    return covered;
  }

  /**
   * Per gemeente, the homes whose record names no area at the {@link #level()} and that are
   * therefore in no area's count; unmodifiable.
   */
  public SortedMap<String, Long> unplaced() {
    return unplaced;
  }

  /** The number of homes whose record names no area at all. */
  public long withoutMunicipality() {
    return withoutMunicipality;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof CategoryTally)) {
      return false;
    }
    CategoryTally that = (CategoryTally) other;
    return level == that.level && classification.equals(that.classification)
        && areas.keySet().equals(that.areas.keySet())
        && areas.entrySet().stream().allMatch(
            entry -> Arrays.equals(entry.getValue(), that.areas.get(entry.getKey())))
        && covered.equals(that.covered) && unplaced.equals(that.unplaced)
        && withoutMunicipality == that.withoutMunicipality;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, classification, areas.keySet(), unplaced);
  }

  /** The level and number of areas, for debugging; the form may change. */
  @Override
  public String toString() {
    return "CategoryTally per " + level.getCode() + " of " + areas.size() + " areas";
  }

  /** Counts dwellings one at a time into a {@link CategoryTally}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final AreaType level;
    private final StockClassification classification;
    private final Function<Dwelling, Optional<String>> areaCode;
    private final int slots;
    // Counting is a lookup per record among thousands of areas: by index (see AreaIndex), each
    // area's counts in a row of one array; sorted once, on build.
    private final AreaIndex areas;
    private long[] counts;
    private final AreaIndex covered = new AreaIndex(AreaType.GEMEENTE);
    private final Map<String, Long> unplaced = new HashMap<>();
    private long withoutMunicipality;

    private Builder(AreaType level, StockClassification classification) {
      this.level = Objects.requireNonNull(level, "level");
      this.classification = Objects.requireNonNull(classification, "classification");
      this.areaCode = DwellingAreas.codeAt(level);
      this.slots = classification.categories().size() + 1;
      this.areas = new AreaIndex(level);
      this.counts = new long[slots * 1024];
    }

    /** Counts {@code dwelling} in its area and categories; returns this builder. */
    public Builder add(Dwelling dwelling) {
      String municipality = DwellingAreas.municipality(dwelling);
      if (municipality == null) {
        withoutMunicipality++;
        return this;
      }
      covered.indexOf(municipality);
      Optional<String> code = areaCode.apply(dwelling);
      if (code.isEmpty()) {
        unplaced.merge(municipality, 1L, Long::sum);
        return this;
      }
      int row = areas.indexOf(code.get()) * slots;
      if (row == counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
      long bits = classification.bits(dwelling);
      for (int index = row; bits != 0; index++, bits >>>= 1) {
        counts[index] += bits & 1;
      }
      counts[row + slots - 1]++;
      return this;
    }

    /** The tally of every dwelling added so far; the builder may go on counting. */
    public CategoryTally build() {
      return new CategoryTally(this);
    }
  }
}
