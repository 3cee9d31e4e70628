package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;

/**
 * The dwelling stock of {@code woonzorg analyse}: woonzorg dwelling records as NDJSON, streamed
 * into a {@link CategoryTally}, so that memory does not grow with the number of records. A record
 * whose area the hierarchy does not know is a problem, not a home counted nowhere.
 */
final class StockFile {

  private StockFile() {}

  /**
   * Counts the dwellings of {@code file} into {@code tally}, checking their areas against {@code
   * hierarchy}; returns the tally.
   *
   * @throws Failure exit 2 if the file cannot be read, a line is not a dwelling record, or a
   *     record's area is unknown
   */
  static CategoryTally read(Path file, CategoryTally.Builder tally, AreaHierarchy hierarchy,
      Lang lang) {
    List<String> problems = new ArrayList<>();
    long[] record = {0};
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonReader.of(DocumentType.DWELLING).read(in, dwelling -> {
        record[0]++;
        Optional<String> unknown = unknownArea(dwelling, hierarchy);
        if (unknown.isPresent()) {
          if (problems.size() < CsvLines.LIMIT) {
            problems.add(file + ": record " + record[0] + " ("
                + dwelling.getId() + "): " + lang.pick("onbekende gebiedscode '",
                    "unknown area code '") + unknown.get() + "'");
          }
          return;
        }
        tally.add(dwelling);
      });
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    } catch (WireFormatException e) {
      e.getProblems().forEach(problem -> problems.add(file + problem.position()
          .map(at -> ":" + at.getLine() + ":" + at.getColumn()).orElse("") + ": " + problem));
    }
    if (!problems.isEmpty()) {
      throw Failure.invalid(file, problems, lang);
    }
    return tally.build();
  }

  private static Optional<String> unknownArea(Dwelling dwelling, AreaHierarchy hierarchy) {
    return Stream.of(dwelling.getMunicipalityCode(), dwelling.getDistrictCode(),
            dwelling.getNeighbourhoodCode())
        .flatMap(Optional::stream).filter(code -> !hierarchy.isKnown(code)).findFirst();
  }
}
