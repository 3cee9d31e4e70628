package nl.woonzorg.io.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README's property reference is what the shipped schemas say. */
class WireFormatDocsTest {

  @Test
  void theReadmeDescribesEveryPropertyOfTheSchemas() throws IOException {
    String readme = Files.readString(WireFormatDocs.README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf(WireFormatDocs.START)
        + WireFormatDocs.START.length(), readme.indexOf(WireFormatDocs.END));

    if (Boolean.getBoolean("woonzorg.regenerate")) {
      WireFormatDocs.main(new String[0]);
      return;
    }
    assertEquals(WireFormatDocs.render(), section,
        "stale woonzorg-io/README.md; regenerate it with: " + WireSchemaTest.REGENERATE);
  }
}
