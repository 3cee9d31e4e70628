package nl.woonzorg.spring.boot.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.validation.WoonzorgValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample service end to end, in one application context shared by every test: the Gemeente A
 * example is taken; the same with a breakdown that does not add up is refused with the
 * validator's findings; a body that is not a readable document is refused with the reader's
 * located problems — each in the language the request asks for.
 */
@SpringBootTest(classes = SampleApplication.class, properties = {
    "management.endpoints.web.exposure.include=info",
    // So that the findings show the application's validators at work, not built-in defaults.
    "woonzorg.validation.severity.WZ-SMART-T-01=warning"})
@AutoConfigureMockMvc
class SampleApplicationTest {

  /** The first record of examples/data/dwelling-stock.ndjson. */
  private static final String DWELLING = "{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\","
      + "\"id\":\"VHE-00001\","
      + "\"municipalityCode\":\"GM0344\",\"districtCode\":\"WK034403\",\"postalCode\":\"3526RN\","
      + "\"unitKind\":\"WOO\",\"unitDetailKind\":\"TUS\",\"accessibilityLabel\":\"ZON\","
      + "\"targetGroup\":\"EEN\",\"rentClass\":\"GOE\",\"rooms\":4,\"constructionYear\":2005,"
      + "\"ownerPartyId\":\"woningcorporatie-voorbeeld\"}";

  /** A goal with an id and a title only: incomplete, which only an adopted goal may not be. */
  private static final String BARE_GOAL =
      "{\"formatVersion\":\"1.0\",\"id\":\"doel-meer\",\"title\":\"Meer woningen\"}";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  private MockMvc mvc;

  private ResultActions post(String path, String body, @Nullable String language)
      throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
    if (language != null) {
      request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return mvc.perform(request);
  }

  /** The problem's findings have exactly {@code values} for {@code field}, in this order. */
  private static ResultMatcher findings(String field, String... values) {
    return result -> {
      JsonNode findings = JSON.readTree(result.getResponse().getContentAsByteArray())
          .get("findings");
      List<String> actual = new ArrayList<>();
      findings.forEach(finding -> actual.add(finding.get(field).asString()));
      assertEquals(List.of(values), actual, "the findings' " + field);
    };
  }

  @Test
  void theGemeenteAExampleIsTaken() throws Exception {
    post("/visions", GemeenteADocuments.conforming(), "nl")
        .andExpect(status().isOk())
        .andExpect(content().json("{\"id\": \"woonzorgvisie-gemeente-a\", \"goals\": 1}",
            JsonCompareMode.STRICT));
  }

  @Test
  void aBreakdownThatDoesNotAddUpIsRefusedWithItsFindingInEnglish() throws Exception {
    post("/visions", GemeenteADocuments.breakdownShort(), "en-GB,en;q=0.9,nl;q=0.5")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
        .andExpect(jsonPath("$.type").doesNotExist())
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.title").value("Unprocessable Content"))
        .andExpect(jsonPath("$.detail").value("The woonzorg document does not conform."))
        .andExpect(jsonPath("$.instance").value("/visions"))
        // The example's own eight INFO findings (co-signatories, Taskforce topics) come along:
        // the verdict is the error's, the report is whole.
        .andExpect(findings("ruleId", "WZ-SIGN-02", "WZ-SIGN-02", "WZ-SMART-R-01",
            "WZ-TOPIC-01", "WZ-TOPIC-01", "WZ-TOPIC-01", "WZ-TOPIC-01", "WZ-TOPIC-01",
            "WZ-TOPIC-01"))
        .andExpect(findings("severity", "INFO", "INFO", "ERROR", "INFO", "INFO", "INFO", "INFO",
            "INFO", "INFO"))
        .andExpect(content().json("{\"findings\": [{}, {}, {"
            + "\"ruleId\": \"WZ-SMART-R-01\", \"severity\": \"ERROR\","
            + " \"pointer\": \"/goals/0/breakdowns/0\","
            + " \"message\": \"The breakdown by BOUWWIJZE of goal doel-geclusterd-110 adds up to"
            + " 100; the target is 110.\","
            + " \"arguments\": {\"goalId\": \"doel-geclusterd-110\", \"dimension\": \"BOUWWIJZE\","
            + " \"total\": \"100\", \"target\": \"110\"},"
            + " \"value\": \"100\", \"expected\": \"parts that add up to 110\","
            + " \"hint\": \"Correct the parts or the target, as in 80 new-build + 30 existing ="
            + " 110.\"}, {}, {}, {}, {}, {}, {}]}"));
  }

