package nl.woonzorg.cbs.kwb;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.report.JsonPointer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads OData v4 {@code Observations} pages: an object per area and measure, which this reader
 * turns into a row per area. CBS does not promise the observations of one area come together, so
 * each area's row is kept until the last page: memory grows with the number of areas (about
 * 17,000 for the whole country), not with the number of observations.
 */
final class ObservationRows {

  private static final String MEASURE = "Measure";
  private static final String VALUE = "Value";

  /** An area's row being assembled, and where its first observation is. */
  private record Area(RowAssembler row, Where first) {}

  private final ReadContext context;
  private final Map<String, Area> areas = new LinkedHashMap<>();

  ObservationRows(ReadContext context) {
    this.context = context;
  }

  /** Reads one page; rows come out of {@link #finish(RowSink)}, after the last. */
  void read(String file, InputStream in) {
    JsonPage page = new JsonPage(context, file);
    page.read(in, (parser, index, at) -> observation(parser, page, at));
  }

  /** One observation: its members in any order, then the value put in its area's row. */
  private void observation(JsonParser parser, JsonPage page, JsonPointer at) {
    String measure = null;
    String code = null;
    String period = null;
    JsonToken value = null;
    BigDecimal number = null;
    String written = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      JsonToken token = parser.nextToken();
      if (key.equals(VALUE)) {
        value = token;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          number = parser.getDecimalValue();
        }
        written = token == JsonToken.VALUE_STRING ? "\"" + parser.getString() + "\""
            : token.isScalarValue() ? parser.getString() : token.toString();
      } else if (token == JsonToken.VALUE_STRING && key.equals(MEASURE)) {
        measure = parser.getString().strip();
      } else if (token == JsonToken.VALUE_STRING && key.equals(Columns.AREA_CODE)) {
        code = parser.getString();
      } else if (token == JsonToken.VALUE_STRING && key.equals(Columns.PERIOD)) {
        period = parser.getString();
      }
      parser.skipChildren();
    }
    Where whole = page.at(at);
    if (measure == null || code == null || value == null) {
      context.problems().add(whole.problem(CbsProblemKind.SYNTAX, "an observation has a "
          + MEASURE + ", a " + Columns.AREA_CODE + " and a " + VALUE, "the three members",
          (measure == null ? MEASURE + " missing " : "")
              + (code == null ? Columns.AREA_CODE + " missing " : "")
              + (value == null ? VALUE + " missing" : "")));
      return;
    }
    PopulationMeasure read = context.table().measureCodes().get(measure);
    if (read == null) {
      return;
    }
    RowAssembler row = area(code, page.at(at.append(Columns.AREA_CODE)), whole).row();
    if (row.isBad()) {
      return;
    }
    if (period != null) {
      row.period(period, page.at(at.append(Columns.PERIOD)));
    }
    Where cell = page.at(at.append(VALUE));
    if (value == JsonToken.VALUE_NULL) {
      row.suppressed(read, measure, cell);
    } else if (number != null) {
      row.number(read, measure, number, String.valueOf(written), cell);
    } else {
      row.notANumber(measure, written, cell);
    }
  }

  private Area area(String code, Where codeAt, Where first) {
    // No padding in v4, says CBS; stripping anyway keeps one row per area if a page has some.
    return areas.computeIfAbsent(code.strip(), stripped -> {
      RowAssembler row = new RowAssembler(context, "null");
      row.begin();
      row.code(code, codeAt);
      return new Area(row, first);
    });
  }

  /** Hands on each area's row, in the order the areas first appeared. */
  void finish(RowSink sink) {
    areas.values().forEach(area -> {
      AreaPopulation row = area.row().end(area.first());
      if (row != null) {
        sink.accept(row, area.first(), area.row().cells());
      }
    });
    areas.clear();
  }
}
