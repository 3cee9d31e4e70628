package nl.woonzorg.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.woonzorg.analysis.population.PopulationForecast;
import nl.woonzorg.analysis.population.PopulationSource;
import nl.woonzorg.analysis.region.AreaHierarchy;

/**
 * The forecast file of {@code woonzorg analyse} (<i>prognosebestand</i>): the source on the first
 * line (publisher, table, the date the forecast starts from), then a header and one gemeente and
 * year a line with the inhabitants of the low, central and high scenario, e.g. the 67 % interval
 * of CBS/PBL table 85173NED:
 *
 * <pre>
 * bron;CBS;85173NED;2023-01-01
 * gemeente;jaar;laag;midden;hoog
 * GM0050;2030;23100;24200;25300
 * </pre>
 *
 * <p>Each problem is located by line and column. A year at or before the population's reference
 * year is one: the analysis forecasts only later years, and a forecast beside the measured
 * population of its year can only mean the wrong file or the wrong {@code --year}, so it fails the
 * run rather than be left out unseen.
 */
final class ForecastFile {

  static final String HEADER = "gemeente;jaar;laag;midden;hoog";

  private ForecastFile() {}

  /**
   * The forecast of {@code file}, whose gemeenten must be in {@code hierarchy} and whose years
   * must be after {@code referenceYear}, the population's.
   *
   * @throws Failure exit 2 if the file cannot be read or a line is not valid
   */
  static PopulationForecast read(Path file, AreaHierarchy hierarchy, int referenceYear,
      Lang lang) {
    CsvLines csv = CsvLines.read(file, lang);
    PopulationSource source = csv.first().filter(line -> line.field(0).equals("bron")
        && line.hasWidth(4)).map(line -> line.parse(3, date -> PopulationSource.of(
            line.field(1), line.field(2), LocalDate.parse(date)), lang.pick(
                "een uitgever, tabel en datum als 2023-01-01",
                "a publisher, table and a date such as 2023-01-01")))
        .orElse(null);
    if (source == null) {
      csv.problem(1, 1, lang.pick("de eerste regel is 'bron;UITGEVER;TABEL;DATUM'",
          "the first line is 'bron;PUBLISHER;TABLE;DATE'"));
      csv.check();
    }
    PopulationForecast.Builder forecast = PopulationForecast.builder(source);
    for (CsvLines.Line line : csv.rowsAfter(1, HEADER)) {
      if (!line.hasWidth(5)) {
        continue;
      }
      Integer year = line.parse(1, Integer::valueOf, lang.pick("een jaar", "a year"));
      Long low = line.parse(2, Long::valueOf, lang.pick("een aantal", "a count"));
      Long central = line.parse(3, Long::valueOf, lang.pick("een aantal", "a count"));
      Long high = line.parse(4, Long::valueOf, lang.pick("een aantal", "a count"));
      if (!hierarchy.isKnown(line.field(0))) {
        line.problem(0, lang.pick("onbekende gemeentecode '", "unknown gemeente code '")
            + line.field(0) + "'");
      } else if (year != null && year <= referenceYear) {
        line.problem(1, lang.pick("het jaar " + year + " ligt niet na " + referenceYear
            + ", het peiljaar van de bevolking: een prognose is van latere jaren", "the year "
            + year + " is not after " + referenceYear + ", the population's reference year: a"
            + " forecast is of later years"));
      } else if (year != null && low != null && central != null && high != null) {
        try {
          forecast.add(line.field(0), year, low, central, high);
        } catch (IllegalArgumentException e) {
          line.problem(0, String.valueOf(e.getMessage()));
        }
      }
    }
    csv.check();
    return forecast.build();
  }
}
