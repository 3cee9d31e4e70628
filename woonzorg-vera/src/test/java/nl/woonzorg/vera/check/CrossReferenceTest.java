package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled attribute → code-list table is exactly the spec's cross-reference for VERA
 * {@code Vastgoed}, every entity, so that no binding is invented or lost when the spec is
 * upgraded.
 */
class CrossReferenceTest {

  private static final Pattern ROW = Pattern.compile(
      "<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>");

  @Test
  void theBundledBindingsAreTheSpecsCrossReference() throws IOException {
    List<String> spec = new ArrayList<>();
    Matcher row = ROW.matcher(text("../spec/referentiedatacrossreference.html"));
    while (row.find()) {
      if (row.group(2).equals("VERA") && row.group(3).equals("Vastgoed")) {
        spec.add(row.group(4) + ";" + row.group(5) + ";" + row.group(1));
      }
    }
    List<String> bundled = new ArrayList<>();
    ReferenceLists lists = ReferenceLists.bundled();
    for (String entity : spec.stream().map(line -> line.split(";")[0]).distinct().toList()) {
      lists.bindings(entity).forEach((attribute, list) ->
          bundled.add(entity + ";" + attribute + ";" + list));
    }
    assertEquals(spec.stream().sorted().toList(), bundled.stream().sorted().toList());
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = CrossReferenceTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
