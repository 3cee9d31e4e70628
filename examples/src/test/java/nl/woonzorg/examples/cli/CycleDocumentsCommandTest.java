package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate} tells each bundled document of the cycle by its documentType and checks it as
 * its kind asks; {@code schema} prints the schema of every kind.
 */
class CycleDocumentsCommandTest {

  private static final List<String> FILES = List.of("cycle/maassluis-behoefteraming.json",
      "cycle/rotterdam-ouder-en-wijzer.json", "cycle/delft-prestatieafspraken.json",
      "cycle/alkmaar-pact.json", "cycle/wonen-en-zorg-op-de-kaart.json");

  @Test
  void validateDetectsAndChecksEveryKind() {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json", "--profile",
        "CONCEPT", "--lang", "en"));
    FILES.forEach(file -> args.add(Run.data(file)));
    Run run = Run.of(args.toArray(String[]::new));
    JsonNode files = JsonMapper.builder().build().readTree(run.out()).get("files");

    List<String> seen = new ArrayList<>();
    for (JsonNode file : files) {
      List<String> findings = new ArrayList<>();
      file.get("findings").forEach(f -> findings.add(f.get("severity").asString() + " "
          + f.get("ruleId").asString() + " " + f.get("location").asString()));
      seen.add(file.get("documentType").asString() + ": " + findings);
    }
    // What the seeds leave unsaid, the rules say: no indicator for Rotterdam's goal, no years,
    // budget or planning in the programme, no target, deadline or action terms in Delft's
    // agreement, no measurements in the monitor. The analysis (ABF made it) and the pact state
    // all the rules ask for.
    assertEquals(List.of(
        "analysis-document: []",
        "implementation-programme: [WARNING WZ-SMART-M-02 /goals/0/indicator,"
            + " WARNING WZ-DOC-02 /period,"
            + " WARNING WZ-PHASE-04 /programme/activities/0/budget,"
            + " WARNING WZ-PHASE-04 /programme/activities/0/planning]",
        "performance-agreements: [WARNING WZ-TYPE-07 /agreements/0/actionTerms,"
            + " WARNING WZ-SMART-T-03 /agreements/0/deadline,"
            + " INFO WZ-SIGN-02 /agreements/0/parties,"
            + " WARNING WZ-SMART-A-03 /agreements/0/parties,"
            + " WARNING WZ-SMART-M-03 /agreements/0/target]",
        "covenant: []",
        "monitor: [WARNING WZ-DOC-07 /monitoring/indicators/0,"
            + " WARNING WZ-DOC-07 /monitoring/indicators/1,"
            + " WARNING WZ-DOC-07 /monitoring/indicators/2,"
            + " WARNING WZ-DOC-07 /monitoring/indicators/3]"), seen, run.out());
    assertEquals(0, run.exit());
  }

  @Test
  void schemaPrintsEveryKind() {
    for (DocumentType<?> type : DocumentType.all()) {
      Run run = Run.of("schema", type.name());
      assertEquals(0, run.exit(), type.name());
      assertEquals(WireSchema.text(type).strip(), run.out().strip(), type.name());
      assertTrue(run.out().contains("\"documentType\""), type.name());
    }
  }
}
