package nl.woonzorg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Another module's catalogue words its problems in both languages, as io's own do. */
class ProblemCatalogueTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  private static Properties texts(String... keysAndTemplates) {
    Properties properties = new Properties();
    for (int i = 0; i < keysAndTemplates.length; i += 2) {
      properties.setProperty(keysAndTemplates[i], keysAndTemplates[i + 1]);
    }
    return properties;
  }

  @Test
  void aTextIsWordedInEachLanguageItsCountsInflectedAndGrouped() {
    ProblemCatalogue catalogue = ProblemCatalogue.of(
        texts("rows", "{0,choice,1#1 rij|1<{0,number,integer} rijen} in {1}"),
        texts("rows", "{0,choice,1#1 row|1<{0,number,integer} rows} in {1}"));

    ProblemText text = catalogue.text("rows", 12345, ProblemText.of("expected.array"));

    assertEquals("12.345 rijen in een lijst", text.in(NL));
    assertEquals("12,345 rows in an array", text.in(Locale.ENGLISH));
    assertEquals("1 row in x", catalogue.text("rows", 1, "x").toString());
  }

  @Test
  void theTemplatesAreCopiedWhenTheCatalogueIsMade() {
    Properties dutch = texts("k", "nl");
    Properties english = texts("k", "en");
    ProblemCatalogue catalogue = ProblemCatalogue.of(dutch, english);

    dutch.setProperty("k", "changed");

    assertEquals("nl", catalogue.text("k").in(NL));
  }

  @Test
  void aTextOfAnotherCatalogueIsAnotherText() {
    ProblemText ours = ProblemCatalogue.of(texts("k", "a"), texts("k", "a")).text("k");
    ProblemText theirs = ProblemCatalogue.of(texts("k", "b"), texts("k", "a")).text("k");

    assertNotEquals(ours, theirs);
    assertEquals(ours, ProblemCatalogue.of(texts("k", "a"), texts("k", "a")).text("k"));
  }

  @Test
  void keysInOneLanguageOnlyOrABrokenTemplateAreRefusedByName() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ProblemCatalogue.of(texts("a", "x", "b", "y"), texts("a", "x", "c", "z")));
    IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
        () -> ProblemCatalogue.of(texts("a", "{0"), texts("a", "x")));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ProblemCatalogue.of(texts("a", "x"), texts("a", "x")).text("b"));
    ProblemCatalogue catalogue = ProblemCatalogue.of(texts("a", "{0}"), texts("a", "{0}"));

    assertEquals("keys not in both Dutch and English: [b, c]", missing.getMessage());
    assertEquals("template 'a' is not a MessageFormat pattern: Unmatched braces in the pattern.",
        broken.getMessage());
    assertEquals("no problem text 'b' in Dutch and English", unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> catalogue.text("a", new Object()));
  }
}
