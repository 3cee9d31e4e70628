package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.population.TotalMismatch;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import org.junit.jupiter.api.Test;

/**
 * The module README's examples, run on the bundled fixtures — the illustrative one and CBS's real
 * figures for 's-Gravenhage; a last test keeps the README's copies equal.
 */
class ReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "cbs", "kwb", "ReadmeExampleTest.java");
  private static final Path FIXTURE =
      Path.of("src", "test", "resources", "nl", "woonzorg", "cbs", "kwb", "kwb-illustratief.csv");
  private static final Path REAL_FIXTURE = FIXTURE.resolveSibling(KwbDenHaag2019Test.FIXTURE);

  @Test
  void theExampleReadsAKwbExportAndPlacesAWijk() {
    Path file = FIXTURE;
    // tag::example[]
    KwbReader reader = KwbReader.of(KwbTable.of("85984NED", 2024)); // id and year: never guessed
    PopulationTable table = reader.readTable(KwbFormat.CSV, file);   // CbsReadException if bad
    Count elderly = table.row("GM0050").orElseThrow()
        .count(PopulationMeasure.LEEFTIJD_65_PLUS).orElseThrow();   // a number, or suppressed
    String cite = table.source().attribution();  // "Bron: CBS, tabel 85984NED, peildatum 1-1-2024"
    List<String> up = AreaHierarchy.netherlands().ancestors("WK005000");
    // end::example[]

    assertEquals(Count.of(3_670), elderly);
    assertEquals("Bron: CBS, tabel 85984NED, peildatum 1-1-2024", cite);
    assertEquals(List.of("GM0050", "CR40", "PV24", "NL00"), up);
  }

  @Test
  void theRealExampleStreamsCbsFiguresAndFindsWhereTheyDoNotAddUp() {
    Path file = REAL_FIXTURE;
    // tag::real[]
    KwbTable kwb = KwbTable.of("84583NED", 2019);   // Kerncijfers wijken en buurten 2019
    PopulationTable.Builder rows = PopulationTable.builder(kwb.source());
    KwbReadResult read = KwbReader.of(kwb).read(KwbFormat.CSV, List.of(KwbInput.of(file)),
        rows::add);                                  // every good row; totals not checked
    PopulationTable denHaag = rows.build();
    List<TotalMismatch> contradictions =            // where CBS's parts miss their whole
        TotalMismatch.find(denHaag, AreaHierarchy.netherlands());
    // end::real[]

    assertTrue(read.isClean(), read::toString);
    assertEquals(60, denHaag.rows().size());
    assertEquals(22, contradictions.size());
    assertEquals("GM0518 INWONERS: 537833, parts 537680 (44 of 44 known)",
        contradictions.get(0).toString());
  }

  @Test
  void theReadmeShowsExactlyTheseExamples() throws IOException {
    ReadmeSnippet.assertReadmeShows(Path.of("README.md"), THIS_FILE, "example");
    ReadmeSnippet.assertReadmeShows(Path.of("README.md"), THIS_FILE, "real");
  }
}
