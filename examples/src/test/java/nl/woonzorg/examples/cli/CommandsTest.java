package nl.woonzorg.examples.cli;

import static nl.woonzorg.model.fixture.GemeenteA.clusteredHousingGoal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.woonzorg.examples.GemeenteA;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's help, and the commands convert, schema and rules. */
class CommandsTest {

  @TempDir
  Path temp;

  @Test
  void helpDocumentsEveryExitCode() {
    Run top = Run.of("--help");
    Run validate = Run.of("validate", "--help");

    assertEquals(0, top.exit());
    assertTrue(top.out().contains("Exit codes:"), top.out());
    for (String code : List.of("  0 ", "  1 ", "  2 ", "  64 ", "  70 ", "  71 ", "  73 ",
        "  74 ")) {
      assertTrue(top.out().contains(code), code + " in " + top.out());
    }
    assertEquals(0, validate.exit());
    for (String code : List.of("  0 ", "  1 ", "  2 ", "  64 ")) {
      assertTrue(validate.out().contains(code), code + " in " + validate.out());
    }
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.of();

    assertEquals(64, run.exit());
    assertTrue(run.err().startsWith("Missing command."), run.err());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(64, Run.of("validat", Run.data("gemeente-a.json")).exit());
  }

  @Test
  void convertsPrettyToCompactAndBack() throws IOException {
    Path compact = temp.resolve("compact.json");

    assertEquals(0, Run.of("convert", "--compact", "-o", compact.toString(),
        Run.data("gemeente-a.json")).exit());
    Run pretty = Run.of("convert", compact.toString());

    assertEquals(1, Files.readString(compact).lines().count());
    assertEquals(Files.readString(Path.of(Run.data("gemeente-a.json"))), pretty.out());
  }

  @Test
  void splitsAVisionIntoNdjsonPartsAndJoinsThemIntoTheSameVision() throws IOException {
    Path parts = temp.resolve("parts");

    assertEquals(0, Run.of("convert", "--parts", parts.toString(),
        Run.data("gemeente-a.json")).exit());
    assertEquals(List.of("agreements.ndjson", "goals.ndjson", "measurements.ndjson",
        "vision.json"), Files.list(parts).map(p -> p.getFileName().toString()).sorted().toList());
    assertEquals(3, Files.readAllLines(parts.resolve("measurements.ndjson")).size());
    assertEquals(2, Files.readAllLines(parts.resolve("agreements.ndjson")).size());
    assertEquals(1, Files.readAllLines(parts.resolve("goals.ndjson")).size());

    Path joined = temp.resolve("joined.json");
    assertEquals(0, Run.of("convert", parts.toString(), "-o", joined.toString()).exit());
    assertEquals(GemeenteA.vision(), JsonReader.strict().read(joined, DocumentType.VISION));
    assertEquals(Files.readString(Path.of(Run.data("gemeente-a.json"))),
        Files.readString(joined));
  }

