package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.junit.jupiter.api.Test;

/** The catalogue's ids are unique and well-formed, and every rule speaks Dutch and English. */
class MessagesTest {

  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);
  private static final List<String> PARTS = List.of("title", "message", "expected", "hint");
  private static final Pattern ID =
      Pattern.compile("WZ-(BEAN-[A-Z]+|ENGINE-\\d\\d|SMART-[SMART]-\\d\\d|[A-Z]+-\\d\\d)");

  @Test
  void ruleIdsAreUniqueAndFollowTheScheme() {
    Set<String> seen = new HashSet<>();
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      assertTrue(seen.add(rule.id()), "duplicate rule id " + rule.id());
      assertTrue(ID.matcher(rule.id()).matches(), "rule id outside the scheme: " + rule.id());
    }
  }

  @Test
  void everyRuleHasEveryTextInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      for (Locale language : LANGUAGES) {
        for (String part : PARTS) {
          String key = rule.id() + "." + part;
          if (!rule.messages().hasOwn(key, language)) {
            missing.add(language + ": " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing, "add these keys to Messages.properties (nl) and"
        + " Messages_en.properties (en) in woonzorg-validation/src/main/resources/nl/woonzorg/"
        + "validation/; a blank expected or hint is left out of the finding");
  }

  @Test
  void titlesAndMessagesAreNotBlankAndTemplatesFormat() {
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      for (Locale language : LANGUAGES) {
        for (String part : PARTS) {
          String template = rule.messages().text(rule.id() + "." + part, language).orElseThrow();
          if (part.equals("title") || part.equals("message")) {
            assertFalse(template.isBlank(), rule.id() + "." + part + " in " + language);
          }
          assertFalse(template.contains("'"),
              rule.id() + "." + part + " in " + language + ": MessageFormat would eat the quote");
          // WZ-ENGINE-02's second argument is the count it inflects, a number.
          Object[] arguments = rule.id().equals(WoonzorgValidator.FINDINGS_OMITTED.id())
              ? new Object[] {"a", 2L, "c", "d", "e"} : new Object[] {"a", "b", "c", "d", "e"};
          String formatted = new MessageFormat(template, language).format(arguments);
          assertFalse(formatted.contains("{"), rule.id() + "." + part + ": " + formatted);
        }
      }
    }
  }

  @Test
  void everyRuleIsDocumented() {
    for (RuleDefinition rule : WoonzorgValidator.builtInRules()) {
      assertFalse(rule.rationale().isBlank(), rule.id());
      assertFalse(rule.source().isBlank(), rule.id());
      assertFalse(rule.example().isBlank(), rule.id());
    }
  }

  @Test
  void noBundleHoldsKeysOfRulesThatDoNotExist() {
    Set<String> ids = new HashSet<>();
    WoonzorgValidator.builtInRules().forEach(rule -> ids.add(rule.id()));
    for (Locale language : LANGUAGES) {
      for (String key : BundleKeys.of(language)) {
        assertTrue(ids.contains(key.substring(0, key.lastIndexOf('.'))), language + ": " + key);
      }
    }
  }
}
