package nl.woonzorg.testkit;

import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertConform;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertDetected;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertDoesNotViolate;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertViolates;
import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.assertViolatesAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.testkit.assertion.WoonzorgAssertions;
import nl.woonzorg.testkit.defect.ConformanceCorpus;
import nl.woonzorg.testkit.defect.ConformanceCorpus.Expectation;
import nl.woonzorg.testkit.defect.Defects;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import nl.woonzorg.validation.BuildingReferences;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples, assertions and corpus, with exact outcomes. */
class ToolsTest {

  private static final Dwelling ZERO_ROOMS =
      Dwelling.builder().id("eenheid-1").unitKind(UnitKind.WOONRUIMTE).rooms(0).build();

  @Test
  void samplesAreReproducibleAndGrowByPrefix() {
    List<HousingCareVision> five = Samples.of(WoonzorgGen.visions(), 42).take(5);
    List<HousingCareVision> twenty = Samples.of(WoonzorgGen.visions(), 42).take(20);
    assertEquals(5, five.size());
    assertEquals(five, twenty.subList(0, 5));
    assertEquals(five, Samples.of(WoonzorgGen.visions(), 42).take(5));
    assertNotEquals(twenty, Samples.of(WoonzorgGen.visions(), 43).take(20));
    assertEquals(List.of(), Samples.of(WoonzorgGen.visions(), 42).take(0));
    assertThrows(IllegalArgumentException.class, () -> Samples.of(WoonzorgGen.goals(), 1).take(-1));
    assertThrows(IllegalArgumentException.class, () -> WoonzorgGen.visions(0));
    assertThrows(IllegalArgumentException.class, () -> WoonzorgGen.visions(WoonzorgGen.MAX_SIZE + 1));
  }

  @Test
  void aSampleCoversEveryAgreementTypeAndPhase() {
    List<HousingCareVision> sample = Samples.of(WoonzorgGen.visions(), 1).take(100);
    assertEquals(Set.of(AgreementType.values()), sample.stream()
        .flatMap(v -> v.getAgreements().stream())
        .map(agreement -> agreement.getType().orElseThrow()).collect(Collectors.toSet()));
    assertEquals(Set.of(Phase.values()),
        sample.stream().map(HousingCareVision::getCurrentPhase).collect(Collectors.toSet()));
  }

  @Test
  void conformingObjectsPass() {
    for (HousingCareVision vision : Samples.of(WoonzorgGen.visions(), 3).take(10)) {
      assertConform(vision);
      assertConform(vision, Profile.CONCEPT);
      assertDoesNotViolate(vision, "WZ-SIGN-01");
    }
  }

  @Test
  void aFailureListsEveryFindingOnALine() {
    Report report = WoonzorgAssertions.validate(ZERO_ROOMS, Profile.VASTGESTELD);
    Finding finding = report.getFindings().get(0);
    AssertionError error = assertThrows(AssertionError.class, () -> assertConform(ZERO_ROOMS));
    assertEquals("Expected 'eenheid-1' to conform, but 1 error reported; 1 finding:\n"
        + "  ERROR WZ-BEAN-POSITIVE at /rooms: " + finding.getMessage(), error.getMessage());
    assertEquals(1, report.getFindings().size());
    assertEquals(Severity.ERROR, finding.getSeverity());
  }

  @Test
  void violationsAreFoundByRuleAndPointer() {
    assertViolates(ZERO_ROOMS, "WZ-BEAN-POSITIVE");
    assertViolatesAt(ZERO_ROOMS, "WZ-BEAN-POSITIVE", "/rooms");
    AssertionError elsewhere = assertThrows(AssertionError.class,
        () -> assertViolatesAt(ZERO_ROOMS, "WZ-BEAN-POSITIVE", "/id"));
    assertEquals(true, elsewhere.getMessage()
        .startsWith("Expected 'eenheid-1' to violate WZ-BEAN-POSITIVE at /id; 1 finding:\n"));
    AssertionError other = assertThrows(AssertionError.class,
        () -> assertViolates(ZERO_ROOMS, "WZ-AREA-04"));
    assertEquals(true, other.getMessage().startsWith("Expected 'eenheid-1' to violate WZ-AREA-04"));
    assertThrows(AssertionError.class, () -> assertDoesNotViolate(ZERO_ROOMS, "WZ-BEAN-POSITIVE"));
    assertThrows(IllegalArgumentException.class, () -> assertConform("not a model object"));
  }

