package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code woonzorg distribute}, on the test vectors of shared/ANALYSIS.md §5. */
class DistributeCommandTest {

  @TempDir
  Path temp;

  private Path weights(String... lines) throws IOException {
    return Files.writeString(temp.resolve("gewichten.csv"),
        "naam;gewicht\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String units(Run run, String part) {
    for (String line : run.out().split("\n")) {
      String[] fields = line.trim().split(" +");
      if (fields[0].equals(part)) {
        return fields[fields.length - 1];
      }
    }
    return "";
  }

  @Test
  void dhondtGivesTheOfficialAustrianResult() {
    Run run = Run.of("distribute", "--total", "18", "--weights",
        Run.data("analyse/gewichten.csv"), "--method", "dhondt");
    assertEquals(0, run.exit(), run.err());
    assertEquals("7 5 3 2 1", String.join(" ", units(run, "A"), units(run, "B"), units(run, "C"),
        units(run, "D"), units(run, "E")));
  }

  @Test
  void sainteLagueAndHamiltonGiveSixFourThreeThreeTwo() {
    for (String method : new String[] {"sainte-lague", "hamilton"}) {
      Run run = Run.of("distribute", "--total", "18", "--weights",
          Run.data("analyse/gewichten.csv"), "--method", method);
      assertEquals(0, run.exit(), run.err());
      assertEquals("6 4 3 3 2", String.join(" ", units(run, "A"), units(run, "B"),
          units(run, "C"), units(run, "D"), units(run, "E")), method);
    }
  }

  @Test
  void hamiltonOnTenSeats() throws IOException {
    Run run = Run.of("distribute", "--total", "10", "--weights", weights("A;47000", "B;16000",
        "C;15800", "D;12000", "E;6100", "F;3100").toString(), "--method", "hamilton");
    assertEquals("5 2 1 1 1 0", String.join(" ", units(run, "A"), units(run, "B"),
        units(run, "C"), units(run, "D"), units(run, "E"), units(run, "F")));
  }

  @Test
  void theCeilingShowsItsExcess() throws IOException {
    Run run = Run.of("--lang", "en", "distribute", "--total", "7", "--weights",
        weights("A;50000", "B;30000", "C;20000").toString(), "--method", "ceiling");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("excess (rounded up per part): 2"), run.out());
    assertTrue(run.out().contains("21/10") || run.out().contains("2 1/10"), run.out());
  }

  @Test
  void aTieIsShownNotBroken() throws IOException {
    Run run = Run.of("--lang", "en", "distribute", "--total", "3", "--weights",
        weights("A;2", "B;1", "C;1").toString(), "--method", "dhondt", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"contenders\" : [ \"A\", \"B\", \"C\" ]"), run.out());
    assertTrue(run.out().contains("\"units\" : 2"), run.out());
  }

  @Test
  void aNegativeWeightIsLocated() throws IOException {
    Path file = weights("A;5", "B; -1");
    Run run = Run.of("--lang", "en", "distribute", "--total", "3", "--weights",
        file.toString(), "--method", "hamilton");
    assertEquals(2, run.exit());
    assertEquals("cannot use " + file + ":\n  " + file + ":3:4: expected a whole weight of 0 or"
        + " more, found '-1'\n", run.err());
  }

  @Test
  void anUnknownMethodIsAUsageError() throws IOException {
    Run run = Run.of("distribute", "--total", "3", "--weights", weights("A;1").toString(),
        "--method", "lottery");
    assertEquals(64, run.exit());
  }
}
