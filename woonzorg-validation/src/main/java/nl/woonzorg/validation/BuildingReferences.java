package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The cross-record check of a stock (<i>gebouwverwijzingen</i>): dwelling records that name a
 * building no building record has (WZ-BLD-06), and buildings whose recorded unit count differs
 * from the number of dwelling records that name them (WZ-BLD-07).
 *
 * <pre>{@code
 * BuildingReferences references = BuildingReferences.of(validator);
 * NdjsonReader.of(DocumentType.BUILDING).read(buildings, b -> references.addBuilding(at(i++), b));
 * NdjsonReader.of(DocumentType.DWELLING).read(stock,
 *     d -> findings.add(at(j), references.checkDwelling(d)));        // WZ-BLD-06, per record
 * Report counts = references.unitCounts();                           // WZ-BLD-07, at the end
 * }</pre>
 *
 * <p><b>Memory.</b> The building records are read first and held as one small entry each (id,
 * pointer, recorded count, dwellings counted); the dwelling records then stream past, each looked
 * up and counted, and none is kept. So memory grows with the number of buildings, not with the
 * number of dwellings — a stock of a million dwellings in twenty thousand buildings holds twenty
 * thousand entries. A dwelling naming a building not yet added is reported as unknown: add every
 * building before the first dwelling.
 *
 * <p>Findings are worded and capped by {@code validator}, and its severity overrides and
 * switched-off rules apply. Not thread-safe: one stock, one reader.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class BuildingReferences {

  /** WZ-BLD-06: a dwelling names a building that the stock has no record of. */
  static final RuleDefinition UNKNOWN_BUILDING = BuiltIn.rule("WZ-BLD-06")
      .severity(Severity.ERROR)
      .rationale("A dwelling's buildingId is how the clustered-housing rules at building level"
          + " reach its homes; an id no building record has leaves the dwelling outside every"
          + " building count, silently.")
      .source("The model's definition of Dwelling.buildingId")
      .example("A dwelling with buildingId complex-9 in a stock whose buildings are complex-1"
          + " and complex-2.")
      .arguments("buildingId")
      .build();

  /** WZ-BLD-07: a building's unit count differs from the dwellings that name it. */
  static final RuleDefinition UNIT_COUNT_DIFFERS = BuiltIn.rule("WZ-BLD-07")
      .severity(Severity.WARNING)
      .rationale("A building's unit count and the dwelling records that name it describe the"
          + " same homes; when they differ one of them is wrong, or the stock sent is not the"
          + " whole stock — which is why this is a warning, not an error.")
      .source("The model's definitions of Building.unitCount and Dwelling.buildingId")
      .example("A building with unitCount 20 named by 18 dwelling records.")
      .arguments("unitCount", "dwellings")
      .build();

  /** The definitions of the rules of this check, for the catalogue. */
  static final List<RuleDefinition> DEFINITIONS = List.of(UNKNOWN_BUILDING, UNIT_COUNT_DIFFERS);

  private final WoonzorgValidator validator;
  private final Map<String, Entry> buildings = new HashMap<>();
  // The buildings in the order added, for the unit-count findings.
  private final List<Entry> order = new ArrayList<>();

  private BuildingReferences(WoonzorgValidator validator) {
    this.validator = validator;
  }

  /** A check with no buildings yet, worded, capped and configured by {@code validator}. */
  public static BuildingReferences of(WoonzorgValidator validator) {
    return new BuildingReferences(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Adds a building record, found at {@code at} in its stream (e.g. {@code /3}). A second record
   * with an id already added is left out: duplicate ids are WZ-ID-01's to report.
   */
  public void addBuilding(JsonPointer at, Building building) {
    Objects.requireNonNull(at, "at");
    Entry entry = new Entry(at, building.getUnitCount().orElse(null));
    if (buildings.putIfAbsent(building.getId(), entry) == null) {
      order.add(entry);
    }
  }

  /**
   * Checks one dwelling record and counts it into its building: a report with a WZ-BLD-06
   * finding at {@code /buildingId} if it names a building not added; empty if it names none.
   */
  public Report checkDwelling(Dwelling dwelling) {
    Collector collector = new Collector(validator);
    dwelling.getBuildingId().ifPresent(id -> {
      Entry entry = buildings.get(id);
      if (entry == null) {
        collector.add(UNKNOWN_BUILDING, JsonPointer.of("buildingId"), id, id);
      } else {
        entry.dwellings++;
      }
    });
    return collector.report(dwelling.getId());
  }

  /**
   * The WZ-BLD-07 findings of the dwellings counted so far: one at {@code /unitCount} below the
   * building's pointer for each building with a recorded unit count that differs from the number
   * of dwelling records naming it, in the order the buildings were added. A building without a
   * recorded count is not judged.
   */
  public Report unitCounts() {
    Collector collector = new Collector(validator);
    for (Entry entry : order) {
      if (entry.unitCount != null && entry.unitCount.longValue() != entry.dwellings) {
        collector.add(UNIT_COUNT_DIFFERS, entry.at.append("unitCount"), entry.unitCount,
            entry.unitCount, entry.dwellings);
      }
    }
    return collector.report(null);
  }

  /** What is held per building. */
  private static final class Entry {
    final JsonPointer at;
    final @Nullable Integer unitCount;
    long dwellings;

    Entry(JsonPointer at, @Nullable Integer unitCount) {
      this.at = at;
      this.unitCount = unitCount;
    }
  }
}