  @Test
  void withoutAcceptLanguageTheFindingsAreInTheConfiguredDutch() throws Exception {
    post("/visions", GemeenteADocuments.breakdownShort(), null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "nl"))
        .andExpect(jsonPath("$.detail").value("Het woonzorgdocument is niet conform."))
        .andExpect(jsonPath("$.findings[2].message").value("De uitsplitsing naar BOUWWIJZE van"
            + " doel doel-geclusterd-110 telt op tot 100, de streefwaarde is 110."));
  }

  @Test
  void malformedJsonIsRefusedWithTheLineAndColumnOfTheProblem() throws Exception {
    post("/visions", "{\"formatVersion\": \"1.0\",\n \"id\": }", "en")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
        .andExpect(content().json("{\"status\": 400, \"title\": \"Bad Request\","
            + " \"detail\": \"The body is not a readable woonzorg housing-care-vision document.\","
            + " \"instance\": \"/visions\", \"documentType\": \"housing-care-vision\","
            + " \"findings\": [{\"ruleId\": \"WZ-IO-SYNTAX\", \"severity\": \"ERROR\","
            + " \"pointer\": \"/id\", \"line\": 2, \"column\": 8,"
            + " \"message\": \"unexpected character '}'\", \"arguments\": {},"
            + " \"expected\": \"well-formed JSON\"}]}",
            JsonCompareMode.STRICT));
  }

  @Test
  void aDocumentOfWrongShapeIsRefusedWithEveryProblemInDutch() throws Exception {
    post("/visions", "{\"formatVersion\": \"1.0\",\n \"id\": \"x\", \"title\": 7}", "nl")
        .andExpect(status().isBadRequest())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "nl"))
        .andExpect(jsonPath("$.detail")
            .value("De body is geen leesbaar woonzorgdocument van de soort housing-care-vision."))
        // A vision's period is optional since format 1.1 (rule WZ-DOC-01 asks for it).
        .andExpect(findings("ruleId", "WZ-IO-WRONG-TYPE", "WZ-IO-MISSING-VALUE"))
        .andExpect(findings("pointer", "/title", "/area"))
        .andExpect(jsonPath("$.findings[0].line").value(2))
        .andExpect(jsonPath("$.findings[0].column").value(22))
        .andExpect(jsonPath("$.findings[0].message")
            .value("verwacht een tekst, gevonden het getal 7"));
  }

  @Test
  void eachParameterIsCheckedInTheProfileItNames() throws Exception {
    post("/goals", BARE_GOAL, "en")
        .andExpect(status().isUnprocessableContent())
        .andExpect(findings("ruleId", "WZ-SMART-T-01", "WZ-SMART-M-02", "WZ-SMART-A-01",
            "WZ-SMART-S-01", "WZ-SMART-M-01"))
        .andExpect(findings("severity", "WARNING", "ERROR", "ERROR", "ERROR", "ERROR"))
        .andExpect(jsonPath("$.findings[4].message").value("Goal doel-meer has no target."));
    post("/goals/drafts", BARE_GOAL, "en")
        .andExpect(status().isOk())
        .andExpect(content().json("{\"id\": \"doel-meer\"}", JsonCompareMode.STRICT));
  }

  @Test
  void aValidatedServiceRefusesANonConformingGoalToo() throws Exception {
    post("/register/goals", BARE_GOAL, "nl")
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "nl"))
        .andExpect(findings("ruleId", "WZ-SMART-T-01", "WZ-SMART-M-02", "WZ-SMART-A-01",
            "WZ-SMART-S-01", "WZ-SMART-M-01"))
        .andExpect(findings("severity", "WARNING", "ERROR", "ERROR", "ERROR", "ERROR"))
        .andExpect(jsonPath("$.findings[4].message")
            .value("Doel doel-meer heeft geen streefwaarde."));
  }

  @Test
  void aFailureOfAnotherConstraintIsLeftToSpring() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(MockMvcRequestBuilders.get("/dwellings/search").param("rooms", "0"))
            .andExpect(status().isBadRequest())
            .andReturn().getResponse();
    // Spring's own answer to a HandlerMethodValidationException, not the starter's problem.
    assertEquals("", response.getContentAsString());
  }

  @Test
  void aDwellingRecordIsReadAndWrittenAsTheWireFormat() throws Exception {
    post("/dwellings/echo", DWELLING, "en")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().string(DWELLING));
  }

  @Test
  void actuatorInfoTellsTheLibraryFormatAndRules() throws Exception {
    int rules = WoonzorgValidator.builtInRules().size();
    mvc.perform(MockMvcRequestBuilders.get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"woonzorg\": {\"version\": \"0.1.0-SNAPSHOT\","
            + " \"formatVersion\": \"1.1\", \"profile\": \"VASTGESTELD\", \"locale\": \"nl\","
            + " \"rules\": " + rules + ", \"enabledRules\": " + rules + "}}",
            JsonCompareMode.STRICT));
  }
}
