package nl.woonzorg.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.integers;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the wire format: {@code read(write(x))} equals {@code x}, the compact document is
 * the pretty one as Jackson's generator writes it compactly, every written document
 * validates against the shipped JSON Schema (checked by networknt, independently of the reader),
 * and any mutation of a valid document is read or refused with {@link WireFormatException} —
 * never another exception.
 */
class WireFormatPropertiesTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentType<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /**
   * Jackson's own generator, writing compactly what it reads, every number as it was written:
   * the compact writer writes its bytes without the generator, and must write them all the same.
   */
  private static final JsonMapper JACKSON_COMPACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private static List<Error> schemaErrors(DocumentType<?> type, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(WireSchema.text(t)));
    return schema.validate(JSON.readTree(json));
  }

  private static <T> void roundTrips(Gen<T> gen, DocumentType<T> type, int divisor) {
    Tries.theory(divisor).forAll(gen).checkAssert(value -> {
      String compact = JsonWriter.compact().write(value);
      String pretty = JsonWriter.pretty().write(value);
      assertEquals(JACKSON_COMPACT.writeValueAsString(JACKSON_COMPACT.readTree(pretty)), compact);
      assertEquals(value, JsonReader.strict().read(compact, type));
      assertEquals(value, JsonReader.strict().read(pretty.getBytes(StandardCharsets.UTF_8), type));
      assertEquals(List.of(), schemaErrors(type, compact));
    });
  }

  @Test
  void visionsRoundTripAndMatchTheSchema() {
    roundTrips(WoonzorgGen.visions(), DocumentType.VISION, 2);
  }

  @Test
  void agreementsRoundTripAndMatchTheSchema() {
    roundTrips(WoonzorgGen.agreements(), DocumentType.AGREEMENT, 1);
  }

  @Test
  void goalsRoundTripAndMatchTheSchema() {
    roundTrips(WoonzorgGen.goals(), DocumentType.GOAL, 1);
  }

  @Test
  void dwellingsRoundTripAndMatchTheSchema() {
    roundTrips(WoonzorgGen.dwellings(), DocumentType.DWELLING, 1);
  }

  /**
   * The generator draws every BAT score and none, so that the round trip above covers the
   * attribute; each drawn one is written under its VERA code and read back.
   */
  @Test
  void dwellingsCarryEveryBatScoreOrNoneThroughTheWire() {
    Set<Optional<BatScore>> drawn = new HashSet<>();
    for (Dwelling dwelling : Samples.of(WoonzorgGen.dwellings(), 7).take(200)) {
      drawn.add(dwelling.getBatScore());
      String compact = JsonWriter.compact().write(dwelling);
      assertEquals(dwelling.getBatScore().isPresent(), compact.contains("\"batScore\""),
          compact);
      dwelling.getBatScore().ifPresent(score -> assertTrue(
          compact.contains("\"batScore\":\"" + score.getCode() + "\""), compact));
      assertEquals(dwelling.getBatScore(),
          JsonReader.strict().read(compact, DocumentType.DWELLING).getBatScore());
    }
    Set<Optional<BatScore>> all = new HashSet<>();
    all.add(Optional.empty());
    Arrays.stream(BatScore.values()).map(Optional::of).forEach(all::add);
    assertEquals(all, drawn);
  }

  @Test
  void measurementsRoundTripAndMatchTheSchema() {
    roundTrips(WoonzorgGen.measurements(), DocumentType.MEASUREMENT, 1);
  }

  /** One of four mutations of a byte array, at drawn places: the mutated copy. */
  static byte[] mutate(byte[] bytes, int kind, int at, int length, int bits) {
    int from = Math.floorMod(at, bytes.length);
    int to = Math.min(bytes.length, from + 1 + Math.floorMod(length, 16));
    return switch (Math.floorMod(kind, 4)) {
      case 0 -> {
        byte[] flipped = bytes.clone();
        flipped[from] ^= (byte) (1 + Math.floorMod(bits, 255));
        yield flipped;
      }
      case 1 -> concat(Arrays.copyOfRange(bytes, 0, from),
          Arrays.copyOfRange(bytes, to, bytes.length));
      case 2 -> concat(Arrays.copyOfRange(bytes, 0, to),
          Arrays.copyOfRange(bytes, from, bytes.length));
      default -> Arrays.copyOfRange(bytes, 0, from);
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static <T> void survives(byte[] document, DocumentType<T> type) {
    for (JsonReader reader : List.of(JsonReader.strict(), JsonReader.lenient())) {
      try {
        reader.read(document, type);
      } catch (WireFormatException e) {
        assertFalse(e.getProblems().isEmpty(), "a refusal names its problems");
      } catch (RuntimeException | StackOverflowError e) {
        fail(reader.mode() + " reader threw " + e + " on "
            + new String(document, StandardCharsets.UTF_8), e);
      }
      try {
        reader.readResult(document, type);
      } catch (RuntimeException e) {
        fail(reader.mode() + " readResult threw " + e + " on "
            + new String(document, StandardCharsets.UTF_8), e);
      }
    }
  }

  @Test
  void mutatedVisionsAreReadOrRefusedWithTheDocumentedException() {
    Tries.theory().forAll(WoonzorgGen.visions(2), integers().all(), integers().all(),
        integers().all()).checkAssert((vision, kind, at, length) -> survives(
            mutate(JsonWriter.compact().writeBytes(vision), kind, at, length, at ^ length),
            DocumentType.VISION));
  }

  @Test
  void mutatedPrettyAgreementsAreReadOrRefusedWithTheDocumentedException() {
    Tries.theory().forAll(WoonzorgGen.agreements(), integers().all(), integers().all(),
        integers().all()).checkAssert((agreement, kind, at, length) -> survives(
            mutate(JsonWriter.pretty().writeBytes(agreement), kind, at, length, length),
            DocumentType.AGREEMENT));
  }

  @Test
  void mutatedDwellingsAreReadOrRefusedWithTheDocumentedException() {
    Tries.theory().forAll(WoonzorgGen.dwellings(), integers().all(), integers().all(),
        integers().all()).checkAssert((dwelling, kind, at, length) -> survives(
            mutate(JsonWriter.compact().writeBytes(dwelling), kind, at, length, kind),
            DocumentType.DWELLING));
  }

  @Test
  void theMutationsDoWhatTheySay() {
    byte[] abc = "abcdef".getBytes(StandardCharsets.US_ASCII);
    assertEquals("abbdef", new String(mutate(abc, 0, 2, 0, 0), StandardCharsets.US_ASCII));
    assertEquals("abef", new String(mutate(abc, 1, 2, 1, 0), StandardCharsets.US_ASCII));
    assertEquals("abcdcdef", new String(mutate(abc, 2, 2, 1, 0), StandardCharsets.US_ASCII));
    assertEquals("ab", new String(mutate(abc, 3, 2, 0, 0), StandardCharsets.US_ASCII));
  }
}
