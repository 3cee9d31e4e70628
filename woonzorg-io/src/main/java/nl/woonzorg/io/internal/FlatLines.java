package nl.woonzorg.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * Reads a run of NDJSON lines of flat records, such as a stock of {@linkplain DocumentType#DWELLING
 * dwelling records}, straight from their bytes, for {@link RecordBlocks#readClean}, which tries it
 * before the parser. A record's bytes are passed over once: the structure, the names compared as
 * bytes in the writer's order, each value decoded where it stands (a code looked up by its bytes,
 * an int from its digits) and the UTF-8 checked only inside strings, where it can occur. Through
 * Jackson each byte was passed over three times (line ends, the UTF-8 check, the parser) and each
 * value went through the parser's tokens and {@link Fit} before its builder took it.
 *
 * <p>It reads only what the writer writes: a root object of {@link ModelBinder}'s plan whose values
 * are strings, codes, ints and arrays of these, without whitespace, escapes,
 * {@code null}, other numbers than ints without leading zeros, repeated or unknown names, one
 * record per line and empty lines between. On anything else it gives up, and the run is read by
 * the parser exactly as before; so what it reads is a strict subset of what the parser and {@link
 * ModelBinder} read, and each value is handed to the same builder method, so the records are
 * equal. The limits of {@link ReadLimits} are held conservatively: a string's bytes against the
 * characters allowed, a number's sign and digits against its length, the run against the document
 * length; a nesting limit below the two levels of an array in a record makes it give up on every
 * run.
 *
 * <p>Built once per document type; thread-safe.
 *
 * @param <T> the model type of the records
 */
final class FlatLines<T> {

  /** The most digits an int has; with a sign they fit a long with room. */
  private static final int INT_DIGITS = 10;

  private final Class<T> type;
  private final ModelBinder.Bean root;
  private final Property[] properties;

  private FlatLines(Class<T> type, ModelBinder.Bean root, Property[] properties) {
    this.type = type;
    this.root = root;
    this.properties = properties;
  }

  /**
   * The reader of the lines of {@code type}'s records by the model binder's plan of their root,
   * {@code root}; null if the records are not flat: a property every record must have is of a
   * kind read only by the parser (an object, a decimal). {@link ModelBinder#flatLines} holds it.
   */
  static <T> @Nullable FlatLines<T> of(Class<T> type, ModelBinder.Bean root) {
    List<String> names = List.copyOf(root.shape().properties().keySet());
    Property[] properties = new Property[root.size()];
    for (int i = 0; i < properties.length; i++) {
      properties[i] = new Property(names.get(i), i, root.slot(i));
      if (!properties[i].readable() && (root.shape().requiredMask() & properties[i].bit) != 0) {
        return null;
      }
    }
    return new FlatLines<>(type, root, properties);
  }

  /**
   * Reads {@code length} bytes of {@code bytes} from {@code offset}, {@code lines} whole lines
   * each ending in {@code \n}, under {@code limits}, adding the record of every line that is not
   * empty to {@code records} in order.
   *
   * @return whether every line was empty or one record of the kind this reader reads; if not,
   *     {@code records} is left as it was given
   */
  boolean read(ReadLimits limits, byte[] bytes, int offset, int length, int lines,
      List<T> records) {
    int end = offset + length;
    // The parser holds the run as one document to the length limit, and a record's arrays lie
    // two levels deep.
    if (length == 0 || bytes[end - 1] != '\n' || length > limits.maxDocumentLength()
        || limits.maxNestingDepth() < 2) {
      return false;
    }
    int given = records.size();
    Run run = new Run(limits, bytes, end);
    int line = 0;
    // Every scan below stops at the run's last byte, a line end, which no token accepts: so
    // no position passes it, and each line end is met where its line's record ends.
    for (int at = offset; at < end; at++, line++) {
      if (bytes[at] != '\n') {
        at = run.record(at);
        if (at < 0 || bytes[at] != '\n') {
          return undo(records, given);
        }
        records.add(type.cast(run.record));
      }
    }
    return line == lines || undo(records, given);
  }

  private static <T> boolean undo(List<T> records, int size) {
    records.subList(size, records.size()).clear();
    return false;
  }

  /**
   * Whether values of {@code kind} are read here: those of the flat records there are. Dates,
   * booleans and decimals, which no flat record has, are left to the parser, so that nothing is
   * read here that the tests cannot hold to the parser.
   */
  private static boolean readable(int kind) {
    return kind == ModelBinder.STRING || kind == ModelBinder.CODE || kind == ModelBinder.INT;
  }

  /** A property of the root: its name as the bytes {@code "name":}, and how its value is read. */
  private static final class Property {
    final long bit;
    final byte[] quoted;
    final int nameLength;
    final int kind;
    final Shape shape;
    /** The builder method taking the value: {@code intSetter} for an int, else {@code setter}. */
    final @Nullable BiConsumer<Object, Object> setter;
    final @Nullable ObjIntConsumer<Object> intSetter;
    /** For an array, how its items are read; otherwise as the value itself. */
    final int itemKind;
    final Shape itemShape;
    /** The code list of a code or of an array's codes. */
    final @Nullable AsciiCodes codes;
    /** {@link #quoted}'s whole words, and its last eight bytes as one, as {@link Words} reads. */
    private final long[] words;
    private final long last;

