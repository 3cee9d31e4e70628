package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.woonzorg.io.Fixtures;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Measurement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The document writer writes exactly databind's bytes: each document of the fixtures, compact and
 * pretty, and decimals of every scale and size, against the wire format's mapper without it.
 */
class DocumentSerializerTest {

  private static final JsonMapper DATABIND = WireMapper.settings().build();

  static Stream<Object> documents() {
    return Fixtures.documents().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aDocumentIsWrittenAsDatabindWritesIt(Object document) {
    VersionedDocument root = new VersionedDocument(document);

    assertSameBytes(DATABIND.writer(), WireMapper.MAPPER.writer(), root);
    assertSameBytes(DATABIND.writer().with(WireMapper.PRETTY),
        WireMapper.MAPPER.writer().with(WireMapper.PRETTY), root);
  }

  @Test
  void aDecimalIsWrittenAsDatabindWritesItWhateverItsScale() {
    qt().withExamples(5_000).forAll(longs().all(), integers().between(-25, 25),
            integers().between(0, 3))
        .checkAssert((unscaled, scale, widen) -> {
          // Widened past a long's range now and then, to reach the decimal's long form too.
          BigInteger digits = BigInteger.valueOf(unscaled).shiftLeft(widen * 21);
          Measurement measurement = Measurement.builder()
              .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
              .referenceDate(LocalDate.of(2024, 1, 1))
              .value(new BigDecimal(digits, scale))
              .build();
          assertSameBytes(DATABIND.writer(), WireMapper.MAPPER.writer(),
              new VersionedDocument(measurement));
        });
  }

  @Test
  void aDateIsWrittenAsDatabindWritesItWhateverItsYear() {
    qt().withExamples(5_000).forAll(longs().between(LocalDate.MIN.toEpochDay(),
            LocalDate.MAX.toEpochDay()), longs().between(-1_000, 3_000_000))
        .checkAssert((anyDay, nearDay) -> {
          for (long day : new long[] {anyDay, nearDay}) {
            Measurement measurement = Measurement.builder()
                .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
                .referenceDate(LocalDate.ofEpochDay(day))
                .value(BigDecimal.ONE)
                .build();
            assertSameBytes(DATABIND.writer(), WireMapper.MAPPER.writer(),
                new VersionedDocument(measurement));
          }
        });
  }

  private static void assertSameBytes(ObjectWriter databind, ObjectWriter direct,
      VersionedDocument root) {
    assertEquals(new String(databind.writeValueAsBytes(root), StandardCharsets.UTF_8),
        new String(direct.writeValueAsBytes(root), StandardCharsets.UTF_8));
  }
}
