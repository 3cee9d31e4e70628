package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.HousingCareVision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every bundled file under {@code examples/data/} is exactly what the examples' code writes, so
 * the files cannot drift from the code. With {@code -Dwoonzorg.regenerate=true} the test rewrites
 * them instead (see {@link BundledData#REGENERATE}).
 */
class BundledDataTest {

  static List<BundledData.Entry> entries() {
    return BundledData.all();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void bundledFileIsWhatTheExampleWrites(BundledData.Entry entry) throws IOException {
    byte[] expected = entry.bytes().get();
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      Files.createDirectories(entry.path().getParent());
      Files.write(entry.path(), expected);
      return;
    }
    assertTrue(Files.exists(entry.path()), entry.path() + " is missing; regenerate it with: "
        + BundledData.REGENERATE);
    assertEquals(new String(expected, StandardCharsets.UTF_8),
        Files.readString(entry.path(), StandardCharsets.UTF_8),
        entry.path() + " is stale; regenerate it with: " + BundledData.REGENERATE);
  }

  @Test
  void eachBundledVisionReadsBackIntoItsModel() throws IOException {
    assertEquals(GemeenteA.vision(), read("gemeente-a.json"));
    assertEquals(NationalProgramme.vision(), read("national-programme.json"));
    assertEquals(Rotterdam.vision(), read("rotterdam.json"));
    assertEquals(Bernheze.vision(), read("bernheze.json"));
    assertEquals(SixAgreementTypes.vision(), read("six-agreement-types.json"));
    for (int i = 0; i < RegionExample.visions().size(); i++) {
      assertEquals(RegionExample.visions().get(i), read("regio/" + RegionExample.fileNames().get(i)));
    }
  }

  @Test
  void eachBundledDocumentOfTheCycleIsDetectedAndReadsBackIntoItsModel() throws IOException {
    assertEquals(CycleCases.maassluisAnalysis(), detected("cycle/maassluis-behoefteraming.json"));
    assertEquals(CycleCases.rotterdamProgramme(),
        detected("cycle/rotterdam-ouder-en-wijzer.json"));
    assertEquals(CycleCases.delftAgreements(), detected("cycle/delft-prestatieafspraken.json"));
    assertEquals(CycleCases.alkmaarPact(), detected("cycle/alkmaar-pact.json"));
    assertEquals(CycleCases.zuidKennemerlandMonitor(),
        detected("cycle/wonen-en-zorg-op-de-kaart.json"));
    assertEquals(CycleCases.nationalAgreements2021(),
        detected("cycle/bestuurlijke-afspraken-2021.json"));
    assertEquals(CycleCases.nationalAgreements2022(),
        detected("cycle/nationale-prestatieafspraken-2022.json"));
  }

  /**
   * Every document bundled in format 1.0 — the files as they were before 1.1, kept as test data —
   * is detected as its type without a documentType and reads into the model the examples build
   * today.
   */
  @Test
  void everyBundledDocumentOfFormat10StillReads() throws IOException {
    Map<String, Object> models = Map.of(
        "gemeente-a.json", gemeenteAAsWrittenIn10(),
        "national-programme.json", NationalProgramme.vision(),
        "rotterdam.json", rotterdamAsWrittenIn10(),
        "bernheze.json", Bernheze.vision(),
        "six-agreement-types.json", SixAgreementTypes.vision());
    for (Map.Entry<String, Object> entry : models.entrySet()) {
      byte[] json;
      try (InputStream in = BundledDataTest.class.getResourceAsStream(
          "/nl/woonzorg/examples/format-1.0/" + entry.getKey())) {
        json = in.readAllBytes();
      }
      assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"formatVersion\": \"1.0\""));
      DocumentType<?> type = JsonReader.detectType(json);
      assertEquals(DocumentType.VISION, type, entry.getKey());
      assertEquals(entry.getValue(), JsonReader.strict().read(json, type), entry.getKey());
    }
    try (InputStream in = BundledDataTest.class.getResourceAsStream(
        "/nl/woonzorg/examples/format-1.0/dwelling-stock.ndjson")) {
      List<Object> records = new ArrayList<>();
      NdjsonReader.of(DocumentType.DWELLING).read(in, records::add);
      assertEquals(DwellingStock.generate(), records);
    }
  }

  /** Gemeente A as its 1.0 file has it: before the illustrative jaarschijven were added. */
  private static HousingCareVision gemeenteAAsWrittenIn10() {
    return HousingCareVision.builder().from(GemeenteA.vision())
        .agreements(nl.woonzorg.model.fixture.GemeenteA.vision().getAgreements())
        .build();
  }

  /**
   * Rotterdam's vision as its 1.0 file holds it: 1.0 had no code for "wonen met zorg", so the goal
   * was coded with the nearest 1.0 type, ZORGGESCHIKTE_WONING; today's example uses the 1.1 umbrella
   * WONEN_MET_ZORG, which is what the seed says.
   */
  private static HousingCareVision rotterdamAsWrittenIn10() {
    HousingCareVision vision = Rotterdam.vision();
    return HousingCareVision.builder().from(vision).goals(vision.getGoals().stream()
        .map(goal -> Goal.builder().from(goal).scope(Scope.builder().from(goal.getScope())
            .dwellingTypes(Set.of(DwellingType.ZORGGESCHIKTE_WONING)).build()).build())
        .toList()).build();
  }

  private static Object detected(String file) throws IOException {
    byte[] json = Files.readAllBytes(BundledData.DIRECTORY.resolve(file));
    return JsonReader.strict().read(json, JsonReader.detectType(json));
  }

  private static HousingCareVision read(String file) throws IOException {
    return JsonReader.strict().read(BundledData.DIRECTORY.resolve(file), DocumentType.VISION);
  }
}
