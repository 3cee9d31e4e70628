package nl.woonzorg.testkit;

import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertConform;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertDetected;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertViolatesAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.testkit.defect.ConformanceCorpus;
import nl.woonzorg.testkit.defect.Defects;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example for test-suite authors, run as a test; a second test keeps it in sync. */
class ReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "testkit", "ReadmeExampleTest.java");

  @Test
  void theExampleRuns(@TempDir Path corpusDir) throws IOException {
    // tag::testkit[]
    // Any valid vision survives a trip through the wire format and still conforms.
    qt().withExamples(50).forAll(WoonzorgGen.visions()).checkAssert(vision -> {
      HousingCareVision back = WoonzorgJson.readVision(WoonzorgJson.write(vision));
      assertEquals(vision, back);
      assertConform(back);
    });

    // Every injected defect is reported: by its rule, at its place, and as the only error.
    qt().withExamples(50).forAll(Defects.defectiveVisions()).checkAssert(defective -> {
      assertViolatesAt(defective.value(), defective.ruleId(), defective.pointer().toString());
      assertDetected(defective);
    });

    // Without QuickTheories' runner: the same 20 dwelling records on every run.
    for (Dwelling dwelling : Samples.of(WoonzorgGen.dwellings(), 42).take(20)) {
      assertConform(dwelling);
    }

    // A corpus of valid and invalid documents for software in any language.
    ConformanceCorpus.write(corpusDir, 42, 10);
    // end::testkit[]
    assertEquals(true, Files.exists(corpusDir.resolve(ConformanceCorpus.EXPECTATIONS)));
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippet.assertReadmeShows(THIS_FILE, "testkit");
  }
}
