package nl.woonzorg.cbs.kwb;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.area.AreaType;

/**
 * Checks that the parts of a table add up to their whole (<i>optelcontrole</i>): each gemeente
 * row to its wijken, each wijk row to its buurten, for every count of the whole that is not
 * suppressed.
 *
 * <p>The parts are the rows of the table that lie directly in the whole. The hierarchy does not
 * list wijken and buurten, so the parts present are taken to be all of them: a table cut to some
 * of a gemeente's wijken does not add up, and should not pass, as rolling those wijken up would
 * give the gemeente a smaller figure than its own row. A whole without parts in the table is not
 * checked.
 *
 * <p>With a part suppressed, the sum is not known, only that it is at least the sum of the known
 * parts: that is checked, and the rest is partial coverage, which the analysis reports, not a
 * mismatch. Holds every whole and part it is given; not thread-safe.
 */
final class TotalsCheck {

  private record Whole(AreaPopulation row, Map<PopulationMeasure, Where> cells) {}

  private final AreaHierarchy hierarchy;
  private final Map<String, Whole> wholes = new LinkedHashMap<>();
  private final Map<String, List<AreaPopulation>> partsByWhole = new HashMap<>();

  TotalsCheck(AreaHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** Keeps {@code row}, as a whole, a part or both, with where its counts are. */
  void add(AreaPopulation row, Map<PopulationMeasure, Where> cells) {
    if (row.level() == AreaType.GEMEENTE || row.level() == AreaType.WIJK) {
      // EnumMap's copy constructor refuses an empty map that is not an EnumMap.
      wholes.put(row.areaCode(), new Whole(row, cells.isEmpty() ? Map.of()
          : new EnumMap<>(cells)));
    }
    if (row.level() == AreaType.WIJK || row.level() == AreaType.BUURT) {
      hierarchy.parent(row.areaCode()).ifPresent(whole ->
          partsByWhole.computeIfAbsent(whole, code -> new ArrayList<>()).add(row));
    }
  }

  /**
   * Reports each count of a whole that its parts contradict, at the whole's cell, in the order
   * the wholes were read and, within one, of the measures.
   */
  void report(Problems problems) {
    wholes.forEach((code, whole) -> {
      List<AreaPopulation> parts = partsByWhole.get(code);
      if (parts == null) {
        return;
      }
      for (PopulationMeasure measure : PopulationMeasure.values()) {
        OptionalLong total = value(whole.row(), measure);
        if (total.isPresent()) {
          compare(whole, measure, total.getAsLong(), parts, problems);
        }
      }
    });
  }

  private static void compare(Whole whole, PopulationMeasure measure, long total,
      List<AreaPopulation> parts, Problems problems) {
    BigInteger known = BigInteger.ZERO;
    int knownParts = 0;
    for (AreaPopulation part : parts) {
      OptionalLong value = value(part, measure);
      if (value.isPresent()) {
        known = known.add(BigInteger.valueOf(value.getAsLong()));
        knownParts++;
      }
    }
    BigInteger found = BigInteger.valueOf(total);
    boolean gemeente = whole.row().level() == AreaType.GEMEENTE;
    String what = "the " + measure.getLabelEn() + " of " + whole.row().areaCode();
    // RowAssembler notes the cell of every count it puts in a row.
    Where where = Objects.requireNonNull(whole.cells().get(measure), "cell");
    if (knownParts == parts.size() && known.compareTo(found) != 0) {
      String all = count(parts.size(), gemeente);
      problems.add(where.problem(CbsProblemKind.TOTAL_MISMATCH, what + " are not the sum of its "
          + all, known + ", the sum of its " + all, Long.toString(total)));
    } else if (knownParts < parts.size() && known.compareTo(found) > 0) {
      String shown = count(knownParts, gemeente) + " not suppressed";
      problems.add(where.problem(CbsProblemKind.TOTAL_MISMATCH, what + " are fewer than its "
          + shown + " hold", "at least " + known + ", the sum of its " + shown,
          Long.toString(total)));
    }
  }

  /** E.g. "1 wijk", "3 wijken", "2 buurten". */
  private static String count(int parts, boolean wijken) {
    return parts + (wijken ? parts == 1 ? " wijk" : " wijken" : parts == 1 ? " buurt" : " buurten");
  }

  /** The area's count of {@code measure}; empty if suppressed or not in the table. */
  private static OptionalLong value(AreaPopulation area, PopulationMeasure measure) {
    return area.count(measure).map(Count::value).orElse(OptionalLong.empty());
  }
}
