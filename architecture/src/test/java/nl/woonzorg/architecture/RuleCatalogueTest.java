package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.vera.check.VeraRule;
import org.junit.jupiter.api.Test;

/**
 * The rule ids of all modules form one catalogue: no id is used by two rules, and {@code
 * RULES.md}, generated from the code, is the current one.
 */
class RuleCatalogueTest {

  private static final Path RULES = Path.of("..", "RULES.md");

  @Test
  void ruleIdsAreUniqueAcrossAllModules() {
    Map<String, List<String>> owners = new TreeMap<>();
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      owners.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add("woonzorg-validation");
    }
    for (ProblemKind kind : ProblemKind.values()) {
      owners.computeIfAbsent(kind.ruleId(), id -> new ArrayList<>())
          .add("woonzorg-io " + kind.name());
    }
    for (VeraRule rule : VeraRule.values()) {
      owners.computeIfAbsent(rule.id(), id -> new ArrayList<>())
          .add("woonzorg-vera " + rule.name());
    }
    Map<String, List<String>> shared = new TreeMap<>();
    owners.forEach((id, where) -> {
      if (where.size() > 1) {
        shared.put(id, where);
      }
    });
    assertEquals(Map.of(), shared, "rule ids used more than once");
  }

  @Test
  void rulesMdIsUpToDate() throws IOException {
    String generated = RulesMarkdown.generate();
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      Files.writeString(RULES, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(RULES) ? Files.readString(RULES, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, "RULES.md is stale; regenerate it with: "
        + RulesMarkdown.REGENERATE);
  }
}