    Property(String name, int index, ModelBinder.Slot slot) {
      ModelBinder.Value value = slot.value();
      ModelBinder.Value item = value.kind == ModelBinder.ARRAY ? value.items : value;
      bit = 1L << index;
      quoted = ('"' + name + "\":").getBytes(StandardCharsets.UTF_8);
      nameLength = name.length();
      kind = value.kind;
      shape = value.shape;
      setter = slot.setter();
      intSetter = slot.intSetter();
      itemKind = item.kind;
      itemShape = item.shape;
      codes = item.codes == null ? null : new AsciiCodes(item.codes);
      words = new long[quoted.length / Long.BYTES];
      for (int i = 0; i < words.length; i++) {
        words[i] = Words.at(quoted, i * Long.BYTES);
      }
      last = quoted.length < Long.BYTES ? 0 : Words.at(quoted, quoted.length - Long.BYTES);
    }

    /**
     * Whether the bytes from {@code at}, before {@code end}, are this property's name and colon.
     * Compared a word at a time: a name is tried at every property a record leaves out, and
     * most names are longer than a word.
     */
    boolean isAt(byte[] bytes, int at, int end) {
      if (at + quoted.length > end) {
        return false;
      }
      if (quoted.length < Long.BYTES) {
        for (int i = 0; i < quoted.length; i++) {
          if (bytes[at + i] != quoted[i]) {
            return false;
          }
        }
        return true;
      }
      for (int i = 0; i < words.length; i++) {
        if (Words.at(bytes, at + i * Long.BYTES) != words[i]) {
          return false;
        }
      }
      return Words.at(bytes, at + quoted.length - Long.BYTES) == last;
    }

    boolean readable() {
      return kind == ModelBinder.SKIP || FlatLines.readable(itemKind);
    }
  }

  /** The reading of one run of lines: where it is, and the value last read. Not thread-safe. */
  private final class Run {
    private final byte[] bytes;
    private final int end;
    private final int maxString;
    private final int maxName;
    private final int maxNumber;
    /** The array's items, handed to each builder, which copies them. */
    private final List<Object> items = new ArrayList<>();
    /**
     * Per property checked but not bound (the format version), where in the run its text was
     * last found to fit, so that the same text is compared by its bytes, not matched again.
     */
    private final int[] fitFrom = new int[properties.length];
    private final int[] fitTo = new int[properties.length];

    /** The string last scanned: its bytes, and whether all of them are ASCII. */
    private int textFrom;
    private int textTo;
    private boolean ascii;
    /** The int last scanned. */
    private long number;
    /** The scalar value last read. */
    private @Nullable Object value;
    /** The record last read. */
    private @Nullable Object record;

    Run(ReadLimits limits, byte[] bytes, int end) {
      this.bytes = bytes;
      this.end = end;
      maxString = limits.maxStringLength();
      maxName = limits.maxNameLength();
      maxNumber = limits.maxNumberLength();
    }

    /**
     * Reads the record whose opening brace is at {@code at} into {@link #record}; where it ends
     * (after its closing brace), or -1 to give up.
     */
    int record(int at) {
      if (bytes[at] != '{') {
        return -1;
      }
      Object builder = root.newBuilder();
      long seen = 0;
      int index = -1;
      int p = at + 1;
      if (bytes[p] != '}') {
        while (true) {
          index = property(p, index + 1);
          if (index < 0) {
            return -1;
          }
          Property property = properties[index];
          if ((seen & property.bit) != 0 || property.nameLength > maxName) {
            return -1;
          }
          seen |= property.bit;
          p = value(index, property, builder, p + property.quoted.length);
          if (p < 0) {
            return -1;
          }
          if (bytes[p] == '}') {
            break;
          }
          if (bytes[p] != ',') {
            return -1;
          }
          p++;
        }
      }
      long required = root.shape().requiredMask();
      if ((seen & required) != required) {
        return -1;
      }
      try {
        record = root.build(builder);
      } catch (RuntimeException refused) {
        // The model refused the record (its builders refuse at build, and their setters only
        // store the non-null values given here): the parser's reading finds why. Only here, so
        // that a slip of this reader's own shows rather than passing for a refusal.
        return -1;
      }
      return p + 1;
    }

    /**
     * The index of the property whose name is at {@code at}, trying {@code expected} and those
     * after it first: the writer writes them in schema order and leaves empty ones out. -1 if
     * none.
     */
    private int property(int at, int expected) {
      for (int i = expected; i < properties.length; i++) {
        if (properties[i].isAt(bytes, at, end)) {
          return i;
        }
      }
      for (int i = 0; i < expected && i < properties.length; i++) {
        if (properties[i].isAt(bytes, at, end)) {
          return i;
        }
      }
      return -1;
    }

