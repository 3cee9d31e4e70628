package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it, in a JVM of its own: it starts, finds its dependencies and
 * services, logs nothing on a clean run, exits with the documented codes, and stays small in
 * memory and output on a document of a million problems.
 */
class WoonzorgJarIT {

  @TempDir
  Path temp;

  private record Result(int exit, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    return java(List.of("-jar", System.getProperty("woonzorg.jar")), args);
  }

  /** A worked example's main, run from the runnable jar as {@code java -cp woonzorg.jar}. */
  private Result runExample(String example) throws IOException, InterruptedException {
    return java(List.of("-cp", System.getProperty("woonzorg.jar"),
        "nl.woonzorg.examples." + example));
  }

  private Result java(List<String> options, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = process.waitFor();
    return new Result(exit, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The launcher beside the jar, {@code target/woonzorg}, with this JVM as JAVA_HOME. */
  private Result launch(Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
    int exit = builder.start().waitFor();
    return new Result(exit, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * The launcher runs the jar with the class-data archive the build made for this JVM, and gives
   * exactly the output of {@code java -jar}; with an archive that does not fit (here one of
   * garbage, beside a copy of the jar) it runs as plain {@code java -jar}, saying nothing of it.
   */
  @Test
  void theLauncherRunsTheJarWithItsArchiveAndWithoutOneThatDoesNotFit() throws Exception {
    Path jar = Path.of(System.getProperty("woonzorg.jar"));
    Path launcher = jar.resolveSibling("woonzorg");
    String archive = "woonzorg-jdk" + Runtime.version().feature() + ".jsa";
    assertTrue(Files.isRegularFile(jar.resolveSibling(archive)), archive);
    Result plain = run("validate", "data/gemeente-a.json");

    Result shared = launch(launcher, "validate", "data/gemeente-a.json");

    assertEquals(plain, shared);
    Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
    Files.copy(launcher, elsewhere.resolve("woonzorg"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(jar, elsewhere.resolve("woonzorg.jar"));
    Files.writeString(elsewhere.resolve(archive), "not an archive");
    Result unfit = launch(elsewhere.resolve("woonzorg"), "validate", "data/gemeente-a.json");
    assertEquals(plain, unfit);
  }

  /**
   * The README's run command, read from the README, through the jar: the analysis of Oldambt's
   * illustrative inputs as a page and a document, that document validated with the vision, and the
   * vision's monitor page, whose goal behind exits 1 ({@code ReadmeRunTest} checks the figures).
   */
  @Test
  void theReadmeCommandRunsTheCycleOnOneExampleThroughTheJar() throws Exception {
    List<Integer> exits = new ArrayList<>();
    for (String[] step : ReadmeRun.toolSteps(temp)) {
      Result result = run(step);
      exits.add(result.exit());
      assertFalse(result.err().contains("SLF4J"), result.err());
    }

    assertEquals(List.of(0, 0, 1), exits);
    assertTrue(Files.readString(temp.resolve("oldambt-analyse.html"), StandardCharsets.UTF_8)
        .contains("<svg"));
    assertTrue(Files.readString(temp.resolve("oldambt-monitor.html"), StandardCharsets.UTF_8)
        .contains("<p class=\"badge BEHIND\">achter</p>"));
  }

  @Test
  void gemeenteAIsConformThroughTheJar() throws Exception {
    Result result = run("validate", "data/gemeente-a.json");

    assertEquals(0, result.exit(), result.err());
    assertEquals("data/gemeente-a.json (housing-care-vision): conform — 0 fouten,"
        + " 0 waarschuwingen, 8 informatiemeldingen (profiel vastgesteld)",
        result.out().lines().findFirst().orElseThrow());
    assertEquals("", result.err(), "no log output on a clean run");
  }

  /** The runnable jar carries woonzorg-vera's code lists and texts: a VERA unit checked. */
  @Test
  void theJarChecksAVeraUnit() throws Exception {
    Result result = run("validate", "--peildatum", "2024-10-03", "data/vera/15004000185.json");

    assertEquals(1, result.exit(), result.err());
    assertTrue(result.out().contains("WZ-VERA-CODE-VALIDITY  /ruimten/2/soort/code (123:17)"
        + "  Code VRK van RUIMTESOORT"), result.out());
  }

  /**
   * Neither SLF4J's "no providers" lines nor Hibernate Validator's INFO banner: the jar keeps
   * slf4j-simple's provider, and JBoss Logging is told to log through SLF4J for every main, not
   * only the tool's.
   */
  @Test
  void noLoggingNoiseOnStderr() throws Exception {
    for (Result result : List.of(run("validate", "data/gemeente-a.json"),
        runExample("GemeenteA"), runExample("DwellingStock"))) {
      assertEquals(0, result.exit(), result.err());
      assertFalse(result.err().contains("SLF4J"), result.err());
      assertFalse(result.err().contains("HV000001"), result.err());
    }
  }

  @Test
  void exitCodesReachTheShell() throws Exception {
    assertEquals(1, run("validate", "data/dwelling-stock.ndjson").exit());
    assertEquals(2, run("validate", "no-such-file.json").exit());
    assertEquals(64, run("validate", "--no-such-option").exit());
    assertEquals(73, run("convert", "-o", temp.resolve("no-such-dir").resolve("x.json").toString(),
        "data/gemeente-a.json").exit());
  }

  /**
   * An OutOfMemoryError is neither 1 (the data has findings) nor a stack trace: 71 and one line
   * naming the file. The input, 40 MiB, is within io's 64 MiB document limit, so the tool takes it
   * on, and more than the heap it is given.
   */
  @Test
  void exit71WhenTheHeapRunsOut() throws Exception {
    Path big = temp.resolve("big.json");
    try (Writer writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      writer.write("{\"formatVersion\": \"1.0\"");
      char[] spaces = new char[1 << 20];
      Arrays.fill(spaces, ' ');
      for (int i = 0; i < 40; i++) {
        writer.write(spaces);
      }
      writer.write("}\n");
    }

    Result result = java(List.of("-Xmx32m", "-jar", System.getProperty("woonzorg.jar")),
        "validate", big.toString());

    assertEquals(71, result.exit(), result.err());
    assertEquals("onvoldoende geheugen bij " + big
        + "; geef Java meer met -Xmx (heap) of -Xss (stack)" + System.lineSeparator(),
        result.err());
    assertEquals("", result.out());
  }

  /**
   * The README's vision, gemeente-a, as {@code name}, with its first goal's {@code ownerPartyIds}
   * replaced by {@code element} a million times.
   */
  private Path millionOwners(String name, String element) throws IOException {
    String vision = Files.readString(Path.of("data/gemeente-a.json"), StandardCharsets.UTF_8);
    int head = vision.indexOf('[', vision.indexOf("\"ownerPartyIds\"")) + 1;
    Path file = temp.resolve(name);
    Files.writeString(file, vision.substring(0, head) + (element + ",").repeat(999_999) + element
        + vision.substring(vision.indexOf(']', head)), StandardCharsets.UTF_8);
    return file;
  }

  /** {@code woonzorg validate --lang en file} in a JVM with the heap option {@code heap}. */
  private Result validateIn(String heap, Path file) throws IOException, InterruptedException {
    return java(List.of(heap, "-jar", System.getProperty("woonzorg.jar")),
        "validate", "--lang", "en", file.toString());
  }

  /**
   * A 2 MB vision with a million integers where owner ids belong: the tool printed 108 MB and
   * needed 1.7 GiB before reading listed a hundred problems and summed up the rest.
   */
  @Test
  void aMillionProblemsPrintAHundredAndASummaryInASmallHeap() throws Exception {
    Path big = millionOwners("big.json", "1");
    Result result = validateIn("-Xmx64m", big);

    assertEquals(2, result.exit(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(big + " (housing-care-vision): unreadable — 101 errors, 0 warnings,"
        + " 0 notes (profile vastgesteld)", lines.get(0));
    assertEquals(103, lines.size(), "a heading, a column heading and 101 problems");
    assertEquals("  error     WZ-IO-LIMIT       /goals/0/ownerPartyIds/100 (149:225)  and 999,900"
        + " more problems of WZ-IO-WRONG-TYPE", lines.get(102));
    assertTrue(result.out().length() < 16 << 10, result.out().length() + " characters");
  }

  /**
   * A readable 4 MB vision whose first goal names an unknown owner, {@code "x"}, a million times:
   * validating it ran out of 256 MB (issue 20). Now the report lists the first hundred findings of
   * each rule and one WZ-ENGINE-02 for the rest, and counts all of them. The heap holds the
   * document's million strings, as any document is held whole once read; 64 MB is too small for
   * those alone (exit 71), the findings take no more.
   */
  @Test
  void aMillionFindingsOfARuleListAHundredAndASummaryInASmallHeap() throws Exception {
    Path owners = millionOwners("owners.json", "\"x\"");
    Result result = validateIn("-Xmx128m", owners);

    assertEquals(1, result.exit(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(owners + " (housing-care-vision): not conform — 1,000,000 errors, 1,000,000"
        + " warnings, 8 notes (profile vastgesteld)", lines.get(0));
    assertEquals(212, lines.size(), "a heading, a column heading, 100 findings of each of two"
        + " rules, two summaries and 8 other findings");
    assertEquals(List.of(
        "  error        WZ-ENGINE-02   /goals/0/ownerPartyIds/100  From here on, 999,900 more"
            + " findings (error) of rule WZ-REF-03 that the report does not show.",
        "  warning      WZ-ENGINE-02   /goals/0/ownerPartyIds/100  From here on, 999,900 more"
            + " findings (warning) of rule WZ-SMART-A-02 that the report does not show."),
        lines.subList(204, 206));
  }

  /**
   * A stock of 300,000 dwelling records, each with an error, validated in a 64 MB heap: the CLI
   * keeps the first hundred findings of the stream and counts the rest, where it kept all of them
   * (some 300 MB of findings) before issue 20.
   */
  @Test
  void aStockWithAFindingInEveryRecordIsReportedInASmallHeap() throws Exception {
    Path stock = temp.resolve("stock.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(stock, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 300_000; i++) {
        out.write("{\"formatVersion\":\"1.0\",\"id\":\"VHE-" + i + "\",\"municipalityCode\":"
            + "\"GM0344\",\"unitKind\":\"WOO\",\"targetGroup\":\"MEE\"}\n");
      }
    }

    Result result = java(List.of("-Xmx64m", "-jar", System.getProperty("woonzorg.jar")),
        "validate", "--lang", "en", stock.toString());

    assertEquals(1, result.exit(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(stock + " (dwelling): not conform — 300,000 errors, 0 warnings, 0 notes"
        + " (profile vastgesteld)", lines.get(0));
    assertEquals(103, lines.size(), "a heading, a column heading, 100 findings and a summary");
    assertTrue(lines.get(102).matches(" +error +WZ-ENGINE-02 +/100/targetGroup +From here on,"
        + " 299,900 more findings \\(error\\) of rule WZ-DWELLING-01 .*"), lines.get(102));
  }
}
