package nl.woonzorg.vera.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.vera.Samples;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/**
 * The ten real payloads a corporation exported (Woonstad Rotterdam, via woningwaardering): each
 * reads strictly, is written back byte for byte, being in canonical form, and survives read, write
 * compact, read unchanged.
 */
class SamplesTest {

  static final List<String> SAMPLES = Samples.NAMES;

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void aSampleIsWrittenBackByteForByte(String name) {
    byte[] sample = Samples.bytes(name);
    VeraUnit unit = VeraReader.strict().read(sample);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VeraWriter.pretty().write(unit, out);
    assertArrayEquals(sample, out.toByteArray(), () -> name + " written back:\n" + out);
    assertEquals(new String(sample, StandardCharsets.UTF_8), VeraWriter.pretty().write(unit));
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void aSampleSurvivesReadWriteRead(String name) {
    VeraUnit unit = VeraReader.strict().read(Samples.bytes(name));
    String compact = VeraWriter.compact().write(unit);

    assertEquals(unit, VeraReader.strict().read(compact));
    assertEquals(-1, compact.indexOf('\n'));
    assertEquals(Optional.of(name), unit.getId());
  }

  @Test
  void theSamplesStreamAsNdjsonAndAsAnArray() {
    StringBuilder ndjson = new StringBuilder();
    StringBuilder array = new StringBuilder("[");
    for (String name : SAMPLES) {
      String compact = VeraWriter.compact().write(VeraReader.strict().read(Samples.bytes(name)));
      ndjson.append(compact).append('\n');
      array.append(array.length() > 1 ? "," : "").append(new String(Samples.bytes(name),
          StandardCharsets.UTF_8));
    }
    array.append(']');

    List<String> fromNdjson = VeraReader.strict()
        .readNdjson(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)))
        .map(unit -> unit.getId().orElseThrow()).toList();
    List<VeraUnit> fromArray = VeraReader.strict()
        .readArray(new ByteArrayInputStream(array.toString().getBytes(StandardCharsets.UTF_8)))
        .toList();

    assertEquals(SAMPLES, fromNdjson);
    assertEquals(SAMPLES.size(), fromArray.size());
    for (int i = 0; i < SAMPLES.size(); i++) {
      assertEquals(VeraReader.strict().read(Samples.bytes(SAMPLES.get(i))), fromArray.get(i));
    }
  }

  /** Sample 15004000185, a room in Rotterdam: what is bound and what is kept. */
  @Test
  void aRoomInRotterdam() {
    VeraUnit room = VeraReader.strict().read(Samples.bytes("15004000185"));

    assertEquals(Optional.of(1998), room.getConstructionYear());
    assertEquals(Optional.of(""), room.getAddress().orElseThrow().getPostcode());
    assertEquals(List.of("id", "bouwjaar", "woningwaarderingstelsel", "adres",
        "adresseerbaarObjectBasisregistratie", "energieprestaties", "wozEenheden", "panden",
        "ruimten", "monumenten"), room.getPassThrough().order());
    assertEquals(Optional.of(RawJson.parse("{\"code\": \"ONZ\", \"naam\": "
        + "\"Onzelfstandige woonruimten\"}")), room.getPassThrough().get("woningwaarderingstelsel"));
    assertTrue(room.getPassThrough().get("ruimten").orElseThrow().text()
        .contains("\"inhoud\":49.4717"));
    assertEquals("{\"code\":\"3086\",\"naam\":\"ROTTERDAM\"}", room.getAddress().orElseThrow()
        .getPassThrough().get("woonplaats").orElseThrow().text());
  }
}