    /** Reads the value at {@code at} and hands it to {@code builder}; where it ends, or -1. */
    private int value(int index, Property property, Object builder, int at) {
      switch (property.kind) {
        case ModelBinder.SKIP:
          return checked(index, property.shape, at);
        case ModelBinder.INT: {
          int p = integer(at);
          if (p >= 0) {
            property.intSetter.accept(builder, (int) number);
          }
          return p;
        }
        case ModelBinder.ARRAY:
          return array(property, builder, at);
        default: {
          int p = scalar(property.kind, property.shape, property.codes, at);
          if (p >= 0) {
            property.setter.accept(builder, value);
          }
          return p;
        }
      }
    }

    /** Checks the string at {@code at} against {@code shape}, as the model binder skips it. */
    private int checked(int index, Shape shape, int at) {
      int p = string(at);
      if (p < 0) {
        return -1;
      }
      // A text end is never 0, as a text follows its quote: 0 is "not found yet".
      if (fitTo[index] > 0 && Arrays.equals(bytes, fitFrom[index], fitTo[index],
          bytes, textFrom, textTo)) {
        return p;
      }
      if (!shape.matches(text())) {
        return -1;
      }
      fitFrom[index] = textFrom;
      fitTo[index] = textTo;
      return p;
    }

    private int array(Property property, Object builder, int at) {
      if (bytes[at] != '[') {
        return -1;
      }
      items.clear();
      int p = at + 1;
      if (bytes[p] != ']') {
        while (true) {
          p = scalar(property.itemKind, property.itemShape, property.codes, p);
          if (p < 0) {
            return -1;
          }
          items.add(value);
          if (bytes[p] == ']') {
            break;
          }
          if (bytes[p] != ',') {
            return -1;
          }
          p++;
        }
      }
      property.setter.accept(builder, items);
      return p + 1;
    }

    /** Reads the scalar of {@code kind} at {@code at} into {@link #value}; where it ends, or -1. */
    private int scalar(int kind, Shape shape, @Nullable AsciiCodes codes, int at) {
      switch (kind) {
        case ModelBinder.STRING: {
          int p = string(at);
          if (p < 0) {
            return -1;
          }
          String text = text();
          value = text;
          return shape.matches(text) ? p : -1;
        }
        case ModelBinder.CODE: {
          int p = string(at);
          if (p < 0 || !ascii) {
            return -1;
          }
          value = codes.find(bytes, textFrom, textTo, end);
          return value == null ? -1 : p;
        }
        case ModelBinder.INT: {
          int p = integer(at);
          value = (int) number;
          return p;
        }
        default:
          return -1;
      }
    }

    /**
     * Scans the string whose opening quote is at {@code at}: plain characters and well-formed
     * UTF-8, no escape, no control character, not longer than the limit. Where it ends, or -1.
     */
    private int string(int at) {
      if (bytes[at] != '"') {
        return -1;
      }
      boolean plain = true;
      int i = at + 1;
      while (true) {
        if (i + Long.BYTES <= end) {
          long flags = special(Words.at(bytes, i));
          if (flags == 0) {
            i += Long.BYTES;
            continue;
          }
          i += Long.numberOfTrailingZeros(flags) >>> 3;
        }
        byte b = bytes[i];
        if (b == '"') {
          break;
        }
        if (b >= 0) {
          if (b < 0x20 || b == '\\') {
            return -1;
          }
          i++;
        } else {
          i = Utf8.sequenceEnd(bytes, i, end);
          if (i < 0) {
            return -1;
          }
          plain = false;
        }
      }
      // Bytes are at least as many as the characters they encode, which the limit counts.
      if (i - at - 1 > maxString) {
        return -1;
      }
      textFrom = at + 1;
      textTo = i;
      ascii = plain;
      return i + 1;
    }

    /**
     * The high bit of each byte of {@code word} that ends a string's plain ASCII: a quote, a
     * backslash, a control character, a byte that is not ASCII. A borrow may flag bytes after
     * the first of these, never before it, so the lowest flag is exact.
     */
    private static long special(long word) {
      return Words.zeros(word ^ 0x2222222222222222L) | Words.zeros(word ^ 0x5C5C5C5C5C5C5C5CL)
          | ((word - 0x2020202020202020L) & ~word | word) & Words.HIGHS;
    }

    /** The string last scanned; its bytes are well-formed UTF-8. */
    private String text() {
      return new String(bytes, textFrom, textTo - textFrom,
          ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /**
     * Scans the int at {@code at} into {@link #number}: an optional minus and at most ten digits,
     * no leading zero, no {@code -0}, within an int's range and the length limit, and no fraction
     * or exponent (the caller wants a comma or a bracket next). Where it ends, or -1.
     */
    private int integer(int at) {
      boolean negative = bytes[at] == '-';
      int first = negative ? at + 1 : at;
      int i = first;
      long digits = 0;
      while (i - first <= INT_DIGITS && bytes[i] >= '0' && bytes[i] <= '9') {
        digits = digits * 10 + (bytes[i] - '0');
        i++;
      }
      int count = i - first;
      if (count == 0 || count > INT_DIGITS || bytes[first] == '0' && (count > 1 || negative)
          || i - at > maxNumber) {
        return -1;
      }
      number = negative ? -digits : digits;
      return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE ? i : -1;
    }
  }
}
