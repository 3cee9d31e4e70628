package nl.woonzorg.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.woonzorg.analysis.norm.Norm;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.targetgroup.TargetGroup;

/**
 * The norms file of {@code woonzorg analyse} (<i>normenbestand</i>): one norm a line, {@code ;}
 * between fields, a header, {@code #} for comments:
 *
 * <pre>
 * id;doelgroep;categorie;basis;ratio;bron;datum
 * geclusterd-65;OUDEREN_65_PLUS;GECLUSTERD;LEEFTIJD_65_PLUS;23%;Woonzorgvisie gemeente A;2021-01-01
 * </pre>
 *
 * <p>{@code doelgroep} is a model target group, {@code categorie} a category of the stock's
 * classification, {@code basis} a population measure, {@code ratio} homes per person of the base
 * as a fraction ({@code 23/100}, {@code 5/1000}), a decimal ({@code 0.23}) or a percentage
 * ({@code 23%}); {@code bron} is required, {@code datum} is the source's date, ISO. Each problem is
 * located by line and column.
 */
final class NormsFile {

  static final String HEADER = "id;doelgroep;categorie;basis;ratio;bron;datum";

  private NormsFile() {}

  /**
   * The norms of {@code file}, for categories of {@code classification}.
   *
   * @throws Failure exit 2 if the file cannot be read or a line is not a valid norm
   */
  static List<Norm> read(Path file, StockClassification classification, Lang lang) {
    CsvLines csv = CsvLines.read(file, lang);
    List<Norm> norms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CsvLines.Line line : csv.rowsAfter(0, HEADER)) {
      if (!line.hasWidth(7)) {
        continue;
      }
      String id = line.field(0);
      if (id.isEmpty() || !ids.add(id)) {
        line.problem(0, lang.pick("een norm heeft een eigen id", "a norm has an id of its own"));
      }
      TargetGroup group = line.parse(1, code -> Codes.fromCode(TargetGroup.class, code),
          lang.pick("een doelgroep zoals OUDEREN_75_PLUS",
              "a target group such as OUDEREN_75_PLUS"));
      if (classification.category(line.field(2)).isEmpty()) {
        line.problem(2, lang.pick("onbekende categorie '", "unknown category '") + line.field(2)
            + lang.pick("'; de classificatie kent ", "'; the classification has ")
            + classification.categories());
      }
      PopulationMeasure base = line.parse(3, PopulationMeasure::fromCode, lang.pick(
          "een bevolkingskenmerk zoals LEEFTIJD_65_PLUS", "a population measure such as"
              + " LEEFTIJD_65_PLUS"));
      Fraction ratio = line.parse(4, NormsFile::ratio, lang.pick(
          "een verhouding van 0 of meer: 23/100, 0.23 of 23%", "a ratio of 0 or more: 23/100,"
              + " 0.23 or 23%"));
      if (line.field(5).isEmpty()) {
        line.problem(5, lang.pick("norm " + id + " heeft geen bron: een norm zonder bron wordt"
            + " niet gebruikt", "norm " + id + " has no source: a norm without a source is not"
            + " used"));
      }
      LocalDate date = line.parse(6, LocalDate::parse, lang.pick("een datum als 2021-01-22",
          "a date such as 2021-01-22"));
      if (group != null && base != null && ratio != null && date != null
          && !line.field(5).isEmpty() && classification.category(line.field(2)).isPresent()) {
        norms.add(Norm.builder().id(id).targetGroup(group).category(line.field(2)).base(base)
            .ratio(ratio).source(line.field(5)).sourceDate(date).build());
      }
    }
    csv.check();
    return norms;
  }

  /** {@code 23/100}, {@code 0.23} or {@code 23%}; never negative. */
  static Fraction ratio(String text) {
    Fraction ratio = text.endsWith("%")
        ? Fraction.from(new BigDecimal(text.substring(0, text.length() - 1).strip()))
            .divide(Fraction.of(100))
        : text.contains("/") ? Fraction.parse(text) : Fraction.from(new BigDecimal(text));
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("negative");
    }
    return ratio;
  }
}
