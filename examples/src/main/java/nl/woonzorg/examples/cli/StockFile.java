package nl.woonzorg.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingResult;

/**
 * The dwelling stock of {@code woonzorg analyse}: woonzorg dwelling records as NDJSON, or VERA
 * {@code Eenheid} JSON (the API's list form, NDJSON, or one object) mapped one unit at a time by
 * {@link DwellingMapping}, streamed into a {@link CategoryTally}, so that memory does not grow
 * with the number of records. A record whose area the hierarchy does not know, or a unit that is
 * no dwelling record (no id, no kind), is a problem, not a home counted nowhere.
 */
final class StockFile {

  /** What {@code --stock} holds: named, never told from the content. */
  enum Format {
    /** woonzorg dwelling records, NDJSON. */
    WOONZORG,
    /**
     * VERA-OpenAPI {@code Eenheid}: the API's list form (a JSON array), NDJSON ({@code .ndjson},
     * {@code .jsonl}) or one object.
     */
    VERA;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Path file;
  private final CategoryTally.Builder tally;
  private final AreaHierarchy hierarchy;
  private final Lang lang;
  private final List<String> problems = new ArrayList<>();

  private StockFile(Path file, CategoryTally.Builder tally, AreaHierarchy hierarchy, Lang lang) {
    this.file = file;
    this.tally = tally;
    this.hierarchy = hierarchy;
    this.lang = lang;
  }

  /**
   * Counts the dwellings of {@code file}, woonzorg NDJSON, into {@code tally}, checking their
   * areas against {@code hierarchy}; returns the tally. A record is located by its line, as the
   * reader locates a bad line: blank lines counted.
   *
   * @throws Failure exit 2 if the file cannot be read, a line is not a dwelling record, or a
   *     record's area is unknown
   */
  static CategoryTally read(Path file, CategoryTally.Builder tally, AreaHierarchy hierarchy,
      Lang lang) {
    StockFile stock = new StockFile(file, tally, hierarchy, lang);
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonReader.of(DocumentType.DWELLING).readWithLines(in,
          (dwelling, line) -> stock.count(lang.pick("regel ", "line ") + line, dwelling));
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    } catch (WireFormatException e) {
      stock.located(e);
    }
    return stock.tally();
  }

  /**
   * Counts the VERA units of {@code file} into {@code tally} as {@link DwellingMapping} maps them,
   * checking their areas against {@code hierarchy}: an array is streamed element by element, an
   * NDJSON file line by line. A unit is located by its line in NDJSON, by its JSON Pointer in an
   * array. What the mapping does not carry over is counted per attribute on {@code err}, as {@code
   * vera convert} counts it, in {@code lang}; returns the tally.
   *
   * @throws Failure exit 2 if the file cannot be read or is not VERA JSON, a unit is not a
   *     dwelling record (no id, or no kind that can be inferred), or a unit's area is unknown
   */
  static CategoryTally readVera(Path file, CategoryTally.Builder tally, AreaHierarchy hierarchy,
      Lang lang, PrintWriter err) {
    StockFile stock = new StockFile(file, tally, hierarchy, lang);
    MappingNotes notes = new MappingNotes(lang);
    VeraReader reader = VeraReader.strict();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      VeraFiles.eachUnit(file, in, reader, lang, (at, unit) -> {
        MappingResult<Dwelling> mapped = DwellingMapping.toDwelling(unit);
        notes.record(at, unit.getId().orElse(""), mapped.notes(), mapped.value().isPresent(),
            err);
        mapped.value().ifPresent(dwelling -> stock.count(at, dwelling));
      });
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    } catch (UncheckedIOException e) {
      throw Failure.unreadable(file, e.getCause(), lang);
    } catch (WireFormatException e) {
      stock.located(e);
    }
    notes.print(err);
    if (notes.anyLeftOut()) {
      stock.problems.add(0, lang.pick("eenheden zonder id of soort zijn geen woningrecord en"
              + " tellen nergens mee (hierboven genoemd)",
          "units without an id or a kind are no dwelling record and would count nowhere (named"
              + " above)"));
    }
    return stock.tally();
  }

  /** Counts {@code dwelling}, at {@code at} in the file, unless its area is unknown. */
  private void count(String at, Dwelling dwelling) {
    if (!counted(dwelling)) {
      unknownArea(at, dwelling);
    }
  }

  /** Counts {@code dwelling} and says so, unless its area is unknown. */
  private boolean counted(Dwelling dwelling) {
    if (unknownArea(dwelling).isPresent()) {
      return false;
    }
    tally.add(dwelling);
    return true;
  }

  /** Reports the unknown area of {@code dwelling}, at {@code at} in the file. */
  private void unknownArea(String at, Dwelling dwelling) {
    if (problems.size() < CsvLines.LIMIT) {
      problems.add(file + ": " + at + " (" + dwelling.getId() + "): "
          + lang.pick("onbekende gebiedscode '", "unknown area code '")
          + unknownArea(dwelling).orElseThrow() + "'");
    }
  }

  private void located(WireFormatException e) {
    e.getProblems().forEach(problem -> problems.add(file + problem.position()
        .map(position -> ":" + position.getLine() + ":" + position.getColumn()).orElse("")
        + ": " + problem));
  }

  private CategoryTally tally() {
    if (!problems.isEmpty()) {
      throw Failure.invalid(file, problems, lang);
    }
    return tally.build();
  }

  private Optional<String> unknownArea(Dwelling dwelling) {
    return Stream.of(dwelling.getMunicipalityCode(), dwelling.getDistrictCode(),
            dwelling.getNeighbourhoodCode())
        .flatMap(Optional::stream).filter(code -> !hierarchy.isKnown(code)).findFirst();
  }
}
