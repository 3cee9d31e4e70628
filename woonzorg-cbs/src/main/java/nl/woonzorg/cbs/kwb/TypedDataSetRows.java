package nl.woonzorg.cbs.kwb;

import java.io.InputStream;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.cbs.CbsProblemKind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads OData v3 {@code TypedDataSet} pages: an object per area, keyed by column key. Holds one
 * row at a time, so memory does not grow with the number of rows.
 */
final class TypedDataSetRows {

  private final JsonPage page;
  private final Columns columns;
  private final RowAssembler row;

  TypedDataSetRows(ReadContext context, String file) {
    this.page = new JsonPage(context, file);
    this.columns = new Columns(context);
    this.row = new RowAssembler(context, "null");
  }

  void read(InputStream in, RowSink sink) {
    page.read(in, (parser, index, at) -> {
      row.begin();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        cell(parser, key, parser.nextToken(), page.at(at.append(key)));
      }
      Where start = page.at(at);
      AreaPopulation area = row.end(start);
      if (area != null) {
        sink.accept(area, start, row.cells());
      }
    });
  }

  private void cell(JsonParser parser, String key, JsonToken token, Where where) {
    Columns.Column column = columns.of(key, where);
    switch (column.role()) {
      case AREA_CODE, PERIOD, NAME -> text(parser, column.role(), token, where);
      case MEASURE -> count(parser, column, key, token, where);
      case IGNORED -> parser.skipChildren();
    }
  }

  private void text(JsonParser parser, Columns.Role role, JsonToken token, Where where) {
    if (token != JsonToken.VALUE_STRING) {
      if (role != Columns.Role.NAME) {
        row.fail(where, CbsProblemKind.SYNTAX, "a " + (role == Columns.Role.AREA_CODE
            ? Columns.AREA_CODE : Columns.PERIOD) + " value is a string", "a JSON string",
            token.toString());
      }
      parser.skipChildren();
      return;
    }
    switch (role) {
      case AREA_CODE -> row.code(parser.getString(), where);
      case PERIOD -> row.period(parser.getString(), where);
      default -> row.name(parser.getString());
    }
  }

  private void count(JsonParser parser, Columns.Column column, String key, JsonToken token,
      Where where) {
    if (token == JsonToken.VALUE_NULL) {
      row.suppressed(column.measure(), key, where);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      row.number(column.measure(), key, parser.getDecimalValue(), parser.getString(), where);
    } else {
      // A string is not a count in a typed data set, even one of digits: it says the file is not
      // what it claims to be.
      row.notANumber(key, token == JsonToken.VALUE_STRING ? "\"" + parser.getString() + "\""
          : token.toString(), where);
      parser.skipChildren();
    }
  }
}
