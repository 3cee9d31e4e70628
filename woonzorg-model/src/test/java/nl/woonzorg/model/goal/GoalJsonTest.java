package nl.woonzorg.model.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nl.woonzorg.model.dwelling.DwellingType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derived methods ({@code Breakdown.total()}, {@code Scope.empty()}) must stay out of JSON: only
 * attributes are properties.
 */
class GoalJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Set<String> propertyNames(Object value) {
    JsonNode node = MAPPER.valueToTree(value);
    return Set.copyOf(node.propertyNames());
  }

  @Test
  void breakdownIsWrittenWithItsAttributesOnly() {
    Breakdown breakdown = GoalTest.gemeenteAByConstructionMode();

    assertEquals(Set.of("dimension", "unit", "parts"), propertyNames(breakdown));
    assertEquals(Set.of("label", "value", "constructionMode", "year", "areaId", "partyId",
        "targetGroup", "dwellingType", "rentSegment", "ownerCategory", "clusteringForm",
        "partOfYear"),
        propertyNames(breakdown.getParts().get(0)));
  }

  @Test
  void scopeIsWrittenWithItsAttributesOnly() {
    Scope scope = Scope.builder().addDwellingType(DwellingType.GECLUSTERDE_WOONVORM).build();

    assertEquals(Set.of("targetGroups", "urgencyCategories", "dwellingTypes", "ageBands",
        "areaIds"), propertyNames(scope));
  }
}
