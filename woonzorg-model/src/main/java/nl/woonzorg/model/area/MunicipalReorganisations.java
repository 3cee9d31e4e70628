package nl.woonzorg.model.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The bundled CBS history of municipal reorganisations (<i>gemeentelijke herindelingen</i>) from
 * <b>1 January 2018</b>: every gemeente dissolved since then, with the day its code stopped
 * holding and the gemeenten that took over its territory. With it a CBS gemeentecode can be judged
 * <i>as of a date</i>: Ten Boer ({@code GM0009}) is right in a document of 2018 and out of date in
 * one of 2019, when it became part of Groningen ({@code GM0014}).
 *
 * <p>The history also knows the gemeenten a reorganisation created (<i>ingesteld</i>) since that
 * day, with the day their code came into force: Voorne aan Zee ({@code GM1992}) exists from 1
 * January 2023, so its code is out of place in a document of 2019 ({@link #establishedOn(String)},
 * {@link #predecessors(String)}). A gemeente that took others in and kept its code, as Groningen
 * did in 2019, was not created and has no start date here.
 *
 * <p>The history ends where the bundled list of {@link Municipalities} begins: no gemeente in it
 * was dissolved after 1 January 2024, the date of that list; none of its codes is in that list;
 * and every successor is in that list or was itself dissolved later (see {@link
 * #currentSuccessors(String)}). Gemeenten dissolved before 2018 are not in it. Source: CBS (CC BY
 * 4.0); see the {@code README.md} next to the resource for how the file was made and checked.
 *
 * <p>The history is loaded from the class path on first use, once, and shared; lookups are
 * constant-time. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class MunicipalReorganisations {

  static final String RESOURCE = "gemeentelijke_herindelingen_2018.csv";
  private static final String HEADER = "gemeentecode_cbs,gemeentenaam,opgeheven_per,opvolgers";
  static final String ESTABLISHED_RESOURCE = "gemeenten_ingesteld_2018.csv";
  private static final String ESTABLISHED_HEADER = "gemeentecode_cbs,gemeentenaam,ingesteld_per";
  private static final LocalDate COVERED_FROM = LocalDate.of(2018, 1, 1);

  private MunicipalReorganisations() {}

  /** Initialised on first use; the JVM's class initialisation makes that lazy, once and safe. */
  private static final class Holder {
    static final Index INDEX =
        Index.of(BundledCsv.load(RESOURCE, HEADER, 4, MunicipalReorganisations::row),
            BundledCsv.load(ESTABLISHED_RESOURCE, ESTABLISHED_HEADER, 3,
                MunicipalReorganisations::establishedRow));
  }

  /** A line of {@link #ESTABLISHED_RESOURCE}: a gemeente created by a reorganisation. */
  record Established(String code, String name, LocalDate on) {}

  private record Index(List<DissolvedMunicipality> all,
      Map<String, DissolvedMunicipality> byCode, Map<String, LocalDate> establishedOn) {
    static Index of(List<DissolvedMunicipality> rows, List<Established> established) {
      Map<String, LocalDate> startByCode = new HashMap<>();
      for (Established row : established) {
        if (startByCode.putIfAbsent(row.code(), row.on()) != null) {
          throw new IllegalStateException(ESTABLISHED_RESOURCE + " lists " + row.code()
              + " more than once");
        }
      }
      Map<String, DissolvedMunicipality> byCode = new HashMap<>();
      for (DissolvedMunicipality row : rows) {
        if (byCode.putIfAbsent(row.getCode(), row) != null) {
          throw new IllegalStateException(RESOURCE + " lists " + row.getCode()
              + " more than once");
        }
      }
      List<DissolvedMunicipality> ordered = rows.stream()
          .sorted(Comparator.comparing(DissolvedMunicipality::getDissolvedOn)
              .thenComparing(DissolvedMunicipality::getCode))
          .toList();
      return new Index(ordered, Map.copyOf(byCode), Map.copyOf(startByCode));
    }
  }

  /**
   * Parses the CSV: a header line, then {@code code,name,date,successors} per line, the
   * successors separated by spaces.
   *
   * @throws IllegalStateException naming the line if the header or a line is malformed
   */
  static List<DissolvedMunicipality> parse(BufferedReader reader) throws IOException {
    return BundledCsv.parse(reader, RESOURCE, HEADER, 4, MunicipalReorganisations::row);
  }

  /**
   * Parses the CSV of created gemeenten: a header line, then {@code code,name,date} per line.
   *
   * @throws IllegalStateException naming the line if the header or a line is malformed
   */
  static List<Established> parseEstablished(BufferedReader reader) throws IOException {
    return BundledCsv.parse(reader, ESTABLISHED_RESOURCE, ESTABLISHED_HEADER, 3,
        MunicipalReorganisations::establishedRow);
  }

  private static DissolvedMunicipality row(List<String> fields) {
    List<String> successors = List.of(fields.get(3).trim().split(" +"));
    return DissolvedMunicipality.of(fields.get(0), fields.get(1), date(fields.get(2)),
        successors);
  }

  private static Established establishedRow(List<String> fields) {
    if (!AreaType.GEMEENTE.hasCodeFormat(fields.get(0))) {
      throw new IllegalStateException(
          "a CBS gemeentecode is of the form GMnnnn, not '" + fields.get(0) + "'");
    }
    return new Established(fields.get(0), fields.get(1), date(fields.get(2)));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("'" + text + "' is not a date yyyy-mm-dd", e);
    }
  }

  /**
   * The first day the history covers: 1 January 2018. A gemeente dissolved before it is not in
   * the history, and its code is unknown here as in {@link Municipalities}.
   */
  public static LocalDate coveredFrom() {
    return COVERED_FROM;
  }

  /** Every dissolved gemeente of the history, ordered by date, then code; an immutable list. */
  public static List<DissolvedMunicipality> all() {
    return Holder.INDEX.all();
  }

  /**
   * Returns the dissolved gemeente with CBS gemeentecode {@code code}, e.g. {@code "GM0457"}, or
   * empty if the code is not of a gemeente dissolved since {@link #coveredFrom()} — a code of
   * {@link Municipalities}, say, or an unknown one.
   */
  public static Optional<DissolvedMunicipality> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(Holder.INDEX.byCode().get(code));
  }

  /**
   * Returns the dissolved gemeente with code {@code code} if it no longer existed on {@code date};
   * empty if it still did, or if the code is not in the history.
   */
  public static Optional<DissolvedMunicipality> dissolvedBy(String code, LocalDate date) {
    Objects.requireNonNull(date, "date");
    // No lambda: a rule asks this of every record of a stock, nearly always for a code in force.
    Optional<DissolvedMunicipality> found = find(code);
    return found.isPresent() && found.get().isDissolvedOn(date) ? found : Optional.empty();
  }

  /**
   * The day gemeente {@code code} was created (<i>ingesteld</i>) by a reorganisation of the
   * history: the first day its code holds, e.g. 1 January 2023 for Voorne aan Zee ({@code
   * GM1992}); on the day before, the gemeenten it replaced ({@link #predecessors(String)}) still
   * existed. Empty if the code is not of a gemeente created since {@link #coveredFrom()}: one that
   * already existed then, including one that took others in and kept its code (Groningen, {@code
   * GM0014}, in 2019), a dissolved one, or an unknown code.
   */
  public static Optional<LocalDate> establishedOn(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(Holder.INDEX.establishedOn().get(code));
  }

  /**
   * The day gemeente {@code code} was created if that is after {@code date}, so that the code did
   * not yet hold on {@code date}; empty if it did, or if the code has no start date here (see
   * {@link #establishedOn(String)}).
   */
  public static Optional<LocalDate> notYetEstablishedOn(String code, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Optional<LocalDate> start = establishedOn(code);
    return start.isPresent() && date.isBefore(start.get()) ? start : Optional.empty();
  }

  /**
   * The gemeenten of the history whose territory went, wholly or in part, to gemeente {@code
   * code}, ordered by date, then code; an immutable list. For a gemeente created by a
   * reorganisation, those dissolved on its {@link #establishedOn(String) start} are the gemeenten
   * it replaced (Voorne aan Zee: Brielle, Hellevoetsluis and Westvoorne). Empty if none is.
   */
  public static List<DissolvedMunicipality> predecessors(String code) {
    Objects.requireNonNull(code, "code");
    return all().stream()
        .filter(dissolved -> dissolved.getSuccessorCodes().contains(code))
        .toList();
  }

  /**
   * The gemeenten of the bundled list of {@link Municipalities} that the territory of gemeente
   * {@code code} went to, following successors that were themselves dissolved later; in code
   * order, an immutable list. Empty if {@code code} is not in the history.
   *
   * @throws IllegalStateException if a successor is neither in the list nor in the history, which
   *     a test rules out for the bundled files
   */
  public static List<String> currentSuccessors(String code) {
    Set<String> current = new TreeSet<>();
    Deque<String> open = new ArrayDeque<>();
    find(code).ifPresent(dissolved -> open.addAll(dissolved.getSuccessorCodes()));
    Set<String> seen = new TreeSet<>();
    while (!open.isEmpty()) {
      String successor = open.pop();
      if (!seen.add(successor)) {
        continue;
      }
      if (Municipalities.isKnown(successor)) {
        current.add(successor);
      } else {
        open.addAll(find(successor).orElseThrow(() -> new IllegalStateException("successor "
            + successor + " of " + code + " is neither a gemeente of 1 January "
            + Municipalities.referenceYear() + " nor in " + RESOURCE)).getSuccessorCodes());
      }
    }
    return List.copyOf(current);
  }
}
