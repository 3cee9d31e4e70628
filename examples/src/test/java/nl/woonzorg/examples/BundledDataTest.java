package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.json.JsonReader;
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
  }

  private static HousingCareVision read(String file) throws IOException {
    return JsonReader.strict().read(BundledData.DIRECTORY.resolve(file), DocumentType.VISION);
  }
}
