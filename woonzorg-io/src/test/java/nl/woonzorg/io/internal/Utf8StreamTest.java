package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.EncodingCheck;
import nl.woonzorg.io.IllFormedInputException;
import org.junit.jupiter.api.Test;

/**
 * The streamed check refuses exactly what the check of held input refuses, with the same problem
 * (byte offset, line, column, bytes found), however the input is cut into reads.
 */
class Utf8StreamTest {

  /** As in {@link Utf8Test}, with line ends, so that lines are counted across reads. */
  private static final int[] PALETTE = {'a', 'a', 'a', 'a', 'a', 'a', '\n', '\r', 0x80, 0x8F,
      0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4,
      0xF5, 0xFF};

  /** A stream that hands out {@code bytes} in reads of the given sizes, in turn. */
  private static InputStream inReads(byte[] bytes, List<Integer> sizes) {
    return new ByteArrayInputStream(bytes) {
      private int next;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int size = sizes.get(next++ % sizes.size());
        return super.read(b, off, Math.min(len, size));
      }
    };
  }

  /** What the checked stream passes on, or the problem it refuses the input with. */
  private static Object readAll(InputStream checked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[7];
    try {
      for (int n; (n = checked.read(buffer, 0, buffer.length)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (IllFormedInputException e) {
      return e.problem();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  @Test
  void refusesWhatTheHeldCheckRefusesWithTheSameProblemWhereverReadsEnd() {
    qt().withExamples(20_000)
        .forAll(Utf8Test.bytes(PALETTE, 40), lists().of(integers().between(1, 9)).ofSizeBetween(1, 5))
        .checkAssert((bytes, sizes) -> {
          Optional<WireProblem> held = EncodingCheck.utf8(bytes, 0, bytes.length, 0);
          Object streamed = readAll(EncodingCheck.utf8(inReads(bytes, sizes)));
          if (held.isPresent()) {
            assertEquals(held.get(), streamed);
          } else {
            assertArrayEquals(bytes, (byte[]) streamed);
          }
        });
  }

  @Test
  void aSequenceCutByTheEndIsRefusedAtItsFirstByte() {
    byte[] bytes = "{\"a\":\"\u20AC".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);

    WireProblem problem = (WireProblem) readAll(EncodingCheck.utf8(inReads(cut, List.of(3))));

    assertEquals("ill-formed UTF-8 at byte offset 6: E2 82 is a sequence cut short by the end of"
        + " the document", problem.message());
    assertEquals("1:7", problem.position().orElseThrow().toString());
  }

  @Test
  void aByteOrderMarkIsRefusedAtTheStart() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', ']'};

    IllFormedInputException refused = assertThrows(IllFormedInputException.class,
        () -> EncodingCheck.utf8(inReads(bom, List.of(1))).readAllBytes());

    assertEquals(DocumentReading.notUtf8Problem("a byte order mark"), refused.problem());
  }
}
