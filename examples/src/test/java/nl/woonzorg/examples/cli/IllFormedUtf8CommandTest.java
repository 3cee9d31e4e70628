package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code woonzorg validate} refuses ill-formed UTF-8 as unreadable, exit code 2, on one line that
 * names its place, in a document and in an NDJSON stream.
 */
class IllFormedUtf8CommandTest {

  @TempDir
  Path temp;

  /**
   * Validates a file {@code name} of {@code text}, each char one byte (the char U+00C0 is the byte
   * C0), and checks that it is an unreadable dwelling with the one problem {@code row}, under the
   * table's {@code header}.
   */
  private void assertUnreadable(String name, String text, String header, String row)
      throws IOException {
    Path file = Files.write(temp.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));

    Run run = Run.of("validate", "--lang", "en", file.toString());

    assertEquals(2, run.exit(), run.out());
    assertEquals(List.of(file + " (dwelling): unreadable — 1 error, 0 warnings, 0 notes"
        + " (profile vastgesteld)", header, row),
        run.out().lines().toList());
  }

  @Test
  void exit2AnOverlongSlashInADocument() throws IOException {
    assertUnreadable("overlong.json", "{\n  \"formatVersion\": \"1.0\",\n"
        + "  \"id\": \"d\u00C0\u00AF1\",\n  \"unitKind\": \"WOO\"\n}\n",
        "  severity  rule            location  message",
        "  error     WZ-IO-ENCODING  / (3:11)  ill-formed UTF-8 at byte offset 38: C0 starts an"
            + " overlong encoding: C0 and C1 never occur in UTF-8");
  }

  @Test
  void exit2ASurrogateInAnNdjsonLine() throws IOException {
    // The first line's record is read, and the second line is placed in the file and, as the
    // stream's second record, at /1.
    assertUnreadable("surrogate.ndjson",
        "{\"formatVersion\":\"1.0\",\"id\":\"d1\",\"unitKind\":\"WOO\"}\n"
            + "{\"formatVersion\":\"1.0\",\"id\":\"d\u00ED\u00A0\u00802\",\"unitKind\":\"WOO\"}\n",
        "  severity  rule            location   message",
        "  error     WZ-IO-ENCODING  /1 (2:31)  ill-formed UTF-8 at byte offset 81: ED A0 starts"
            + " a surrogate code point, U+D800–U+DFFF");
  }

  @Test
  void inDutchTheProblemAndTheCountsAreDutch() throws IOException {
    Path file = Files.write(temp.resolve("overlong.json"), ("{\n  \"formatVersion\": \"1.0\",\n"
        + "  \"id\": \"d\u00C0\u00AF1\",\n  \"unitKind\": \"WOO\"\n}\n")
        .getBytes(StandardCharsets.ISO_8859_1));

    Run run = Run.of("validate", file.toString());

    assertEquals(2, run.exit(), run.out());
    assertEquals(List.of(file + " (dwelling): onleesbaar — 1 fout, 0 waarschuwingen,"
            + " 0 informatiemeldingen (profiel vastgesteld)",
        "  ernst  regel           plaats    melding",
        "  fout   WZ-IO-ENCODING  / (3:11)  ongeldige UTF-8 op byte 38: C0 begint een te lange"
            + " codering: C0 en C1 komen in UTF-8 nooit voor"),
        run.out().lines().toList());
  }
}