  @Test
  void aDefectIsDetected() {
    HousingCareVision vision = Samples.of(WoonzorgGen.visions(), 5).take(1).get(0);
    assertDetected(Defects.visionDefect("blank-title").orElseThrow().inject(vision, 0));
    assertViolatesAt(Defects.visionDefect("blank-title").orElseThrow().inject(vision, 0).value(),
        "WZ-BEAN-NOTBLANK", "/goals/0/title");
  }

  @Test
  void theCorpusHoldsValidAndInvalidDocumentsWithTheirExpectations(@TempDir Path dir)
      throws IOException {
    List<Expectation> all = ConformanceCorpus.write(dir, 11, 3);
    // The stocks, two files checked together, are checked by theCorpusHoldsStocks.
    List<Expectation> written =
        all.stream().filter(e -> e.checkedWith().isEmpty()).toList();
    // Three valid documents of each of the eight kinds: vision, dwelling, building and the five
    // others.
    assertEquals(24, written.stream().filter(e -> e.defect().isEmpty()).count());
    assertEquals(Map.of("housing-care-vision", 3L, "dwelling", 3L, "building", 3L,
        "analysis-document", 3L,
        "performance-agreements", 3L, "covenant", 3L, "implementation-programme", 3L,
        "monitor", 3L), written.stream().filter(e -> e.defect().isEmpty())
            .collect(Collectors.groupingBy(Expectation::documentType, Collectors.counting())));
    // Every kind of the cycle has defective cases: its own WZ-DOC rules, and WZ-AREA-05; a
    // building the clustered-housing rules of one record, WZ-AREA-04 and WZ-AREA-05.
    Map<String, List<String>> defective = written.stream().filter(e -> e.defect().isPresent())
        .filter(e -> !e.documentType().equals("housing-care-vision")
            && !e.documentType().equals("dwelling"))
        .collect(Collectors.groupingBy(Expectation::documentType, TreeMap::new,
            Collectors.mapping(e -> e.ruleId().orElseThrow(), Collectors.toList())));
    assertEquals(Map.of(
        "analysis-document", List.of("WZ-DOC-03", "WZ-DOC-04", "WZ-AREA-05"),
        "building", List.of("WZ-BLD-01", "WZ-BLD-02", "WZ-BLD-04", "WZ-BLD-05", "WZ-AREA-04",
            "WZ-AREA-05"),
        "covenant", List.of("WZ-DOC-05", "WZ-DOC-06", "WZ-DOC-10", "WZ-DOC-10", "WZ-AREA-05"),
        "implementation-programme", List.of("WZ-DOC-02", "WZ-AREA-05"),
        "monitor", List.of("WZ-DOC-07", "WZ-DOC-08", "WZ-AREA-05"),
        "performance-agreements", List.of("WZ-DOC-09", "WZ-AREA-05")), defective);
    assertEquals(Defects.visionDefects().size() + Defects.dwellingDefects().size(),
        written.stream().filter(e -> e.defect().isPresent()).count() - defective.values()
            .stream().mapToInt(List::size).sum(), "every vision and dwelling defect is placed");
    for (Expectation expectation : written) {
      String json = Files.readString(dir.resolve(expectation.file()), StandardCharsets.UTF_8);
      Object document = JsonReader.strict().read(json, DocumentType.all().stream()
          .filter(t -> t.name().equals(expectation.documentType())).findFirst().orElseThrow());
      Report report = WoonzorgAssertions.validate(document, Profile.VASTGESTELD);
      List<String> errors = report.findings(Severity.ERROR).stream()
          .map(f -> f.getRuleId() + " at " + f.getLocation()).toList();
      assertEquals(expectation.conform() ? List.of() : List.of(expectation.ruleId().orElseThrow()
          + " at " + expectation.pointer().orElseThrow()), errors, expectation.file());
      expectation.ruleId().ifPresent(rule -> assertEquals(true, report.findings(rule).stream()
          .anyMatch(f -> f.getLocation().equals(expectation.pointer().orElseThrow())
              && Optional.of(f.getSeverity()).equals(expectation.severity())),
          expectation.file()));
    }
    String expectations = Files.readString(dir.resolve(ConformanceCorpus.EXPECTATIONS));
    assertEquals(true, expectations.contains("\"file\" : \"invalid/dwelling-zero-rooms.json\""));
    assertEquals(true, expectations.contains(
        "\"file\" : \"invalid/covenant-covenant-without-tasks.json\""), expectations);
    assertEquals(all, ConformanceCorpus.write(dir, 11, 3));
  }

