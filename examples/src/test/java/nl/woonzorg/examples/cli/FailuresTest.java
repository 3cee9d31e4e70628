package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a command fails on a file: its own exit code and exactly one line on stderr naming the
 * file, in the language of {@code --lang}; the stack trace only under {@code --debug}.
 */
class FailuresTest {

  private static final String NL = System.lineSeparator();

  @TempDir
  Path temp;

  @Test
  void exit73AReportIntoAMissingDirectory() {
    Path html = temp.resolve("no-such-dir").resolve("report.html");

    Run run = Run.of("report", Run.data("gemeente-a.json"), "-o", html.toString());

    assertEquals(73, run.exit());
    assertEquals("kan niet schrijven naar " + html + ": map bestaat niet" + NL, run.err());
  }

  /** --lang is the tool's: it may come before the command or after it. */
  @Test
  void exit73AConversionIntoAMissingDirectoryInEnglish() {
    Path json = temp.resolve("no-such-dir").resolve("x.json");

    Run after = Run.of("convert", "--lang", "en", "-o", json.toString(),
        Run.data("gemeente-a.json"));
    Run before = Run.of("--lang", "en", "convert", "-o", json.toString(),
        Run.data("gemeente-a.json"));

    assertEquals(73, after.exit());
    assertEquals("cannot write to " + json + ": no such directory" + NL, after.err());
    assertEquals(after, before);
  }

  @Test
  void exit73AnOutputThatIsADirectory() {
    Run run = Run.of("convert", "-o", temp.toString(), Run.data("gemeente-a.json"));

    assertEquals(73, run.exit());
    assertEquals("kan niet schrijven naar " + temp + ": is een map" + NL, run.err());
  }

  @Test
  void exit73PartsIntoAPathUnderAFile() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "");
    Path parts = file.resolve("parts");

    Run run = Run.of("convert", "--parts", parts.toString(), Run.data("gemeente-a.json"));

    assertEquals(73, run.exit());
    assertTrue(run.err().startsWith("kan niet schrijven naar " + parts + ": "), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  /** Skipped where permissions do not bind, as for root. */
  @Test
  void exit73AReadOnlyFile() throws IOException {
    Path json = Files.writeString(temp.resolve("read-only.json"), "");
    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("r--r--r--"));
    assumeFalse(Files.isWritable(json), "permissions do not bind here");

    Run run = Run.of("convert", "-o", json.toString(), Run.data("gemeente-a.json"));

    assertEquals(73, run.exit());
    assertEquals("kan niet schrijven naar " + json + ": geen toegang" + NL, run.err());
  }

  /** Skipped where permissions do not bind, as for root. */
  @Test
  void exit73AFileInAReadOnlyDirectory() throws IOException {
    Path directory = Files.createDirectory(temp.resolve("read-only"));
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeFalse(Files.isWritable(directory), "permissions do not bind here");
    Path json = directory.resolve("x.json");

    Run run = Run.of("convert", "-o", json.toString(), Run.data("gemeente-a.json"));

    assertEquals(73, run.exit());
    assertEquals("kan niet schrijven naar " + json + ": geen toegang" + NL, run.err());
  }

  /** Linux's /dev/full opens for writing and refuses every write, as a full disk does. */
  @Test
  void exit74AWriteThatFailsOnceTheFileIsOpen() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full here");

    Run document = Run.of("convert", "-o", full.toString(), Run.data("gemeente-a.json"));
    Run records = Run.of("convert", "--lang", "en", "-o", full.toString(),
        Run.data("dwelling-stock.ndjson"));

    assertEquals(74, document.exit());
    assertEquals("schrijven naar /dev/full mislukt: No space left on device" + NL,
        document.err());
    assertEquals(74, records.exit());
    assertEquals("writing to /dev/full failed: No space left on device" + NL, records.err());
  }

  @Test
  void exit2AMissingInput() {
    Run convert = Run.of("convert", "no-such-file.json");
    Run report = Run.of("report", "--lang", "en", "no-such-file.json");

    assertEquals(2, convert.exit());
    assertEquals("kan no-such-file.json niet lezen: bestand bestaat niet" + NL, convert.err());
    assertEquals(2, report.exit());
    assertEquals("cannot read no-such-file.json: no such file" + NL, report.err());
  }

  @Test
  void exit2AMissingPartOfAPartsDirectory() {
    Run run = Run.of("convert", temp.toString());

    assertEquals(2, run.exit());
    assertEquals("kan " + temp.resolve(DocumentParts.VISION_PART)
        + " niet lezen: bestand bestaat niet" + NL, run.err());
  }

  @Test
  void exit2AnInputThatIsADirectory() {
    Run report = Run.of("report", temp.toString());
    Run validate = Run.of("validate", "--lang", "en", temp.toString());

    assertEquals(2, report.exit());
    assertEquals("kan " + temp + " niet lezen: is een map" + NL, report.err());
    assertEquals(2, validate.exit());
    assertEquals(List.of(temp + ": unreadable — 0 errors, 0 warnings, 0 notes"
        + " (profile vastgesteld)", "  unreadable: is a directory"),
        validate.out().lines().toList());
  }

  @Test
  void anUnreadableInputLeavesTheOutputUntouched() {
    Path html = temp.resolve("report.html");

    Run run = Run.of("report", "no-such-file.json", "-o", html.toString());

    assertEquals(2, run.exit());
    assertFalse(Files.exists(html));
  }

  @Test
  void debugAddsTheStackTrace() {
    Run run = Run.of("--debug", "report", temp.toString());
    List<String> lines = run.err().lines().toList();

    assertEquals(2, run.exit());
    assertEquals("kan " + temp + " niet lezen: is een map", lines.get(0));
    assertEquals(Failure.class.getName() + ": kan " + temp + " niet lezen: is een map",
        lines.get(1));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("\tat ")), run.err());
  }

  /** The tool's writers are its one seam: a stdout that throws stands in for a bug. */
  @Test
  void exit70AnInternalErrorIsOneLineWithoutDebug() {
    PrintWriter broken = new PrintWriter(Writer.nullWriter()) {
      @Override
      public void write(String text, int offset, int length) {
        throw new IllegalStateException("stdout is broken");
      }
    };
    StringWriter err = new StringWriter();

    int exit = Woonzorg.execute(new String[] {"--lang", "en", "schema"}, broken,
        new PrintWriter(err), false);

    assertEquals(70, exit);
    assertEquals("internal error: java.lang.IllegalStateException: stdout is broken;"
        + " --debug shows the stack trace, please report it" + NL, err.toString());
  }
}
