package nl.woonzorg.io.internal;

import java.util.HexFormat;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;

/**
 * The check that bytes are well-formed UTF-8 as the Unicode standard defines it (Table 3-7,
 * "Well-Formed UTF-8 Byte Sequences"), for the document and the NDJSON readers. Jackson decodes
 * overlong forms, surrogates and code points beyond U+10FFFF without a word, and the writer then
 * writes other bytes than were read; so the readers refuse them before Jackson sees them.
 *
 * <p>Every byte read passes here, so ASCII — nearly all of a document — is passed over eight bytes
 * at a time, and only the lead byte of a longer sequence and its continuation bytes are looked at
 * one by one. Nothing is allocated unless a problem is described. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Utf8 {

  private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

  private Utf8() {}

  /**
   * The index of the first byte of the first ill-formed sequence in {@code bytes} from {@code
   * from} (inclusive) to {@code to} (exclusive), or -1 if they are well-formed UTF-8. A sequence
   * that {@code to} cuts short is ill-formed: the bytes are the whole input.
   */
  public static int firstIllFormed(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + Long.BYTES <= to) {
        // The high bit is set exactly in the bytes that are not ASCII; read little-endian, the
        // lowest flag is the first of them.
        long highs = Words.at(bytes, i) & Words.HIGHS;
        if (highs == 0) {
          i += Long.BYTES;
          continue;
        }
        i += Long.numberOfTrailingZeros(highs) >>> 3;
      } else if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int end = sequenceEnd(bytes, i, to);
      if (end < 0) {
        return i;
      }
      i = end;
    }
    return -1;
  }

  /**
   * Where the sequence whose lead byte (not ASCII) is at {@code at} ends, if it is well-formed;
   * if not, {@code -1 - k}, where {@code k} is the index of the byte that makes it ill-formed —
   * {@code to} if the sequence is cut short by the end.
   */
  static int sequenceEnd(byte[] bytes, int at, int to) {
    int lead = bytes[at] & 0xFF;
    int length = length(lead);
    if (length == 0) {
      return -1 - at;
    }
    for (int k = 1; k < length; k++) {
      if (at + k >= to) {
        return -1 - to;
      }
      int next = bytes[at + k] & 0xFF;
      if (next < low(lead, k) || next > high(lead, k)) {
        return -1 - (at + k);
      }
    }
    return at + length;
  }

  /** The length of the sequence that {@code lead}, not ASCII, starts; 0 if none. */
  static int length(int lead) {
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }

  // Table 3-7 narrows the second byte after four lead bytes: E0 and F0 to exclude overlong
  // forms, ED to exclude surrogates, F4 to end at U+10FFFF. Every other continuation byte is
  // 80–BF.

  private static int low(int lead, int k) {
    return k > 1 ? 0x80 : lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
  }

  private static int high(int lead, int k) {
    return k > 1 ? 0xBF : lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
  }

  /**
   * The fatal problem of the ill-formed sequence at {@code at}, which {@link #firstIllFormed}
   * found among the bytes from {@code from} to {@code to}: its byte offset, line and column, the
   * bytes found and what was expected instead. {@code base} is the offset of {@code from} in the
   * input, for a reader that hands over part of a stream. Lines end where Jackson ends them, at
   * {@code \n}, {@code \r} or {@code \r\n}, so that the position agrees with those of the
   * parser's problems; the column counts bytes, as for all byte input.
   */
  public static WireProblem problem(byte[] bytes, int from, int at, int to, long base) {
    return problem(bytes, at, to, base + at - from, position(bytes, from, at));
  }

  /**
   * The problem of the ill-formed sequence at {@code at}, which lies {@code offset} bytes into
   * the input, at {@code position}: for a stream, whose earlier bytes are gone, the caller counts
   * lines itself.
   */
  static WireProblem problem(byte[] bytes, int at, int to, long offset,
      SourcePosition position) {
    int end = -1 - sequenceEnd(bytes, at, to);
    int lead = bytes[at] & 0xFF;
    String found = HEX.formatHex(bytes, at, Math.min(end + 1, to));
    ProblemText expected;
    String reason;
    if (end == at) {
      expected = ProblemText.of("expected.utf8Lead");
      reason = lead < 0xC0 ? "continuation" : lead < 0xC2 ? "overlongLead" : "beyondLead";
    } else {
      int k = end - at;
      expected = ProblemText.of("expected.utf8Next", HEX.toHexDigits((byte) low(lead, k)),
          HEX.toHexDigits((byte) high(lead, k)), HEX.formatHex(bytes, at, end));
      int next = end < to ? bytes[end] & 0xFF : -1;
      reason = end == to ? "cutAtEnd"
          : next < 0x80 || next > 0xBF ? "cut"
          : lead == 0xED ? "surrogate"
          : lead == 0xF4 ? "beyond"
          : "overlong";
    }
    // The offset as plain digits, as a hex editor shows it.
    return WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(), position,
        ProblemText.of("encoding.illFormed", Long.toString(offset), found,
            ProblemText.of("utf8." + reason)),
        expected, ProblemText.verbatim(found));
  }

  private static SourcePosition position(byte[] bytes, int from, int at) {
    int line = 1;
    int lineStart = from;
    for (int i = from; i < at; i++) {
      // Each byte before at has a next one, and at itself, being ill-formed, is no \n.
      if (bytes[i] == '\n' || bytes[i] == '\r' && bytes[i + 1] != '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return SourcePosition.of(line, at - lineStart + 1);
  }
}
