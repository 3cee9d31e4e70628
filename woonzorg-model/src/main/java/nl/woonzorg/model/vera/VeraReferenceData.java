package nl.woonzorg.model.vera;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;

/**
 * The bundled release of the VERA reference data (<i>VERA Referentiedata</i>), release
 * {@value #RELEASE}, restricted to the lists of {@link VeraCodeList}.
 *
 * <p>The data is read from the class path on first use, once, and then shared; every method is
 * thread-safe and, after the first call, cheap. The file is part of this library and checked by its
 * tests, so reading it does not fail in practice.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class VeraReferenceData {

  /** The VERA release the bundled data comes from: {@value}. */
  public static final String RELEASE = "v4.3.260403";

  static final String RESOURCE = "Referentiedata_" + RELEASE + ".csv";

  private static final String HEADER =
      "Soort;Code;Naam;Omschrijving;Begindatum;Einddatum;Parent;Informatiedomein";
  private static final int COLUMNS = 8;
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");

  private VeraReferenceData() {}

  /** Returns the VERA release the bundled data comes from, {@value #RELEASE}. */
  public static String release() {
    return RELEASE;
  }

  /**
   * Returns every row of {@code list}, end-dated ones included, in the release's order; an
   * immutable list, empty only if the release has no row of that list.
   */
  public static List<VeraEntry> entries(VeraCodeList list) {
    Objects.requireNonNull(list, "list");
    return Bundled.INDEX.entries(list);
  }

  /**
   * Returns the row of {@code list} with {@code code}, or empty if there is none. Where the release
   * has the code more than once, the live row wins; among end-dated rows, the one that ended last.
   */
  public static Optional<VeraEntry> find(VeraCodeList list, String code) {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(code, "code");
    return Bundled.INDEX.find(list, code);
  }

  /** Holds the bundled data; the JVM initialises it, once, on first use. */
  private static final class Bundled {
    static final Index INDEX = new Index(load());

    private static List<VeraEntry> load() {
      InputStream in = VeraReferenceData.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled VERA reference data " + RESOURCE
            + " is missing from the class path next to " + VeraReferenceData.class.getName());
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(reader, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled VERA reference data " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads VERA reference data in the release's CSV format: UTF-8 text, {@code ;}-separated, no
   * quoting, the eight columns of {@code HEADER}, dates as {@code d-m-yyyy} with or without zero
   * padding. Rows of lists outside {@link VeraCodeList} are skipped, so the full release file
   * reads as well as the bundled extract.
   *
   * @param source names the input in error messages
   * @throws IllegalStateException naming the source and line number if a line is malformed
   * @throws IOException if reading fails
   */
  static List<VeraEntry> parse(Reader reader, String source) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String header = lines.readLine();
    if (!HEADER.equals(header)) {
      throw new IllegalStateException(
          source + " line 1: expected the header '" + HEADER + "' but found '" + header + "'");
    }
    List<VeraEntry> entries = new ArrayList<>();
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split(";", -1);
      if (fields.length != COLUMNS) {
        throw malformed(
            source, number, "expected " + COLUMNS + " fields but found " + fields.length);
      }
      Optional<VeraCodeList> list = Codes.find(VeraCodeList.class, fields[0]);
      if (list.isPresent()) {
        entries.add(entry(list.get(), fields, source, number));
      }
    }
    return List.copyOf(entries);
  }

  private static VeraEntry entry(VeraCodeList list, String[] fields, String source, int number) {
    String code = fields[1];
    String name = fields[2];
    if (code.isBlank() || name.isBlank()) {
      throw malformed(source, number, "Code and Naam must not be blank");
    }
    Optional<LocalDate> begin = date(fields[4], "Begindatum", source, number);
    Optional<LocalDate> end = date(fields[5], "Einddatum", source, number);
    try {
      return VeraEntry.builder()
          .codeList(list)
          .code(code)
          .name(name)
          .description(optional(fields[3]))
          .beginDate(begin)
          .endDate(end)
          .parent(optional(fields[6]))
          .build();
    } catch (IllegalStateException e) {
      throw malformed(source, number, e.getMessage());
    }
  }

  private static Optional<String> optional(String field) {
    return field.isBlank() ? Optional.empty() : Optional.of(field);
  }

  private static Optional<LocalDate> date(
      String field, String column, String source, int number) {
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Matcher date = DATE.matcher(field);
    if (date.matches()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)),
            Integer.parseInt(date.group(2)), Integer.parseInt(date.group(1))));
      } catch (DateTimeException e) {
        throw malformed(source, number, column + " '" + field + "' is not a calendar date");
      }
    }
    throw malformed(source, number, column + " '" + field + "' is not a date in the form d-m-yyyy");
  }

  private static IllegalStateException malformed(String source, int number, String problem) {
    return new IllegalStateException(source + " line " + number + ": " + problem);
  }

  /** The rows of each list, and per list the row {@link #find} returns for each code. */
  private static final class Index {
    /** Live above end-dated; among end-dated rows, the later end date above the earlier. */
    private static final Comparator<VeraEntry> PREFERENCE =
        Comparator.comparing((VeraEntry entry) -> entry.getEndDate().orElse(LocalDate.MAX));

    private final Map<VeraCodeList, List<VeraEntry>> byList = new EnumMap<>(VeraCodeList.class);
    private final Map<VeraCodeList, Map<String, VeraEntry>> byCode =
        new EnumMap<>(VeraCodeList.class);

    Index(List<VeraEntry> entries) {
      for (VeraCodeList list : VeraCodeList.values()) {
        List<VeraEntry> rows =
            entries.stream().filter(entry -> entry.getCodeList() == list).toList();
        Map<String, VeraEntry> preferred = new LinkedHashMap<>();
        for (VeraEntry row : rows) {
          preferred.merge(row.getCode(), row, (a, b) -> PREFERENCE.compare(a, b) >= 0 ? a : b);
        }
        byList.put(list, rows);
        byCode.put(list, Map.copyOf(preferred));
      }
    }

    List<VeraEntry> entries(VeraCodeList list) {
      return byList.get(list);
    }

    Optional<VeraEntry> find(VeraCodeList list, String code) {
      return Optional.ofNullable(byCode.get(list).get(code));
    }
  }
}
