package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;

/**
 * What "canonical" means ({@link VeraWriter}): a document in canonical form is written back byte
 * for byte; any other is written in canonical form, which reads to the same unit and is then a
 * fixed point.
 */
class CanonicalFormTest {

  private static final String CANONICAL = """
      {
        "id": "E-1",
        "doelgroep": {
          "code": "SEN",
          "naam": "Senioren"
        },
        "brutohuur": 712.50,
        "omschrijving": "Café \\"De Hoek\\"\\n2e etage",
        "ruimten": [],
        "extra": {},
        "energie": 1e3
      }
      """;

  @Test
  void aCanonicalDocumentIsWrittenBackByteForByte() {
    assertEquals(CANONICAL, VeraWriter.pretty().write(VeraReader.strict().read(CANONICAL)));
  }

  @Test
  void anotherLayoutIsWrittenCanonicallyAndReadsTheSame() {
    String other = "{ \"id\":\"E-1\",\t\"doelgroep\" : {\"code\":\"SEN\",\"naam\":\"Senioren\"},"
        + "\"brutohuur\":712.50,\"omschrijving\":\"Caf\\u00e9 \\\"De Hoek\\\"\\n2e etage\","
        + "\"ruimten\":[ ],\"extra\":{ },\"energie\":1e3}\r\n";

    VeraUnit unit = VeraReader.strict().read(other);
    String written = VeraWriter.pretty().write(unit);

    assertEquals(CANONICAL, written);
    assertEquals(unit, VeraReader.strict().read(written));
  }

  /**
   * A lenient read keeps {@code clusters} of another type as read; writing it back wrote an empty
   * array in its place (found by the fuzz soak).
   */
  @Test
  void clustersOfAnotherTypeKeptByALenientReadAreWrittenAsRead() {
    VeraUnit unit = VeraReader.lenient().read("{\"clusters\":1}");

    String written = VeraWriter.compact().write(unit);

    assertEquals("{\"clusters\":1}", written);
    assertEquals(unit, VeraReader.lenient().read(written));
  }

  @Test
  void amountsAreWrittenPlainAndReadBackEqual() {
    VeraUnit unit = VeraReader.strict().read(
        "{\"brutohuur\":7.125E2,\"rekenhuur\":1E+3,\"streefhuur\":650}");

    assertEquals(Optional.of(new BigDecimal("712.5")), unit.getGrossRent());
    assertEquals(Optional.of(new BigDecimal("1000")), unit.getEligibleRent());
    String written = VeraWriter.compact().write(unit);
    assertEquals("{\"brutohuur\":712.5,\"rekenhuur\":1000,\"streefhuur\":650}", written);
    assertEquals(unit, VeraReader.strict().read(written));
  }

  @Test
  void theLegacyNameIsReadAndWrittenInLowerCamelCase() {
    VeraUnit unit = VeraReader.strict().read(
        "{\"id\":\"E-1\",\"Woningwaarderingstelsel\":{\"code\":\"ZEL\"}}");

    assertEquals("{\"id\":\"E-1\",\"woningwaarderingstelsel\":{\"code\":\"ZEL\"}}",
        VeraWriter.compact().write(unit));
  }

  @Test
  void aLegacyNameBesideItsLowerCamelCaseTwinIsADuplicate() {
    String both = "{\"woningwaarderingstelsel\":{\"code\":\"ZEL\"},\n"
        + "\"Woningwaarderingstelsel\":{\"code\":\"ONZ\"}}";

    ReadResult<VeraUnit> result = VeraReader.lenient().readResult(both);

    assertEquals(ProblemKind.DUPLICATE_KEY, result.problems().get(0).kind());
    assertEquals("WZ-IO-DUPLICATE-KEY at /Woningwaarderingstelsel (2:27): "
        + "\"Woningwaarderingstelsel\" is the legacy name of \"woningwaarderingstelsel\", which "
        + "this object has already; the first is kept", result.problems().get(0).toString());
    assertEquals("{\"woningwaarderingstelsel\":{\"code\":\"ZEL\"}}",
        VeraWriter.compact().write(result.value().orElseThrow()));
    assertEquals(ProblemKind.DUPLICATE_KEY, assertThrowsWire(both).kind());
  }

  @Test
  void aPropertyTwiceIsRefusedWhereItIs() {
    WireFormatException e = assertThrows(WireFormatException.class,
        () -> VeraReader.lenient().read("{\"ruimten\":[{\"id\":1,\"id\":2}]}"));

    assertEquals(ProblemKind.DUPLICATE_KEY, e.getProblems().get(0).kind());
    assertEquals("/ruimten/0/id", e.getProblems().get(0).pointer().toString());
  }

  @Test
  void propertyOrderIsPartOfTheUnit() {
    assertNotEquals(VeraReader.strict().read("{\"a\":1,\"b\":2}"),
        VeraReader.strict().read("{\"b\":2,\"a\":1}"));
    assertTrue(VeraWriter.compact().write(VeraReader.strict().read("{\"b\":2,\"a\":1}"))
        .startsWith("{\"b\""));
  }

  private static WireProblem assertThrowsWire(String json) {
    return assertThrows(WireFormatException.class,
        () -> VeraReader.strict().read(json)).getProblems().get(0);
  }
}
