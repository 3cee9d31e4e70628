package nl.woonzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A small {@code ;}-separated file the tool reads (norms, forecast, weights): its lines with
 * fields that know their column, a header that must be as documented, and the problems found,
 * each located as {@code file:line:column: message}. Lines starting with {@code #} are comments.
 * Every problem of the file is collected, up to {@link #LIMIT}, so that one run shows them all.
 */
final class CsvLines {

  /** The most problems listed; the rest are counted. */
  static final int LIMIT = 100;

  private final Path file;
  private final Lang lang;
  private final List<Line> lines = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int more;

  private CsvLines(Path file, Lang lang) {
    this.file = file;
    this.lang = lang;
  }

  /**
   * Reads {@code file}, UTF-8.
   *
   * @throws Failure if the file cannot be read (exit 2)
   */
  static CsvLines read(Path file, Lang lang) {
    CsvLines csv = new CsvLines(file, lang);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
          csv.lines.add(new Line(csv, number, text));
        }
      }
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    }
    return csv;
  }

  /**
   * The lines after the one at {@code index} (counting lines that are not comments from 0), which
   * must be {@code header}; at least one.
   *
   * @throws Failure exit 2 if the header differs or no line follows
   */
  List<Line> rowsAfter(int index, String header) {
    int at = index < lines.size() ? lines.get(index).number : 1;
    if (index >= lines.size() || !lines.get(index).text.strip().equals(header)) {
      problem(at, 1, lang.pick("hier hoort de kopregel '" + header + "'",
          "expected the header '" + header + "' here"));
    } else if (index + 1 == lines.size()) {
      problem(at, 1, lang.pick("geen regels na de kopregel", "no lines after the header"));
    }
    check();
    return lines.subList(index + 1, lines.size());
  }

  /** The first line that is not a comment, if any. */
  Optional<Line> first() {
    return lines.stream().findFirst();
  }

  /** Notes a problem at {@code line}:{@code column}. */
  void problem(int line, int column, String message) {
    if (problems.size() < LIMIT) {
      problems.add(file + ":" + line + ":" + column + ": " + message);
    } else {
      more++;
    }
  }

  /** Ends the command with exit 2 and every problem noted, if any was. */
  void check() {
    if (!problems.isEmpty()) {
      List<String> all = new ArrayList<>(problems);
      if (more > 0) {
        all.add(lang.pick("en nog " + more + " problemen", "and " + more + " more problems"));
      }
      throw Failure.invalid(file, all, lang);
    }
  }

  /** The language problems are told in. */
  Lang lang() {
    return lang;
  }

  /** One line of fields, each with its column. */
  static final class Line {
    private final CsvLines csv;
    private final int number;
    private final String text;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    private Line(CsvLines csv, int number, String text) {
      this.csv = csv;
      this.number = number;
      this.text = text;
      int start = 0;
      while (true) {
        int end = text.indexOf(';', start);
        String field = end < 0 ? text.substring(start) : text.substring(start, end);
        fields.add(field.strip());
        columns.add(start + 1 + field.length() - field.stripLeading().length());
        if (end < 0) {
          break;
        }
        start = end + 1;
      }
    }

    /** Whether the line has {@code width} fields; notes a problem if not. */
    boolean hasWidth(int width) {
      if (fields.size() != width) {
        csv.problem(number, 1, csv.lang.pick("verwacht " + width + " velden, gescheiden door ';',"
            + " gevonden " + fields.size(), "expected " + width + " fields separated by ';', found "
            + fields.size()));
        return false;
      }
      return true;
    }

    /** Field {@code index}, stripped. */
    String field(int index) {
      return fields.get(index);
    }

    /**
     * Field {@code index} as {@code parse} makes it; null after noting {@code what} is expected
     * if {@code parse} throws an {@link IllegalArgumentException} or {@link ArithmeticException}.
     */
    <T> @Nullable T parse(int index, Function<String, T> parse, String what) {
      try {
        return parse.apply(fields.get(index));
      } catch (IllegalArgumentException | ArithmeticException e) {
        problem(index, csv.lang.pick("verwacht " + what + ", gevonden '", "expected " + what
            + ", found '") + fields.get(index) + "'");
        return null;
      }
    }

    /** Notes {@code message} at field {@code index}. */
    void problem(int index, String message) {
      csv.problem(number, columns.get(index), message);
    }
  }
}
