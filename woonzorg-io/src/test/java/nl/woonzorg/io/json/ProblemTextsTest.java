package nl.woonzorg.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.goal.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reading problem is worded in Dutch and in English, counts inflected, and never in the
 * words of the parser underneath: no Jackson class, feature or setting reaches a user.
 */
class ProblemTextsTest {

  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final String GOAL = "{\"formatVersion\":\"1.0\",\"id\":\"g\",\"title\":\"t\"";
  // What only a parser's own message would contain: code spans, its settings, its classes.
  private static final Pattern PARSER_WORDS =
      Pattern.compile("`|Feature|Constraints|Jackson|jackson|\\(code \\d+\\)|getMax|enable ");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  /** Broken documents that reach each wording, the parser's own errors among them. */
  static Stream<String> broken() {
    return Stream.of("", "   ", GOAL, GOAL + " x}", GOAL + ",\"title\":NaN}",
        GOAL + ",\"weight\":Infinity}", GOAL + ",\"title\":tru}", GOAL + ",\"title\":\"a\u0001b\"}",
        GOAL + "}}", GOAL + "} []", GOAL + ",\"title\":'t'}", GOAL + ",}", GOAL + ",\"t\" 1}",
        GOAL + ",\"baseline\":[1}", GOAL + ",\"deadline\":{\"date\":\"2025-13-45\"}}",
        GOAL + ",\"deadline\":{\"year\":9999999999}}", GOAL + ",\"title\":1e999999999999}",
        GOAL + ",\"x\":1,\"x\":2}", GOAL + ",\"title\":\"u\",\"title\":\"v\"}",
        "{\"formatVersion\":\"9.0\",\"id\":\"g\",\"title\":\"t\"}", "[1,2]", "\"goal\"", "0",
        GOAL + ",\"title\":\"" + "x".repeat(2000) + "\"}", "[".repeat(100), "{\"a\":" + "[".repeat(40),
        GOAL + ",\"deadline\":{\"year\":2025,\"date\":\"2025-06-30\"}}", "\uFEFF" + GOAL + "}");
  }

  @ParameterizedTest
  @MethodSource("broken")
  void everyProblemIsWordedInBothLanguagesWithoutTheParsersWords(String json) {
    ReadResult<Goal> result = JsonReader.lenient()
        .withLimits(ReadLimits.defaults().withMaxStringLength(1000).withMaxNestingDepth(32))
        .readResult(json, DocumentType.GOAL);
    assertFalse(result.problems().isEmpty(), json);
    for (WireProblem problem : result.problems()) {
      for (Locale locale : List.of(NL, Locale.ENGLISH)) {
        for (String text : Stream.concat(Stream.of(problem.message(locale),
            problem.expected(locale)), problem.found(locale).stream()).toList()) {
          assertFalse(text.isBlank(), problem.toString());
          assertFalse(PARSER_WORDS.matcher(text).find(), locale + ": " + text);
          assertFalse(PLACEHOLDER.matcher(text).find(), locale + ": " + text);
        }
      }
      assertEquals(problem.message(), problem.message(Locale.ENGLISH));
    }
  }

  @Test
  void theParsersErrorsAreWordedAsOurOwn() {
    assertEquals(List.of("unexpected character 'x'", "onverwacht teken 'x'"),
        messages(GOAL + " x}"));
    assertEquals(List.of("the document ends too early", "het document houdt te vroeg op"),
        messages(GOAL));
    assertEquals(List.of("unrecognised word NaN: JSON knows only true, false and null",
        "onbekend woord NaN: JSON kent alleen true, false en null"),
        messages(GOAL + ",\"title\":NaN}"));
    assertEquals(List.of("nested deeper than 32 levels", "dieper genest dan 32 niveaus"),
        messages("{\"a\":" + "[".repeat(40)));
  }

  @Test
  void theSummaryOfProblemsLeftOutInflectsAndGroupsItsCount() {
    assertEquals(List.of("and 1 more problem of WZ-IO-UNKNOWN-PROPERTY",
        "en nog 1 fout van WZ-IO-UNKNOWN-PROPERTY"), summary(2, 1));
    assertEquals(List.of("and 2,000 more problems of WZ-IO-UNKNOWN-PROPERTY",
        "en nog 2.000 fouten van WZ-IO-UNKNOWN-PROPERTY"), summary(2001, 1));
    WireProblem problem = summaryProblem(2001, 1);
    assertEquals("at most 1 problem listed", problem.expected(Locale.ENGLISH));
    assertEquals("hoogstens 1 fout vermeld", problem.expected(NL));
    assertEquals("2.001 fouten", problem.found(NL).orElseThrow());
  }

  /** A problem travels whole, in both languages, inside a serialized WireFormatException. */
  @Test
  void aProblemSurvivesSerializationInBothLanguages() throws Exception {
    WireProblem problem = summaryProblem(2001, 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new WireFormatException(List.of(problem)));
    }
    WireFormatException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (WireFormatException) in.readObject();
    }
    assertEquals(problem, read.getProblems().get(0));
    assertEquals("en nog 2.000 fouten van WZ-IO-UNKNOWN-PROPERTY",
        read.getProblems().get(0).message(NL));
  }

  @Test
  void theCataloguesHaveTheSameKeysAndEveryTemplateFormats() throws IOException {
    Properties dutch = catalogue("problems.properties");
    Properties english = catalogue("problems_en.properties");
    assertEquals(dutch.stringPropertyNames(), english.stringPropertyNames());
    for (String key : dutch.stringPropertyNames()) {
      for (Properties texts : List.of(dutch, english)) {
        String formatted = new MessageFormat(texts.getProperty(key), Locale.ROOT)
            .format(new Object[] {2L, "b", "c"});
        assertFalse(formatted.contains("{") || formatted.contains("'"), key + ": " + formatted);
      }
      assertTrue(ProblemText.of(key, 2L, "b", "c").in(NL).length() > 0, key);
    }
  }

  /** The texts of the last problem of {@code json}: the fatal one, where there is one. */
  private static List<String> messages(String json) {
    List<WireProblem> problems = JsonReader.lenient().readResult(json, DocumentType.GOAL)
        .problems();
    WireProblem problem = problems.get(problems.size() - 1);
    return List.of(problem.message(Locale.ENGLISH), problem.message(NL));
  }

  private static List<String> summary(int unknown, int max) {
    WireProblem problem = summaryProblem(unknown, max);
    return List.of(problem.message(Locale.ENGLISH), problem.message(NL));
  }

  /** The summary of a goal with {@code unknown} unknown properties, {@code max} listed. */
  private static WireProblem summaryProblem(int unknown, int max) {
    StringBuilder json = new StringBuilder(GOAL);
    for (int i = 0; i < unknown; i++) {
      json.append(",\"x").append(i).append("\":1");
    }
    List<WireProblem> problems = JsonReader.lenient()
        .withLimits(ReadLimits.defaults().withMaxProblems(max))
        .readResult(json.append('}').toString(), DocumentType.GOAL).problems();
    return problems.get(problems.size() - 1);
  }

  private static Properties catalogue(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProblemText.class.getResourceAsStream(name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
