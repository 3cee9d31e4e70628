package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module on an application's own mapper gives the same wire format. */
class WoonzorgModuleTest {

  // Jackson 3's defaults (alphabetical order among them) plus the module and a strict option.
  private static final JsonMapper APPLICATION = JsonMapper.builder()
      .addModule(new WoonzorgModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Test
  void anApplicationMapperRoundTripsTheVision() {
    HousingCareVision vision = GemeenteA.vision();

    String json = APPLICATION.writeValueAsString(vision);

    assertEquals(vision, APPLICATION.readValue(json, HousingCareVision.class));
    assertEquals(WoonzorgJson.write(vision), "{\"formatVersion\":\"1.1\",\"documentType\":\"housing-care-vision\","
        + json.substring(1));
  }

  @Test
  void modelObjectsTravelInsideTheApplicationsOwnPayloads() {
    Map<String, Dwelling> payload = Map.of("home", Fixtures.clusteredHome());

    String json = APPLICATION.writeValueAsString(payload);

    assertEquals(payload, APPLICATION.readValue(json, new TypeReference<Map<String, Dwelling>>() {}));
    assertTrue(json.contains("\"housingForm\":\"GEC\""), json);
  }

  @Test
  void anApplicationMapperReadsWholeDocumentsDespiteStrictUnknownProperties() {
    Goal goal = GemeenteA.vision().getGoals().get(0);

    assertEquals(goal, APPLICATION.readValue(WoonzorgJson.write(goal), Goal.class));
  }

  @Test
  void anUnknownCodeListsTheValidCodes() {
    DatabindException e = assertThrows(DatabindException.class, () -> APPLICATION.readValue(
        "{\"id\":\"d1\",\"unitKind\":\"WONING\"}", Dwelling.class));

    assertTrue(e.getOriginalMessage().startsWith("unknown code 'WONING' in code list UnitKind;"
        + " valid codes: "), e.getOriginalMessage());
  }

  /** On an application's own mapper the reader's limits do not apply, but the model's do. */
  @Test
  void aHugeExponentFailsFastOnAnApplicationsMapper() {
    DatabindException e = assertThrows(DatabindException.class,
        () -> APPLICATION.readValue("{\"indicatorId\":\"i\",\"referenceDate\":\"2024-01-01\","
            + "\"value\":1e1000000}", nl.woonzorg.model.monitoring.Measurement.class));
    assertTrue(e.getMessage().contains("needs more than 1000 digits written out"), e.getMessage());
  }
}
