package nl.woonzorg.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;
import tools.jackson.core.io.CharTypes;
import tools.jackson.core.io.NumberOutput;
import tools.jackson.databind.ser.BeanPropertyWriter;

/**
 * Writes a compact document in UTF-8 bytes of its own, for {@code
 * nl.woonzorg.io.json.JsonWriter#compact()}: the bytes Jackson's generator writes under the wire
 * mapper's settings, without the generator. Jackson's generator keeps a context per object and
 * array, checks every value against it, and flushes and encodes in steps of its own; for a
 * document written from the model by its plans ({@link BeanPlan}) none of that is needed, and
 * the generator was some 60 % of a compact write (JFR). Not exported.
 *
 * <p>Strings are escaped as the generator escapes them by default: {@code "}, {@code \} and the
 * control characters (by Jackson's own table, {@link CharTypes#get7BitOutputEscapes()}), nothing
 * else, {@code /}, U+2028 and U+2029 included; a surrogate pair as the four bytes of its
 * character, a surrogate out of its pair as {@code \}{@code uXXXX} in upper-case hex. Names and
 * codes are taken pre-encoded, integers written by Jackson's {@link NumberOutput}. A document
 * with anything in it that databind writes otherwise (a year beyond 9999, a property of a kind
 * the plans leave to databind) is written again, whole, through the generator.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CompactOutput implements DocumentOutput {

  /** Per ASCII character: 0 as it is, above 0 a backslash and that character, below 0 \\u00XX. */
  private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
  private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B',
      'C', 'D', 'E', 'F'};
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  /** The chars of a string encoded at a time, so that its room (6 bytes a char) stays small. */
  private static final int CHUNK = 1 << 12;

  private final DocumentBuffer buffer;
  /** Whether a value was just written, so that the next value or name is after a comma. */
  private boolean follows;

  private CompactOutput(DocumentBuffer buffer) {
    this.buffer = buffer;
  }

  /**
   * Writes {@code root} into {@code buffer}, empty, as a compact document; through Jackson's
   * generator if it holds anything that databind writes otherwise.
   */
  public static void write(DocumentBuffer buffer, VersionedDocument root) {
    try {
      DocumentSerializer.write(root, new CompactOutput(buffer));
    } catch (LeftToDatabind e) {
      buffer.length = 0;
      WireMapper.MAPPER.writeValue(buffer, root);
    }
  }

  @Override
  public void startObject(Object value) {
    open('{');
  }

  @Override
  public void endObject() {
    close('}');
  }

  @Override
  public void startArray(Object array, int size) {
    open('[');
  }

  @Override
  public void endArray() {
    close(']');
  }

  private void open(char bracket) {
    byte[] out = buffer.room(2);
    int at = separate(out, buffer.length);
    out[at++] = (byte) bracket;
    buffer.length = at;
    follows = false;
  }

  private void close(char bracket) {
    byte[] out = buffer.room(1);
    out[buffer.length++] = (byte) bracket;
    follows = true;
  }

  /** A comma at {@code at} if a value came before; the position after it. */
  private int separate(byte[] out, int at) {
    if (follows) {
      out[at++] = ',';
    }
    return at;
  }

  @Override
  public void name(Encoded name) {
    copy(name.compact);
    follows = false;
  }

  @Override
  public void string(Encoded value) {
    copy(value.compact);
    follows = true;
  }

  /** {@code bytes} as they are, after a comma if a value came before. */
  private void copy(byte[] bytes) {
    byte[] out = buffer.room(bytes.length + 1);
    int at = separate(out, buffer.length);
    System.arraycopy(bytes, 0, out, at, bytes.length);
    buffer.length = at + bytes.length;
  }

  @Override
  public void string(String value) {
    int end = value.length();
    int to = Math.min(end, CHUNK);
    // Room for the comma, both quotes and the first chunk at once: nearly every string is one.
    byte[] out = buffer.room(6 * to + 3);
    int at = separate(out, buffer.length);
    out[at++] = '"';
    int from = encode(value, 0, to, out, at);
    while (from < end) {
      to = Math.min(end, from + CHUNK);
      out = buffer.room(6 * (to - from) + 1);
      from = encode(value, from, to, out, buffer.length);
    }
    out[buffer.length++] = '"';
    follows = true;
  }

  /**
   * Encodes the chars of {@code text} from {@code from} to {@code to}, and the low surrogate after
   * {@code to} if it ends a pair that starts before, into {@code out} from {@code at}, which has
   * room for 6 bytes a char; the index after the last char encoded.
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exact for ASCII chars
  private int encode(String text, int from, int to, byte[] out, int at) {
    int i = from;
    while (i < to) {
      // A run of characters written as they are, found first and then copied in one step: for
      // a string of Latin-1 chars the copy is the JDK's array copy.
      int run = i;
      char c = 0;
      while (i < to && (c = text.charAt(i)) < 0x80 && ESCAPES[c] == 0) {
        i++;
      }
      text.getBytes(run, i, out, at);
      at += i - run;
      if (i == to) {
        break;
      }
      i++;
      if (c < 0x80) {
        at = escape(c, out, at);
      } else if (c < 0x800) {
        out[at++] = (byte) (0xc0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c) && i < text.length()
          && Character.isLowSurrogate(text.charAt(i))) {
        int code = Character.toCodePoint(c, text.charAt(i++));
        out[at++] = (byte) (0xf0 | (code >> 18));
        out[at++] = (byte) (0x80 | ((code >> 12) & 0x3f));
        out[at++] = (byte) (0x80 | ((code >> 6) & 0x3f));
        out[at++] = (byte) (0x80 | (code & 0x3f));
      } else if (Character.isSurrogate(c)) {
        at = unicodeEscape(c, out, at);
      } else {
        out[at++] = (byte) (0xe0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        out[at++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    buffer.length = at;
    return i;
  }

  private static int escape(char c, byte[] out, int at) {
    int escape = ESCAPES[c];
    if (escape > 0) {
      out[at++] = '\\';
      out[at++] = (byte) escape;
      return at;
    }
    return unicodeEscape(c, out, at);
  }

  private static int unicodeEscape(char c, byte[] out, int at) {
    out[at++] = '\\';
    out[at++] = 'u';
    out[at++] = HEX[c >> 12];
    out[at++] = HEX[(c >> 8) & 0xf];
    out[at++] = HEX[(c >> 4) & 0xf];
    out[at++] = HEX[c & 0xf];
    return at;
  }

  @Override
  public void number(int value) {
    byte[] out = buffer.room(12);
    buffer.length = NumberOutput.outputInt(value, out, separate(out, buffer.length));
    follows = true;
  }

  /**
   * A decimal in plain notation, as {@link WireSerializers} writes it; one of up to 18 digits, as
   * nearly every amount is, from its digits rather than the strings {@code toPlainString} makes.
   */
  @Override
  public void number(BigDecimal value) {
    int scale = value.scale();
    int precision = value.precision();
    if (precision > 18 || scale < 0 || scale > 18) {
      ascii(value.toPlainString());
    } else if (scale == 0) {
      byte[] out = buffer.room(21);
      buffer.length = NumberOutput.outputLong(value.longValue(),
          out, separate(out, buffer.length));
    } else {
      // The unscaled value without the BigInteger unscaledValue() makes of a compact decimal.
      long unscaled = value.scaleByPowerOfTen(scale).longValue();
      long magnitude = Math.abs(unscaled);
      // The digits, at least one before the point: 0.0000001 is 1 with 7 after it.
      int digits = Math.max(precision, scale + 1);
      byte[] out = buffer.room(digits + 3);
      int at = separate(out, buffer.length);
      if (unscaled < 0) {
        out[at++] = '-';
      }
      int end = at + digits + 1;
      int point = end - scale - 1;
      for (int i = end - 1; i >= at; i--) {
        if (i == point) {
          out[i] = '.';
        } else {
          out[i] = (byte) ('0' + magnitude % 10);
          magnitude /= 10;
        }
      }
      buffer.length = end;
    }
    follows = true;
  }

  /** A value of ASCII chars only, as it is. */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exact for ASCII chars
  private void ascii(String text) {
    byte[] out = buffer.room(text.length() + 1);
    int at = separate(out, buffer.length);
    text.getBytes(0, text.length(), out, at);
    buffer.length = at + text.length();
  }

  @Override
  public void bool(boolean value) {
    copy(value ? TRUE : FALSE);
    follows = true;
  }

  @Override
  public void nullValue() {
    copy(NULL);
    follows = true;
  }

  /** A date as databind writes it, {@code "yyyy-MM-dd"}, for the years 0 to 9999. */
  @Override
  public void date(LocalDate value) {
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      throw LeftToDatabind.INSTANCE;
    }
    byte[] out = buffer.room(13);
    int at = separate(out, buffer.length);
    out[at] = '"';
    digits(out, at + 1, year, 4);
    out[at + 5] = '-';
    digits(out, at + 6, value.getMonthValue(), 2);
    out[at + 8] = '-';
    digits(out, at + 9, value.getDayOfMonth(), 2);
    out[at + 11] = '"';
    buffer.length = at + 12;
    follows = true;
  }

  /** {@code value} as {@code count} decimal digits from {@code at}, with leading zeros. */
  private static void digits(byte[] out, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      out[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  @Override
  public void delegate(BeanPropertyWriter property, Object bean) {
    throw LeftToDatabind.INSTANCE;
  }

  @Override
  public void serialize(Object value) {
    throw LeftToDatabind.INSTANCE;
  }

  @Override
  public void unwrapped(Object document) {
    throw LeftToDatabind.INSTANCE;
  }

  /**
   * Thrown where databind must write the document: rare enough that one instance, without a
   * stack trace, serves.
   */
  private static final class LeftToDatabind extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final LeftToDatabind INSTANCE = new LeftToDatabind();

    private LeftToDatabind() {
      super("left to databind", null, false, false);
    }
  }
}
