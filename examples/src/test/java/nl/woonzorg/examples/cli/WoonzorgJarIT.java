package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it, in a JVM of its own: it starts, finds its dependencies and
 * services, logs nothing on a clean run, and exits with the documented codes.
 */
class WoonzorgJarIT {

  @TempDir
  Path temp;

  private record Result(int exit, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("woonzorg.jar"));
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = process.waitFor();
    return new Result(exit, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeCommandPrintsAConformReportForGemeenteA() throws Exception {
    Result result = run("validate", "data/gemeente-a.json");

    assertEquals(0, result.exit(), result.err());
    assertEquals("data/gemeente-a.json (housing-care-vision): conform — 0 fouten,"
        + " 0 waarschuwingen, 8 informatie (profiel vastgesteld)",
        result.out().lines().findFirst().orElseThrow());
    assertEquals("", result.err(), "no log output on a clean run");
  }

  @Test
  void exitCodesReachTheShell() throws Exception {
    assertEquals(1, run("validate", "data/dwelling-stock.ndjson").exit());
    assertEquals(2, run("validate", "no-such-file.json").exit());
    assertEquals(64, run("validate", "--no-such-option").exit());
  }
}
