package nl.woonzorg.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata IDEs read: the processor's, merged with the additional file, has
 * every property with its type, its default and a description.
 */
class ConfigurationMetadataTest {

  @Test
  void everyPropertyIsDescribedWithItsTypeAndDefault() throws IOException {
    JsonNode metadata;
    try (InputStream in = ConfigurationMetadataTest.class
        .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = JsonMapper.builder().build().readTree(in);
    }
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").asString();
      types.put(name, property.get("type").asString());
      if (property.has("defaultValue")) {
        defaults.put(name, property.get("defaultValue").asString());
      }
      assertThat(property.get("description").asString()).as(name).isNotBlank();
    }
    assertThat(types).isEqualTo(Map.of(
        "woonzorg.validation.profile", "nl.woonzorg.validation.rule.Profile",
        "woonzorg.validation.locale", "java.util.Locale",
        "woonzorg.validation.disabled-rules", "java.util.Set<java.lang.String>",
        "woonzorg.validation.severity",
            "java.util.Map<java.lang.String,nl.woonzorg.model.report.Severity>",
        "woonzorg.validation.max-findings-per-rule", "java.lang.Integer",
        "woonzorg.validation.reference-date", "java.time.LocalDate",
        "management.info.woonzorg.enabled", "java.lang.Boolean"));
    assertThat(defaults).isEqualTo(Map.of(
        "woonzorg.validation.profile", "vastgesteld",
        "woonzorg.validation.locale", "nl",
        "woonzorg.validation.max-findings-per-rule", "100",
        "management.info.woonzorg.enabled", "true"));
  }
}
