package nl.woonzorg.analysis.population;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.area.AreaType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A count of a whole that its parts in a population table contradict (<i>optelfout</i>): a
 * gemeente's that is not the sum of its wijken, or a wijk's not of its buurten.
 *
 * <p>The parts are the rows of the table that lie directly in the whole. The hierarchy does not
 * list wijken and buurten, so the parts present are taken to be all of them: a table with some of
 * a gemeente's wijken does not add up, and rolling those wijken up would understate the gemeente.
 * With a part suppressed the sum is not known, only that it is at least the sum of the known
 * parts: a whole below that is a mismatch ({@link #isPartial()}), a whole above it is partial
 * coverage, not a mismatch. A whole without parts in the table, or suppressed, is not checked.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TotalMismatch {

  private final String areaCode;
  private final AreaType partLevel;
  private final PopulationMeasure measure;
  private final int parts;
  private final int knownParts;
  private final BigInteger partsSum;
  private final long total;

  private TotalMismatch(String areaCode, AreaType partLevel, PopulationMeasure measure, int parts,
      int knownParts, BigInteger partsSum, long total) {
    this.areaCode = areaCode;
    this.partLevel = partLevel;
    this.measure = measure;
    this.parts = parts;
    this.knownParts = knownParts;
    this.partsSum = partsSum;
    this.total = total;
  }

  /**
   * Every mismatch of {@code table}, whose parts' wholes {@code hierarchy} gives, in the order of
   * the wholes' codes and, within one, of the measures; an immutable list, empty if it adds up.
   *
   * @throws nl.woonzorg.analysis.region.UnknownAreaException if a wijk or buurt of the table is
   *     not in {@code hierarchy}
   */
  public static List<TotalMismatch> find(PopulationTable table, AreaHierarchy hierarchy) {
    Objects.requireNonNull(hierarchy, "hierarchy");
    Map<String, List<AreaPopulation>> partsByWhole = new HashMap<>();
    for (AreaPopulation row : table.rows().values()) {
      if (row.level() == AreaType.WIJK || row.level() == AreaType.BUURT) {
        hierarchy.parent(row.areaCode()).ifPresent(whole ->
            partsByWhole.computeIfAbsent(whole, code -> new ArrayList<>()).add(row));
      }
    }
    List<TotalMismatch> mismatches = new ArrayList<>();
    for (AreaPopulation whole : table.rows().values()) {
      List<AreaPopulation> parts = partsByWhole.get(whole.areaCode());
      if (parts == null) {
        continue;
      }
      for (PopulationMeasure measure : PopulationMeasure.values()) {
        OptionalLong total = value(whole, measure);
        if (total.isPresent()) {
          compare(whole, measure, total.getAsLong(), parts, mismatches);
        }
      }
    }
    return List.copyOf(mismatches);
  }

  private static void compare(AreaPopulation whole, PopulationMeasure measure, long total,
      List<AreaPopulation> parts, List<TotalMismatch> mismatches) {
    BigInteger known = BigInteger.ZERO;
    int knownParts = 0;
    for (AreaPopulation part : parts) {
      OptionalLong value = value(part, measure);
      if (value.isPresent()) {
        known = known.add(BigInteger.valueOf(value.getAsLong()));
        knownParts++;
      }
    }
    int order = known.compareTo(BigInteger.valueOf(total));
    if (knownParts == parts.size() ? order != 0 : order > 0) {
      mismatches.add(new TotalMismatch(whole.areaCode(), parts.get(0).level(), measure,
          parts.size(), knownParts, known, total));
    }
  }

  /** The area's count of {@code measure}; empty if suppressed or not in the table. */
  private static OptionalLong value(AreaPopulation area, PopulationMeasure measure) {
    return area.count(measure).map(Count::value).orElse(OptionalLong.empty());
  }

  /** The code of the whole, e.g. {@code GM0050}. */
  public String areaCode() {
    return areaCode;
  }

  /** The level of the parts: {@link AreaType#WIJK} or {@link AreaType#BUURT}. */
  public AreaType partLevel() {
    return partLevel;
  }

  /** The measure whose count does not add up. */
  public PopulationMeasure measure() {
    return measure;
  }

  /** How many parts the whole has in the table. */
  public int parts() {
    return parts;
  }

  /** How many of them have a count of the measure, not suppressed. */
  public int knownParts() {
    return knownParts;
  }

  /** Whether some parts are suppressed: the whole is then below what the others alone hold. */
  public boolean isPartial() {
    return knownParts < parts;
  }

  /** The sum of the known parts: what the whole should be, or at least be if partial. */
  public BigInteger partsSum() {
    return partsSum;
  }

  /** The whole's own count. */
  public long total() {
    return total;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof TotalMismatch)) {
      return false;
    }
    TotalMismatch that = (TotalMismatch) other;
    return areaCode.equals(that.areaCode) && partLevel == that.partLevel
        && measure == that.measure && parts == that.parts && knownParts == that.knownParts
        && partsSum.equals(that.partsSum) && total == that.total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(areaCode, measure, partsSum, total);
  }

  /** E.g. {@code GM0050 INWONERS: 21300, parts 21301 (3 of 3 known)}; the form may change. */
  @Override
  public String toString() {
    return areaCode + " " + measure + ": " + total + ", parts " + partsSum + " (" + knownParts
        + " of " + parts + " known)";
  }
}
