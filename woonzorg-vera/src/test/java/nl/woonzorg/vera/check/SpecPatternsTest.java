package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The copied validation regexes are exactly those the spec's descriptions give. */
class SpecPatternsTest {

  private static final Pattern REGEX = Pattern.compile("Validatie-regex: (\\S+)");

  @Test
  void theCopyMatchesVastgoedAndWrv() throws IOException {
    Map<String, String> vastgoed = new TreeMap<>();
    collect("Vastgoed.yaml", "Eenheid", "", vastgoed);
    collect("Vastgoed.yaml", "Adres-basis", "/adres", vastgoed);
    assertEquals(new TreeMap<>(SpecPatterns.BY_POINTER), vastgoed);
    Map<String, String> wrv = new TreeMap<>();
    collect("WRV.yaml", "Eenheden-Eenheid", "", wrv);
    collect("WRV.yaml", "Eenheden-Adres-basis", "/adres", wrv);
    // WRV's Eenheden-Eenheid leaves out juridischEigendomspercentage, and so its regex.
    Map<String, String> expected = new TreeMap<>(SpecPatterns.BY_POINTER);
    expected.remove("/juridischEigendomspercentage");
    assertEquals(expected, wrv);
  }

  private static void collect(String file, String schema, String prefix, Map<String, String> into)
      throws IOException {
    try (InputStream in = SpecPatternsTest.class.getResourceAsStream("../spec/" + file)) {
      JsonNode properties = new YAMLMapper().readTree(in)
          .at("/components/schemas/" + schema + "/properties");
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        Matcher regex = REGEX.matcher(property.getValue().path("description").asString(""));
        if (regex.find()) {
          into.put(prefix + "/" + property.getKey(), regex.group(1));
        }
      }
    }
  }
}
