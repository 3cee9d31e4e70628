package nl.woonzorg.model.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the CSV files bundled with this package: UTF-8, one header line, a fixed number of fields
 * per line, a field quoted where it holds a comma. A malformed file is a packaging defect, so it
 * fails with an {@link IllegalStateException} that names the file and the line.
 */
final class BundledCsv {

  private BundledCsv() {}

  /** Reads resource {@code resource} next to this class and turns each line into a value. */
  static <T> List<T> load(String resource, String header, int fieldCount,
      Function<List<String>, T> row) {
    InputStream in = BundledCsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader, resource, header, fieldCount, row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Parses the CSV: the header line, then {@code fieldCount} fields per line, each line turned
   * into a value by {@code row}; empty lines are skipped.
   *
   * @throws IllegalStateException naming {@code resource} and the line if the header or a line is
   *     malformed, or if {@code row} throws an {@link IllegalStateException} or {@link
   *     IllegalArgumentException} on it
   */
  static <T> List<T> parse(BufferedReader reader, String resource, String header, int fieldCount,
      Function<List<String>, T> row) throws IOException {
    String found = reader.readLine();
    if (!header.equals(found)) {
      throw new IllegalStateException(
          resource + " line 1: expected header '" + header + "', found '" + found + "'");
    }
    List<T> result = new ArrayList<>();
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      List<String> fields = fields(resource, line, lineNumber);
      if (fields.size() != fieldCount) {
        throw new IllegalStateException(resource + " line " + lineNumber + ": expected "
            + fieldCount + " fields, found " + fields.size() + ": " + line);
      }
      try {
        result.add(row.apply(fields));
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new IllegalStateException(
            resource + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static List<String> fields(String resource, String line, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException(
          resource + " line " + lineNumber + ": unterminated quoted field: " + line);
    }
    fields.add(field.toString());
    return fields;
  }
}
