package nl.woonzorg.spring.boot.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Gemeente A example as the project's examples ship it ({@code examples/data/gemeente-a.json},
 * read from this module's directory, where Maven runs the tests), and one variant that reads but
 * does not conform.
 */
public final class GemeenteADocuments {

  private static final Path FILE = Path.of("..", "examples", "data", "gemeente-a.json");

  private static final Pattern BESTAANDE_BOUW_30 =
      Pattern.compile("(\"label\": \"bestaande bouw\",\\s*\"value\": )30\\b");

  private GemeenteADocuments() {}

  /** The conforming vision, as bundled. */
  public static String conforming() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The vision whose first goal, 110 clustered homes, is broken down as 80 new-build and 20 (not
   * 30) existing: WZ-SMART-R-01, the breakdown does not add up to the target, an error in every
   * profile.
   */
  public static String breakdownShort() {
    Matcher thirty = BESTAANDE_BOUW_30.matcher(conforming());
    if (thirty.results().count() != 1) {
      throw new IllegalStateException("gemeente-a.json changed: it no longer has exactly one"
          + " 'bestaande bouw' part of 30");
    }
    return thirty.replaceFirst(part -> part.group(1) + "20");
  }
}
