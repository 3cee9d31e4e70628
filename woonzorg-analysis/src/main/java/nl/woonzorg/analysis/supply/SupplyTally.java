package nl.woonzorg.analysis.supply;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A tally of the supply (<i>aanbod</i>) of homes per area: dwelling records (<i>eenheden</i>)
 * classified into the {@link ProgrammeCategory programme categories} and counted per CBS code of
 * one area level — per <i>gemeente</i>, <i>wijk</i> or <i>buurt</i>, the levels a {@link Dwelling}
 * records. Records without a code at that level are counted apart, not dropped.
 *
 * <p>Build one with {@link #of(AreaType, Iterable)}, or count a stream too large to hold with
 * {@link #builder(AreaType)}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SupplyTally {

  private final AreaType level;
  private final SortedMap<String, AreaSupply> areas;
  private final AreaSupply withoutArea;

  private SupplyTally(AreaType level, SortedMap<String, AreaSupply> areas,
      AreaSupply withoutArea) {
    this.level = level;
    this.areas = Collections.unmodifiableSortedMap(areas);
    this.withoutArea = withoutArea;
  }

  /**
   * Returns the tally of {@code dwellings} per area code of {@code level}.
   *
   * @throws IllegalArgumentException if {@code level} is not {@link AreaType#GEMEENTE}, {@link
   *     AreaType#WIJK} or {@link AreaType#BUURT}
   */
  public static SupplyTally of(AreaType level, Iterable<Dwelling> dwellings) {
    Builder tally = builder(level);
    dwellings.forEach(tally::add);
    return tally.build();
  }

  /**
   * Returns a new, empty builder that counts per area code of {@code level}.
   *
   * @throws IllegalArgumentException if {@code level} is not {@link AreaType#GEMEENTE}, {@link
   *     AreaType#WIJK} or {@link AreaType#BUURT}
   */
  public static Builder builder(AreaType level) {
    return new Builder(level);
  }

  /** The area level counted per, e.g. {@link AreaType#WIJK}. */
  public AreaType level() {
    return level;
  }

  /**
   * The supply per CBS code of the {@link #level()}, ordered by code; only areas with at least one
   * home appear. Unmodifiable.
   */
  public SortedMap<String, AreaSupply> areas() {
    return areas;
  }

  /** The supply of the homes whose record has no code at the {@link #level()}; zero if none. */
  public AreaSupply withoutArea() {
    return withoutArea;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SupplyTally
        && level == ((SupplyTally) other).level
        && areas.equals(((SupplyTally) other).areas)
        && withoutArea.equals(((SupplyTally) other).withoutArea);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, areas, withoutArea);
  }

  /** The level and the supply per area, for debugging; the form may change. */
  @Override
  public String toString() {
    return "SupplyTally per " + level.getCode() + " " + areas + ", without area " + withoutArea;
  }

  /** Counts dwellings one at a time, into a {@link SupplyTally}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final AreaType level;
    private final Function<Dwelling, Optional<String>> areaCode;
    private final SortedMap<String, long[]> areas = new TreeMap<>();
    private final long[] withoutArea = AreaSupply.emptyCounts();

    private Builder(AreaType level) {
      this.level = level;
      this.areaCode = DwellingAreas.codeAt(level);
    }

    /** Counts {@code dwelling} in its area and programme category; returns this builder. */
    public Builder add(Dwelling dwelling) {
      long[] counts = areaCode.apply(dwelling)
          .map(code -> areas.computeIfAbsent(code, key -> AreaSupply.emptyCounts()))
          .orElse(withoutArea);
      AreaSupply.count(counts, dwelling.programmeCategory());
      return this;
    }

    /** The tally of every dwelling added so far; the builder may go on counting. */
    public SupplyTally build() {
      SortedMap<String, AreaSupply> supply = new TreeMap<>();
      areas.forEach((code, counts) -> supply.put(code, AreaSupply.copyOf(counts)));
      return new SupplyTally(level, supply, AreaSupply.copyOf(withoutArea));
    }
  }
}