  @Test
  void splitsEveryKindOfDocumentIntoItsPartsAndJoinsThemIntoTheSameBytes() throws IOException {
    Map<String, List<String>> expected = Map.of(
        "maassluis-behoefteraming.json", List.of("bottlenecks.ndjson 0", "document.json",
            "figures.ndjson 0", "findings.ndjson 1"),
        "rotterdam-ouder-en-wijzer.json", List.of("activities.ndjson 1", "document.json",
            "goals.ndjson 1"),
        "delft-prestatieafspraken.json", List.of("agreements.ndjson 1", "document.json",
            "goals.ndjson 0"),
        "alkmaar-pact.json", List.of("agreements.ndjson 1", "document.json", "goals.ndjson 0",
            "tasks.ndjson 3", "working-arrangements.ndjson 1"),
        "wonen-en-zorg-op-de-kaart.json", List.of("conclusions.ndjson 0", "document.json",
            "indicators.ndjson 4", "measurements.ndjson 0"));
    for (Map.Entry<String, List<String>> kind : expected.entrySet()) {
      String input = Run.data("cycle/" + kind.getKey());
      Path parts = temp.resolve(kind.getKey() + "-parts");

      assertEquals(0, Run.of("convert", "--parts", parts.toString(), input).exit(), input);
      List<String> files = new ArrayList<>();
      try (Stream<Path> listed = Files.list(parts)) {
        for (Path file : listed.sorted().toList()) {
          String name = file.getFileName().toString();
          files.add(name.endsWith(".ndjson")
              ? name + " " + Files.readAllLines(file).size() : name);
        }
      }
      assertEquals(kind.getValue(), files, input);
      // The rest holds none of the lists split off: the only findings left are those of an
      // analysis a programme or covenant carries, which are no part of their own.
      String rest = Files.readString(parts.resolve("document.json"));
      for (String list : List.of("\"activities\"", "\"tasks\"", "\"indicators\"",
          "\"goals\"", "\"agreements\"")) {
        assertFalse(rest.contains(list), input + " " + list);
      }
      if (kind.getKey().startsWith("maassluis")) {
        assertFalse(rest.contains("\"findings\""), input);
      }

      Path joined = temp.resolve(kind.getKey());
      assertEquals(0, Run.of("convert", parts.toString(), "-o", joined.toString()).exit(),
          input);
      assertEquals(Files.readString(Path.of(input)), Files.readString(joined), input);
    }
  }

  @Test
  void aBadLineOfAPartIsUnreadableAtItsLine() throws IOException {
    Path parts = temp.resolve("parts");
    assertEquals(0, Run.of("convert", "--parts", parts.toString(),
        Run.data("cycle/alkmaar-pact.json")).exit());
    Path tasks = parts.resolve("tasks.ndjson");
    List<String> lines = new ArrayList<>(Files.readAllLines(tasks));
    lines.set(1, "{\"id\": 12, ");
    Files.write(tasks, lines);

    Run run = Run.of("convert", "--lang", "en", parts.toString());

    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("cannot read " + tasks + ", line 2: "), run.err());
  }

  @Test
  void rewritesNdjsonCanonically() throws IOException {
    Run run = Run.of("convert", Run.data("dwelling-stock.ndjson"));

    assertEquals(0, run.exit());
    assertEquals(Files.readString(Path.of(Run.data("dwelling-stock.ndjson"))), run.out());
  }

  @Test
  void partsOfSomethingThatIsNoDocumentOfTheCycleIsAUsageError() throws IOException {
    Path goal = temp.resolve("goal.json");
    Files.writeString(goal, WoonzorgJson.write(clusteredHousingGoal()),
        StandardCharsets.UTF_8);

    Run run = Run.of("convert", "--lang", "en", "--parts", temp.resolve("parts").toString(),
        goal.toString());

    assertEquals(64, run.exit());
    assertEquals("--parts splits a document of the cycle; " + goal + " is a goal"
        + System.lineSeparator(), run.err());
  }

  @Test
  void convertingAMissingFileIsUnreadable() {
    assertEquals(2, Run.of("convert", "no-such-file.json").exit());
  }

  @Test
  void printsTheShippedSchema() {
    Run run = Run.of("schema", "dwelling");

    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("{"), run.out());
    assertTrue(run.out().contains("\"unitKind\""), run.out());
    assertEquals(64, Run.of("schema", "igloo").exit());
  }

  @Test
  void printsTheRuleCatalogue() {
    Run run = Run.of("rules", "--lang", "en");
    List<String> lines = run.out().lines().toList();

    assertEquals(0, run.exit());
    assertEquals(WoonzorgValidator.builtInRules().size() + 2, lines.size());
    assertEquals("WZ-AREA-01                   ERROR     ERROR        Municipality code is in"
        + " the CBS list", lines.get(1));
    assertEquals(WoonzorgValidator.builtInRules().size() + " rules", lines.get(lines.size() - 1));
  }
}
