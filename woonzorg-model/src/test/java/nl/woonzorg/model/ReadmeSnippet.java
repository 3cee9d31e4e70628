package nl.woonzorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a README snippet identical to the test code that runs it, so that the README cannot show
 * code that no longer compiles or no longer gives what it says. Shared through the test jar with
 * every module whose test runs a README snippet; tests run in their module's directory.
 */
public final class ReadmeSnippet {

  private static final Path README = Path.of("..", "README.md");

  private ReadmeSnippet() {}

  /**
   * Asserts that README.md contains the lines of {@code testSource} between {@code // tag::NAME[]}
   * and {@code // end::NAME[]} (each at the indentation of a test method's body, which is dropped).
   */
  public static void assertReadmeShows(Path testSource, String tag) throws IOException {
    List<String> source = Files.readAllLines(testSource, StandardCharsets.UTF_8);
    List<String> snippet = source.subList(source.indexOf("    // tag::" + tag + "[]") + 1,
        source.indexOf("    // end::" + tag + "[]"));
    String expected = String.join("\n",
        snippet.stream().map(line -> line.isEmpty() ? line : line.substring(4)).toList());
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertEquals(true, readme.contains(expected), "README.md must contain the " + tag
        + " snippet exactly as in " + testSource.getFileName() + ":\n" + expected);
  }
}
