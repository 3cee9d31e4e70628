package nl.woonzorg.cbs.kwb;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.population.TotalMismatch;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.area.AreaType;

/**
 * Locates each {@link TotalMismatch} of a table read whole (<i>optelcontrole</i>) at the whole's
 * cell, so that the rule of what adds up is the analysis's own and the file's reader only says
 * where. Keeps where the counts of each gemeente and wijk are; not thread-safe.
 */
final class TotalsCheck {

  private final AreaHierarchy hierarchy;
  private final Map<String, Map<PopulationMeasure, Where>> wholes = new HashMap<>();

  TotalsCheck(AreaHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /** Keeps where the counts of {@code row} are, if it is a gemeente or wijk. */
  void add(AreaPopulation row, Map<PopulationMeasure, Where> cells) {
    if (row.level() == AreaType.GEMEENTE || row.level() == AreaType.WIJK) {
      // EnumMap's copy constructor refuses an empty map that is not an EnumMap.
      wholes.put(row.areaCode(), cells.isEmpty() ? Map.of() : new EnumMap<>(cells));
    }
  }

  /** Reports each mismatch of {@code table}, in the order of the wholes' codes and measures. */
  void report(PopulationTable table, Consumer<? super CbsProblem> problems) {
    for (TotalMismatch mismatch : TotalMismatch.find(table, hierarchy)) {
      // RowAssembler notes the cell of every count it puts in a row.
      Where where = Objects.requireNonNull(wholes.get(mismatch.areaCode())
          .get(mismatch.measure()), "cell");
      String what = "the " + mismatch.measure().getLabelEn() + " of " + mismatch.areaCode();
      String found = Long.toString(mismatch.total());
      if (mismatch.isPartial()) {
        String shown = parts(mismatch, mismatch.knownParts()) + " not suppressed";
        problems.accept(where.problem(CbsProblemKind.TOTAL_MISMATCH, what + " are fewer than its "
            + shown + " hold", "at least " + mismatch.partsSum() + ", the sum of its " + shown,
            found));
      } else {
        String all = parts(mismatch, mismatch.parts());
        problems.accept(where.problem(CbsProblemKind.TOTAL_MISMATCH, what + " are not the sum of"
            + " its " + all, mismatch.partsSum() + ", the sum of its " + all, found));
      }
    }
  }

  /** E.g. "1 wijk", "3 wijken", "2 buurten". */
  private static String parts(TotalMismatch mismatch, int count) {
    String noun = mismatch.partLevel() == AreaType.WIJK ? "wijk" : "buurt";
    return count + " " + noun + (count == 1 ? "" : "en");
  }
}
