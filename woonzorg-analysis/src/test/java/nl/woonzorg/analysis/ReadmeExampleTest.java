package nl.woonzorg.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.woonzorg.analysis.distribution.Distribution;
import nl.woonzorg.analysis.distribution.DistributionMethod;
import nl.woonzorg.analysis.distribution.Part;
import nl.woonzorg.analysis.distribution.Tie;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.PaceComparison;
import nl.woonzorg.analysis.pace.RealisedPace;
import nl.woonzorg.analysis.pace.RequiredPace;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import nl.woonzorg.model.time.YearPeriod;
import org.junit.jupiter.api.Test;

/**
 * The example of this module's README.md, run as a test with the values its comments claim; a
 * second test keeps the README's copy in step. The pace figures are the Kamerbrief's of 5 June
 * 2024 (shared/ANALYSIS.md §4); the gemeenten are illustrative.
 */
class ReadmeExampleTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "analysis", "ReadmeExampleTest.java");

  @Test
  void theExampleGivesWhatItsCommentsSay() {
    // tag::analysis[]
    // A taakstelling of 7 over three gemeenten by population, rounded up per gemeente.
    Distribution taakstelling = DistributionMethod.CEILING.distribute(7,
        Part.of("A", 50_000), Part.of("B", 30_000), Part.of("C", 20_000));
    Map<String, Long> units = taakstelling.unitsByPart();               // {A=4, B=3, C=2}
    long excess = taakstelling.excess();                                // 2
    Fraction quotaOfB = taakstelling.share("B").orElseThrow().quota();  // 21/10

    // Three seats by D'Hondt over weights 2, 1, 1: A's first is certain; A, B and C tie for two.
    Tie tie = DistributionMethod.D_HONDT.distribute(3,
        Part.of("A", 2), Part.of("B", 1), Part.of("C", 1)).tie().orElseThrow();
    // tie.contenders() is [A, B, C], tie.units() 2, tie.level() 1

    // 800,000 homes to build over 2024–2030, against 180,000 built in two years.
    RequiredPace required =
        RequiredPace.over(YearPeriod.of(2024, 2030), Fraction.of(800_000), Fraction.ZERO);
    String pace = required.pace().toMixedString();                      // 114285 5/7
    Fraction ratio = PaceComparison.of(RealisedPace.of(Fraction.of(180_000), 2), required)
        .ratio().orElseThrow();                                         // 63/80
    BigDecimal shown = ratio.toBigDecimal(2, RoundingMode.HALF_UP);     // 0.79
    // end::analysis[]

    assertEquals(Map.of("A", 4L, "B", 3L, "C", 2L), units);
    assertEquals(2, excess);
    assertEquals(Fraction.of(21, 10), quotaOfB);
    assertEquals(List.of("A", "B", "C"), tie.contenders());
    assertEquals(2, tie.units());
    assertEquals(Fraction.ONE, tie.level());
    assertEquals("114285 5/7", pace);
    assertEquals(Fraction.of(63, 80), ratio);
    assertEquals(new BigDecimal("0.79"), shown);
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    ReadmeSnippet.assertReadmeShows(Path.of("README.md"), THIS_FILE, "analysis");
  }
}
