package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundled table of nested entities is exactly what {@code Vastgoed.yaml} says: for every
 * entity reachable from {@code Eenheid}, each property whose schema refers to another entity
 * ({@code X}, or the keys-only {@code X-sleutels} that the samples fill in whole), directly, as
 * array items or through {@code allOf}/{@code oneOf}/{@code anyOf}. A spec upgrade that nests a
 * new entity fails here until the table is regenerated.
 */
class EntityNestingTest {

  private static final String SLEUTELS = "-sleutels";

  @Test
  void theBundledNestingIsTheSpecs() throws IOException {
    JsonNode schemas;
    try (InputStream in = getClass().getResourceAsStream("../spec/Vastgoed.yaml")) {
      schemas = new YAMLMapper().readTree(in).path("components").path("schemas");
    }
    Set<String> spec = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of("Eenheid"));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String entity = todo.removeFirst();
      if (!seen.add(entity)) {
        continue;
      }
      properties(schemas, entity).forEach((name, property) -> {
        for (String target : targets(property)) {
          String nested = target.endsWith(SLEUTELS)
              ? target.substring(0, target.length() - SLEUTELS.length()) : target;
          if (!nested.equals("Referentiedata") && schemas.has(nested)) {
            spec.add(entity + ";" + name + ";" + nested);
            todo.addLast(nested);
          }
        }
      });
    }
    Set<String> bundled = new TreeSet<>();
    ReferenceLists lists = ReferenceLists.bundled();
    for (String entity : seen) {
      lists.nested(entity).forEach((name, nested) -> bundled.add(entity + ";" + name + ";"
          + nested));
    }
    assertEquals(113, spec.size());
    assertEquals(spec, bundled);
  }

  /** An entity's properties, its own and those of the schemas it composes, in order. */
  private static Map<String, JsonNode> properties(JsonNode schemas, String entity) {
    JsonNode schema = schemas.path(entity);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    for (String combination : List.of("allOf", "oneOf", "anyOf")) {
      for (JsonNode part : schema.path(combination)) {
        if (part.has("$ref")) {
          properties.putAll(properties(schemas, name(part)));
        }
        part.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
      }
    }
    schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return properties;
  }

  /** The schemas a property refers to: directly, as array items, or in a combination. */
  private static List<String> targets(JsonNode property) {
    List<String> targets = new ArrayList<>();
    if (property.has("$ref")) {
      targets.add(name(property));
    } else if (property.has("items")) {
      targets.addAll(targets(property.get("items")));
    }
    for (String combination : List.of("allOf", "oneOf", "anyOf")) {
      for (JsonNode part : property.path(combination)) {
        targets.addAll(targets(part));
      }
    }
    return targets;
  }

  private static String name(JsonNode reference) {
    String ref = reference.get("$ref").asString();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
