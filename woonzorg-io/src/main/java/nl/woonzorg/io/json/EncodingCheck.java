package nl.woonzorg.io.json;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.internal.DocumentReading;
import nl.woonzorg.io.internal.Utf16;
import nl.woonzorg.io.internal.Utf8;
import nl.woonzorg.io.internal.Utf8Stream;
import org.apiguardian.api.API;

/**
 * The encoding check of woonzorg's readers (<i>coderingscontrole</i>), for a reader of another
 * module that hands its input to Jackson itself, as the VERA reader does: Jackson decodes
 * overlong UTF-8, encoded surrogates and code points beyond U+10FFFF without a word, and takes a
 * String's unpaired surrogates into values, so that a writer then writes other text than was
 * read. Each check gives the fatal {@code WZ-IO-ENCODING} problem woonzorg's own readers give,
 * worded in Dutch and English, or nothing when the input is well-formed.
 *
 * <p>Fast on clean input: ASCII is passed over eight bytes at a time, and nothing is allocated
 * unless a problem is described. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EncodingCheck {

  private EncodingCheck() {}

  /**
   * The problem of {@code length} bytes of {@code bytes} from {@code offset}, which are the whole
   * input (a document, or one NDJSON line), that are not UTF-8 as woonzorg's readers take it;
   * empty if they are. Refused, as by woonzorg's own readers: input that starts as another
   * encoding would (a byte order mark, or a NUL byte among the first four, which Jackson would
   * take for UTF-16 or UTF-32, or refuse with an exception of its own), at 1:1; else the first
   * ill-formed UTF-8 sequence, as the Unicode standard defines it (Table 3-7; a sequence cut short
   * by the end is ill-formed), with its byte offset counted from {@code base} (the offset of
   * {@code bytes[offset]} in the input: 0 for a document, a line's offset in a stream), and the
   * line and byte column within the bytes.
   *
   * @throws IndexOutOfBoundsException if the range lies outside {@code bytes}
   */
  public static Optional<WireProblem> utf8(byte[] bytes, int offset, int length, long base) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    String other = DocumentReading.otherEncoding(bytes, offset, length);
    if (other != null) {
      return Optional.of(DocumentReading.notUtf8Problem(other));
    }
    int at = Utf8.firstIllFormed(bytes, offset, offset + length);
    return at < 0 ? Optional.empty()
        : Optional.of(Utf8.problem(bytes, offset, at, offset + length, base));
  }

  /**
   * {@code in}, checked as it is read: the returned stream passes {@code in}'s bytes on, and
   * throws {@link nl.woonzorg.io.IllFormedInputException} with the problem {@link #utf8(byte[], int, int, long)}
   * would give for the whole input, from the read that reaches the first byte that makes it not
   * UTF-8 — before that byte is passed on. For input read as a stream rather than held whole;
   * memory stays bounded (a few bytes are carried from one read to the next). The stream does not
   * support mark and reset; closing it closes {@code in}. Not thread-safe, as streams are not.
   */
  public static InputStream utf8(InputStream in) {
    return new Utf8Stream(Objects.requireNonNull(in, "in"));
  }

  /**
   * The problem of the first unpaired surrogate in {@code text}, which Java holds as UTF-16: a
   * high surrogate (U+D800–U+DBFF) not followed by a low one (U+DC00–U+DFFF), or a low one not
   * after a high one; empty if there is none. The problem gives the char offset, and the line and
   * column in chars.
   */
  public static Optional<WireProblem> utf16(CharSequence text) {
    int at = Utf16.firstUnpaired(Objects.requireNonNull(text, "text"));
    return at < 0 ? Optional.empty() : Optional.of(Utf16.problem(text, at));
  }
}
