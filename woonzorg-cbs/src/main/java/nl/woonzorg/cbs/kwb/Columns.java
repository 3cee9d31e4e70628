package nl.woonzorg.cbs.kwb;

import java.util.HashMap;
import java.util.Map;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.cbs.CbsProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * What each column key of a CSV header or a TypedDataSet row is for, matched on the key without
 * its yearly suffix and, when the table's keys are known, checked against them. Each key is
 * worked out and checked once, so a key of another year is one problem, not one per row. Not
 * thread-safe; a read has its own.
 */
final class Columns {

  static final String AREA_CODE = "WijkenEnBuurten";
  static final String PERIOD = "Perioden";
  static final String MUNICIPALITY_NAME = "Gemeentenaam";

  /** The KWB column of each measure, by its key without the suffix. */
  private static final Map<String, PopulationMeasure> MEASURES = Map.of(
      "AantalInwoners", PopulationMeasure.INWONERS,
      "k_0Tot15Jaar", PopulationMeasure.LEEFTIJD_0_TOT_15,
      "k_15Tot25Jaar", PopulationMeasure.LEEFTIJD_15_TOT_25,
      "k_25Tot45Jaar", PopulationMeasure.LEEFTIJD_25_TOT_45,
      "k_45Tot65Jaar", PopulationMeasure.LEEFTIJD_45_TOT_65,
      "k_65JaarOfOuder", PopulationMeasure.LEEFTIJD_65_PLUS,
      "HuishoudensTotaal", PopulationMeasure.HUISHOUDENS,
      "Eenpersoonshuishoudens", PopulationMeasure.EENPERSOONSHUISHOUDENS);

  enum Role { AREA_CODE, PERIOD, NAME, MEASURE, IGNORED }

  record Column(Role role, @Nullable PopulationMeasure measure) {}

  private static final Column IGNORED = new Column(Role.IGNORED, null);

  private final ReadContext context;
  private final Map<String, Column> seen = new HashMap<>();

  Columns(ReadContext context) {
    this.context = context;
  }

  /** The column {@code key}, reporting at {@code where} if the table does not have it. */
  Column of(String key, Where where) {
    Column column = seen.get(key);
    if (column == null) {
      column = match(key, where);
      seen.put(key, column);
    }
    return column;
  }

  private Column match(String key, Where where) {
    // The dimensions have no suffix and are not among the DataProperties' topics.
    if (key.equals(AREA_CODE)) {
      return new Column(Role.AREA_CODE, null);
    }
    if (key.equals(PERIOD)) {
      return new Column(Role.PERIOD, null);
    }
    String base = KwbTable.baseOf(key);
    PopulationMeasure measure = MEASURES.get(base);
    Column column = measure != null ? new Column(Role.MEASURE, measure)
        : base.equals(MUNICIPALITY_NAME) ? new Column(Role.NAME, null) : IGNORED;
    KwbTable table = context.table();
    if (column != IGNORED && !table.dataPropertyKeys().isEmpty()
        && !table.dataPropertyKeys().contains(key)) {
      context.problems().add(where.problem(CbsProblemKind.UNKNOWN_COLUMN,
          "column '" + key + "' is not a key of table " + table.tableId(),
          table.dataPropertyKey(base)
              .map(own -> own + ", the key of " + base + " in its DataProperties")
              .orElse("a key of its DataProperties"),
          key));
      return IGNORED;
    }
    return column;
  }
}
