package nl.woonzorg.cbs.kwb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.analysis.population.AreaPopulation;
import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import nl.woonzorg.model.report.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * Reads the StatLine CSV export line by line: a header of column keys, then a row per line.
 * Holds one line at a time, so memory does not grow with the number of rows.
 */
final class CsvRows {

  private static final char SEPARATOR = ';';
  private static final char QUOTE = '"';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A field's text, unquoted, and the column of its first character, from 1. */
  private record Field(String text, int column) {}

  private final ReadContext context;
  private final String file;
  private final Columns columns;
  private final RowAssembler row;
  private final List<String> headerKeys = new ArrayList<>();

  CsvRows(ReadContext context, String file) {
    this.context = context;
    this.file = file;
    this.columns = new Columns(context);
    this.row = new RowAssembler(context, "'.'");
  }

  void read(BufferedReader reader, RowSink sink) throws IOException {
    int lineNumber = 0;
    @Nullable List<Columns.Column> header = null;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      List<Field> fields = fields(line, lineNumber);
      if (fields == null) {
        continue;
      }
      if (header == null) {
        header = header(fields, lineNumber);
        if (header == null) {
          return;
        }
      } else {
        row(header, fields, lineNumber, sink);
      }
    }
  }

  private @Nullable List<Columns.Column> header(List<Field> fields, int lineNumber) {
    List<Columns.Column> header = new ArrayList<>();
    for (Field field : fields) {
      headerKeys.add(field.text().strip());
      header.add(columns.of(field.text().strip(), at(lineNumber, field.column())));
    }
    if (header.stream().noneMatch(column -> column.role() == Columns.Role.AREA_CODE)) {
      context.problems().add(CbsProblem.at(CbsProblemKind.SYNTAX, file,
          SourcePosition.of(lineNumber, 1), "the header has no " + Columns.AREA_CODE + " column",
          "a header of column keys with " + Columns.AREA_CODE, String.join(";",
              fields.stream().map(Field::text).toList())));
      return null;
    }
    return header;
  }

  private void row(List<Columns.Column> header, List<Field> fields, int lineNumber,
      RowSink sink) {
    Where start = at(lineNumber, 1);
    if (fields.size() != header.size()) {
      context.problems().add(start.problem(CbsProblemKind.SYNTAX, "the line has "
          + fields.size() + " fields and the header " + header.size(), header.size() + " fields",
          fields.size() + " fields"));
      return;
    }
    row.begin();
    for (int i = 0; i < fields.size(); i++) {
      Columns.Column column = header.get(i);
      Field field = fields.get(i);
      Where where = at(lineNumber, field.column());
      switch (column.role()) {
        case AREA_CODE -> row.code(field.text(), where);
        case PERIOD -> row.period(field.text(), where);
        case NAME -> row.name(field.text());
        case MEASURE -> row.text(column.measure(), headerKeys.get(i), field.text(), where);
        case IGNORED -> { }
      }
    }
    AreaPopulation area = row.end(start);
    if (area != null) {
      sink.accept(area, start, row.cells());
    }
  }

  /** The fields of {@code line}; null, with a problem, if a quoted field is not closed. */
  private @Nullable List<Field> fields(String line, int lineNumber) {
    List<Field> fields = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int start = 0;
    int quoteAt = -1;
    for (int i = 0; i <= line.length(); i++) {
      char c = i < line.length() ? line.charAt(i) : SEPARATOR;
      if (quoteAt >= 0) {
        if (i == line.length()) {
          context.problems().add(CbsProblem.at(CbsProblemKind.SYNTAX, file,
              SourcePosition.of(lineNumber, quoteAt + 1), "a quoted field is not closed",
              "a closing \" on the same line", line.substring(quoteAt)));
          return null;
        }
        if (c != QUOTE) {
          text.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
          text.append(QUOTE);
          i++;
        } else {
          quoteAt = -1;
        }
      } else if (c == QUOTE && text.toString().isBlank()) {
        quoteAt = i;
        text.setLength(0);
      } else if (c == SEPARATOR) {
        fields.add(new Field(text.toString(), start + 1));
        text.setLength(0);
        start = i + 1;
      } else {
        text.append(c);
      }
    }
    return fields;
  }

  private Where at(int line, int column) {
    return (kind, message, expected, found) ->
        CbsProblem.at(kind, file, SourcePosition.of(line, column), message, expected, found);
  }
}