  /**
   * The stocks of the corpus: building records and the dwelling records naming them, checked
   * together, report exactly what their expectations say, in the file they name.
   */
  @Test
  void theCorpusHoldsStocksForTheRulesAcrossRecords(@TempDir Path dir) throws IOException {
    List<Expectation> stocks = ConformanceCorpus.write(dir, 11, 1).stream()
        .filter(e -> e.checkedWith().isPresent()).toList();

    assertEquals(List.of(
        "valid/stock-dwellings.ndjson dwelling with valid/stock-buildings.ndjson: conform",
        "invalid/stock-dwelling-names-unknown-building-dwellings.ndjson dwelling with"
            + " invalid/stock-dwelling-names-unknown-building-buildings.ndjson: not conform,"
            + " dwelling-names-unknown-building WZ-BLD-06 ERROR at /2/buildingId",
        "invalid/stock-unit-count-differs-buildings.ndjson building with"
            + " invalid/stock-unit-count-differs-dwellings.ndjson: conform,"
            + " unit-count-differs-from-dwellings WZ-BLD-07 WARNING at /0/unitCount"),
        stocks.stream().map(e -> e.file() + " " + e.documentType() + " with "
            + e.checkedWith().orElseThrow() + ": " + (e.conform() ? "conform" : "not conform")
            + e.defect().map(d -> ", " + d + " " + e.ruleId().orElseThrow() + " "
                + e.severity().orElseThrow() + " at " + e.pointer().orElseThrow()).orElse(""))
            .toList());
    WoonzorgValidator validator = WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build();
    for (Expectation stock : stocks) {
      boolean inBuildings = stock.documentType().equals(DocumentType.BUILDING.name());
      Path buildings = dir.resolve(inBuildings ? stock.file() : stock.checkedWith().get());
      Path dwellings = dir.resolve(inBuildings ? stock.checkedWith().get() : stock.file());
      BuildingReferences references = BuildingReferences.of(validator);
      List<String> buildingFindings = new ArrayList<>();
      List<String> dwellingFindings = new ArrayList<>();
      int[] index = {0};
      try (InputStream in = Files.newInputStream(buildings)) {
        NdjsonReader.of(DocumentType.BUILDING).read(in, building -> {
          JsonPointer at = JsonPointer.root().append(index[0]++);
          references.addBuilding(at, building);
          findings(validator.validate(building), at, buildingFindings);
        });
      }
      index[0] = 0;
      try (InputStream in = Files.newInputStream(dwellings)) {
        NdjsonReader.of(DocumentType.DWELLING).read(in, dwelling -> {
          JsonPointer at = JsonPointer.root().append(index[0]++);
          findings(validator.validate(dwelling).merge(references.checkDwelling(dwelling)), at,
              dwellingFindings);
        });
      }
      findings(references.unitCounts(), JsonPointer.root(), buildingFindings);
      List<String> expected = stock.ruleId().map(rule -> List.of(rule + " "
          + stock.severity().orElseThrow() + " at " + stock.pointer().orElseThrow()))
          .orElse(List.of());
      assertEquals(expected, inBuildings ? buildingFindings : dwellingFindings, stock.file());
      assertEquals(List.of(), inBuildings ? dwellingFindings : buildingFindings, stock.file());
    }
  }

  /** Each finding of {@code report} as "rule SEVERITY at pointer", below {@code at}. */
  private static void findings(Report report, JsonPointer at, List<String> out) {
    report.getFindings().forEach(f -> out.add(f.getRuleId() + " " + f.getSeverity() + " at "
        + at.append(f.getLocation())));
  }
}
