package nl.woonzorg.vera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.vera.allocation.AllocationReader;
import nl.woonzorg.vera.internal.Texts;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingNote;
import nl.woonzorg.vera.mapping.MappingResult;
import org.junit.jupiter.api.Test;

/**
 * Every problem the VERA readers report and every mapping note is worded in Dutch and in
 * English, from the module's own catalogue, as woonzorg-io words its problems.
 */
class ProblemTextsTest {

  private static final Locale NL = Locale.forLanguageTag("nl");
  // An argument of a template: {0}, {1,number,integer}; a quoted brace '{' is none.
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  @Test
  void theCataloguesHaveTheSameKeysWithTheSameArgumentsAndEveryTemplateFormats() {
    Properties dutch = Texts.properties(Texts.class, "problems.properties");
    Properties english = Texts.properties(Texts.class, "problems_en.properties");

    assertEquals(dutch.stringPropertyNames(), english.stringPropertyNames());
    for (String key : dutch.stringPropertyNames()) {
      assertEquals(arguments(dutch.getProperty(key)), arguments(english.getProperty(key)), key);
      for (Properties texts : List.of(dutch, english)) {
        String formatted = new MessageFormat(texts.getProperty(key), Locale.ROOT)
            .format(new Object[] {"a", "b", "c"});
        assertFalse(ARGUMENT.matcher(formatted).find() || formatted.contains("''"),
            key + ": " + formatted);
      }
    }
  }

  @Test
  void aValueWithoutTheSpecsTypeIsWordedInBothLanguages() {
    List<WireProblem> problems = VeraReader.lenient().readResult("{\"id\": \"E-1\",\n"
        + " \"doelgroep\": \"SEN\",\n \"bouwjaar\": \"1998\",\n \"woonvorm\": {\"naam\": \"G\"}}")
        .problems();

    assertEquals(List.of(
        "WZ-IO-WRONG-TYPE at /doelgroep (2:15): expected a code value as an object "
            + "{\"code\": …}, not a bare string; the value is kept as it was",
        "WZ-IO-WRONG-TYPE at /bouwjaar (3:14): expected an integer; the value is kept as it was",
        "WZ-IO-MISSING-VALUE at /woonvorm (4:14): the member \"code\" is missing; the value is "
            + "kept as it was"), texts(problems, Locale.ENGLISH));
    assertEquals(List.of(
        "WZ-IO-WRONG-TYPE bij /doelgroep (2:15): verwacht: een codewaarde als object "
            + "{\"code\": …}, geen losse tekst; de waarde is bewaard zoals ze was",
        "WZ-IO-WRONG-TYPE bij /bouwjaar (3:14): verwacht: een geheel getal; de waarde is bewaard"
            + " zoals ze was",
        "WZ-IO-MISSING-VALUE bij /woonvorm (4:14): de eigenschap \"code\" ontbreekt; de waarde is"
            + " bewaard zoals ze was"), texts(problems, NL));
    assertEquals("een geheel getal", problems.get(1).expected(NL));
    assertEquals("\"1998\"", problems.get(1).found(NL).orElseThrow());
  }

  @Test
  void aLineTooLongIsWordedInBothLanguagesWithItsNumbersUngrouped() {
    List<WireProblem> problems = new ArrayList<>();
    String ndjson = "{\"id\":\"E-1\"}\n{\"id\":\"" + "x".repeat(2000) + "\"}\n";

    VeraReader.lenient().withRecordLimits(ReadLimits.defaults().withMaxDocumentLength(1500))
        .withProblemHandler(problems::add)
        .readNdjson(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))).count();

    WireProblem problem = problems.get(0);
    assertEquals("line 2 is longer than 1500 bytes; it was skipped unread",
        problem.message(Locale.ENGLISH));
    assertEquals("regel 2 is langer dan 1500 bytes; hij is ongelezen overgeslagen",
        problem.message(NL));
    assertEquals("een regel van hoogstens 1500 bytes", problem.expected(NL));
  }

  @Test
  void anAllocationWithoutItsDateIsWordedInBothLanguages() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> AllocationReader.of().readList("[{\"id\": \"t1\"}, 7]"));

    assertEquals(List.of(
        "WZ-IO-MISSING-VALUE at /0/datum: an allocation needs its datum to be counted in a period",
        "WZ-IO-WRONG-TYPE at /1: expected a Toewijzing object"),
        texts(e.getProblems(), Locale.ENGLISH));
    assertEquals(List.of("WZ-IO-MISSING-VALUE bij /0/datum: een toewijzing heeft haar datum nodig"
            + " om in een periode te tellen", "WZ-IO-WRONG-TYPE bij /1: verwacht: een"
            + " Toewijzing-object"), texts(e.getProblems(), NL));
    assertEquals("een datum-tijd zoals 2024-03-01T10:00:00Z", e.getProblems().get(0).expected(NL));
  }

  @Test
  void aMappingNoteIsWordedInBothLanguages() {
    MappingResult<Dwelling> result = DwellingMapping.toDwelling(VeraReader.strict().read(
        "{\"id\": \"E-1\", \"soort\": {\"code\": \"WOO\"}, \"doelgroep\": {\"code\": \"XYZ\"},"
            + " \"adres\": {\"soort\": {\"code\": \"EEN\"}, \"wijk\": {\"code\": \"WK059901\"},"
            + " \"buurt\": {\"code\": \"BU03630000\"}}}"));

    MappingNote unknown = note(result, "/doelgroep/code");
    assertEquals("code XYZ is not in the model's list for doelgroep", unknown.message());
    assertEquals("code XYZ staat niet in de lijst van het model voor doelgroep",
        unknown.message(NL));
    MappingNote outside = note(result, "/adres/buurt/code");
    assertEquals("BU03630000 does not lie in WK059901", outside.message(Locale.ENGLISH));
    assertEquals("BU03630000 ligt niet in WK059901", outside.message(NL));
  }

  /** A problem worded from vera's catalogue travels whole, in both languages, when serialized. */
  @Test
  void aProblemSurvivesSerializationInBothLanguages() throws Exception {
    WireFormatException thrown = assertThrows(WireFormatException.class,
        () -> VeraReader.strict().read("{\"bouwjaar\": true}"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    WireFormatException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (WireFormatException) in.readObject();
    }

    assertEquals(thrown.getProblems(), read.getProblems());
    assertEquals("verwacht: een geheel getal; de waarde is bewaard zoals ze was",
        read.getProblems().get(0).message(NL));
  }

  private static Set<String> arguments(String template) {
    Set<String> arguments = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(template);
    while (matcher.find()) {
      arguments.add(matcher.group(1));
    }
    return arguments;
  }

  private static List<String> texts(List<WireProblem> problems, Locale locale) {
    return problems.stream().map(problem -> problem.toString(locale)).toList();
  }

  private static MappingNote note(MappingResult<Dwelling> result, String pointer) {
    return result.notes().stream().filter(note -> note.pointer().toString().equals(pointer))
        .findFirst().orElseThrow(() -> new AssertionError(pointer + ": " + result.notes()));
  }
}
