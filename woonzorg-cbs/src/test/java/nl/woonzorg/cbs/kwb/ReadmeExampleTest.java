package nl.woonzorg.cbs.kwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.woonzorg.analysis.population.Count;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.population.PopulationTable;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import org.junit.jupiter.api.Test;

/** The module README's example, run on the bundled fixture; a second test keeps the copy equal. */
class ReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "cbs", "kwb", "ReadmeExampleTest.java");
  private static final Path FIXTURE =
      Path.of("src", "test", "resources", "nl", "woonzorg", "cbs", "kwb", "kwb-illustratief.csv");

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
  void theReadmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippet.assertReadmeShows(Path.of("README.md"), THIS_FILE, "example");
  }
}
