package nl.woonzorg.analysis.population;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.area.AreaType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The population of one area (<i>bevolking per gebied</i>): the area's CBS code and level, its name
 * where the source gives one, and a {@link Count} per {@link PopulationMeasure} the source has — a
 * row of a {@link PopulationTable}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AreaPopulation {

  private final String areaCode;
  private final AreaType level;
  private final @Nullable String name;
  private final Map<PopulationMeasure, Count> counts;

  private AreaPopulation(Builder builder) {
    areaCode = builder.areaCode;
    level = builder.level;
    name = builder.name;
    counts = Collections.unmodifiableMap(new EnumMap<>(builder.counts));
  }

  /**
   * Returns a new builder for the area with CBS code {@code areaCode} at {@code level}.
   *
   * @throws IllegalArgumentException if the code does not have the format of the level's CBS
   *     codes ({@code NL00} for {@link AreaType#LAND}), or the level has no CBS codes
   */
  public static Builder builder(String areaCode, AreaType level) {
    return new Builder(areaCode, level);
  }

  /** The CBS code of the area, e.g. {@code "WK036300"}. */
  public String areaCode() {
    return areaCode;
  }

  /** The level of the area, e.g. {@link AreaType#WIJK}. */
  public AreaType level() {
    return level;
  }

  /** The area's name as the source gives it, trimmed; empty if it gives none. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The count of {@code measure}; empty if the source does not have the measure at all. */
  public Optional<Count> count(PopulationMeasure measure) {
    return Optional.ofNullable(counts.get(measure));
  }

  /** Every count the source has, in the measures' order; unmodifiable. */
  public Map<PopulationMeasure, Count> counts() {
    return counts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaPopulation
        && ((AreaPopulation) other).areaCode.equals(areaCode)
        && ((AreaPopulation) other).level == level
        && Objects.equals(((AreaPopulation) other).name, name)
        && ((AreaPopulation) other).counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(areaCode, level, name, counts);
  }

  /** The code, name and counts, for debugging; the form may change. */
  @Override
  public String toString() {
    return areaCode + (name == null ? "" : " " + name) + " " + counts;
  }

  /** Builds an {@link AreaPopulation}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private final String areaCode;
    private final AreaType level;
    private @Nullable String name;
    private final Map<PopulationMeasure, Count> counts = new EnumMap<>(PopulationMeasure.class);

    private Builder(String areaCode, AreaType level) {
      Objects.requireNonNull(areaCode, "areaCode");
      Objects.requireNonNull(level, "level");
      boolean fits = level == AreaType.LAND ? "NL00".equals(areaCode)
          : level.hasCodeFormat(areaCode);
      if (!fits) {
        throw new IllegalArgumentException("CBS codes of a " + level.getCode() + " have the form "
            + (level == AreaType.LAND ? "NL00" : level.codeFormat().orElse("(none)")) + ", not '"
            + areaCode + "'");
      }
      this.areaCode = areaCode;
      this.level = level;
    }

    /** The area's name as the source gives it; surrounding spaces are dropped. */
    public Builder name(String name) {
      this.name = name.strip();
      return this;
    }

    /** Sets the count of {@code measure}, replacing an earlier one. */
    public Builder count(PopulationMeasure measure, Count count) {
      counts.put(Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(count, "count"));
      return this;
    }

    /** Returns the area's population. */
    public AreaPopulation build() {
      return new AreaPopulation(this);
    }
  }
}
