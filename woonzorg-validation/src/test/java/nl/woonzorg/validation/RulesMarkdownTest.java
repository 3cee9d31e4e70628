package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code RULES.md} is generated from the code; the committed copy must be the current one. */
class RulesMarkdownTest {

  private static final Path RULES = Path.of("RULES.md");

  @Test
  void rulesMdIsUpToDate() throws IOException {
    String generated = RulesMarkdown.generate();
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      Files.writeString(RULES, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(RULES) ? Files.readString(RULES, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, "woonzorg-validation/RULES.md is stale; regenerate it with: "
        + RulesMarkdown.REGENERATE);
  }
}
