package nl.woonzorg.analysis.population;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.woonzorg.model.area.AreaType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A population table (<i>bevolkingstabel</i>): the {@link AreaPopulation} of each area of one
 * source, such as a year's CBS <i>Kerncijfers wijken en buurten</i>, by CBS area code, with the
 * {@link PopulationSource} every figure in it comes from.
 *
 * <p>A table holds each area once. Build one with {@link #builder(PopulationSource)}; a reader that
 * streams a national table of some 17,000 rows can hand them to a builder or process them one by
 * one without ever making a table.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PopulationTable {

  private final PopulationSource source;
  private final SortedMap<String, AreaPopulation> rows;

  private PopulationTable(PopulationSource source, SortedMap<String, AreaPopulation> rows) {
    this.source = source;
    this.rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
  }

  /** Returns a new, empty builder of a table of {@code source}. */
  public static Builder builder(PopulationSource source) {
    return new Builder(source);
  }

  /** Where every figure of this table comes from. */
  public PopulationSource source() {
    return source;
  }

  /** Every area's population by CBS code, in code order; unmodifiable. */
  public SortedMap<String, AreaPopulation> rows() {
    return rows;
  }

  /** The population of the area with CBS code {@code areaCode}; empty if the table has none. */
  public Optional<AreaPopulation> row(String areaCode) {
    return Optional.ofNullable(rows.get(Objects.requireNonNull(areaCode, "areaCode")));
  }

  /** The rows of the areas at {@code level}, in code order; an immutable list. */
  public List<AreaPopulation> rows(AreaType level) {
    return rows.values().stream().filter(row -> row.level() == level).toList();
  }

  /**
   * The measures whose figure is suppressed in the area {@code areaCode}; empty if none is, or
   * the table has no such area. An immutable set.
   */
  public Set<PopulationMeasure> suppressed(String areaCode) {
    Set<PopulationMeasure> suppressed = EnumSet.noneOf(PopulationMeasure.class);
    row(areaCode).ifPresent(row -> row.counts().forEach((measure, count) -> {
      if (count.isSuppressed()) {
        suppressed.add(measure);
      }
    }));
    return Collections.unmodifiableSet(suppressed);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PopulationTable
        && ((PopulationTable) other).source.equals(source)
        && ((PopulationTable) other).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, rows);
  }

  /** The source and the number of rows, for debugging; the form may change. */
  @Override
  public String toString() {
    return "PopulationTable " + source.tableId() + " of " + rows.size() + " areas";
  }

  /** Builds a {@link PopulationTable} row by row; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final PopulationSource source;
    private final SortedMap<String, AreaPopulation> rows = new TreeMap<>();

    private Builder(PopulationSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds the population of one area; returns this builder.
     *
     * @throws IllegalArgumentException if the table already has a row of the area
     */
    public Builder add(AreaPopulation row) {
      if (rows.putIfAbsent(row.areaCode(), row) != null) {
        throw new IllegalArgumentException("table " + source.tableId() + " already has a row of "
            + row.areaCode());
      }
      return this;
    }

    /** Returns the table of the rows added so far; the builder may go on adding. */
    public PopulationTable build() {
      return new PopulationTable(source, rows);
    }
  }
}
