package nl.woonzorg.vera.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every attribute of the spec's {@code Eenheid} (Vastgoed.yaml) and {@code Eenheden-Eenheid}
 * (WRV.yaml) is bound, deliberately passed through, or a legacy name, as {@link UnitAttributes}
 * lists them; and the lists name nothing the spec lacks. When the spec is upgraded, a new
 * attribute fails this test until someone decides which it is.
 */
class EenheidSchemaCoverageTest {

  private static Set<String> attributes(String file, String schema) throws IOException {
    try (InputStream in = EenheidSchemaCoverageTest.class
        .getResourceAsStream("/nl/woonzorg/vera/spec/" + file)) {
      JsonNode properties = new YAMLMapper().readTree(in)
          .path("components").path("schemas").path(schema).path("properties");
      Set<String> names = new LinkedHashSet<>();
      properties.properties().forEach(entry -> names.add(entry.getKey()));
      assertTrue(names.size() > 50, file + " " + schema + ": " + names);
      return names;
    }
  }

  private static Set<String> spec() throws IOException {
    Set<String> all = new LinkedHashSet<>(attributes("Vastgoed.yaml", "Eenheid"));
    all.addAll(attributes("WRV.yaml", "Eenheden-Eenheid"));
    return all;
  }

  @Test
  void everyAttributeOfTheSpecIsBoundOrPassedThroughOnPurpose() throws IOException {
    List<String> unclassified = new ArrayList<>();
    for (String name : spec()) {
      if (!UnitAttributes.BOUND.contains(name) && !UnitAttributes.PASS_THROUGH.contains(name)
          && !UnitAttributes.LEGACY_NAMES.containsKey(name)) {
        unclassified.add(name);
      }
    }
    assertEquals(List.of(), unclassified);
  }

  @Test
  void theListsNameOnlyAttributesOfTheSpecAndEachOnce() throws IOException {
    Set<String> spec = spec();
    Set<String> listed = new TreeSet<>(UnitAttributes.BOUND);
    listed.addAll(UnitAttributes.PASS_THROUGH);
    listed.addAll(UnitAttributes.LEGACY_NAMES.keySet());

    assertEquals(UnitAttributes.BOUND.size() + UnitAttributes.PASS_THROUGH.size()
        + UnitAttributes.LEGACY_NAMES.size(), listed.size(), "a name is in two lists");
    listed.removeAll(spec);
    assertEquals(Set.of(), listed, "named but not in the spec");
  }

  @Test
  void aLegacyNameIsACaseDuplicateOfAnAttribute() throws IOException {
    Set<String> spec = spec();
    for (Map.Entry<String, String> legacy : UnitAttributes.LEGACY_NAMES.entrySet()) {
      assertTrue(spec.contains(legacy.getValue()), legacy::toString);
      assertTrue(legacy.getKey().equalsIgnoreCase(legacy.getValue()), legacy::toString);
    }
    for (String name : spec) {
      if (Character.isUpperCase(name.charAt(0))) {
        assertTrue(UnitAttributes.LEGACY_NAMES.containsKey(name), name);
      }
    }
  }
}
