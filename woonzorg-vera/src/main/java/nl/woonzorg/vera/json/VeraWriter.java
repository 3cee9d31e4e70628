package nl.woonzorg.vera.json;

import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Objects;
import nl.woonzorg.vera.internal.UnitWriting;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apiguardian.api.API;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes VERA {@code Eenheid} objects (<i>VERA-schrijver</i>): every property in the order it was
 * read, passed-through values exactly as kept, legacy names in lowerCamelCase, amounts in plain
 * notation.
 *
 * <p>The {@linkplain #pretty() pretty} form is the <b>canonical form</b>: UTF-8; two spaces of
 * indentation; {@code "name": value}; each member and array element on a line of its own; {@code
 * []} and {@code {}} for empty arrays and objects; {@code \n} line ends and one {@code \n} at the
 * end; strings with the minimal escapes ({@code \"}, {@code \\}, control characters, the short
 * forms where JSON has them), other characters as they are; number literals as read. A document
 * in canonical form is written back byte for byte; the ten sample payloads are in it. The
 * {@linkplain #compact() compact} form has no whitespace and no line end: one NDJSON line, to
 * which the caller adds the {@code \n}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VeraWriter {

  private static final DefaultPrettyPrinter CANONICAL = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  // Every output option stated, so that a change of Jackson's defaults cannot change the bytes.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final VeraWriter COMPACT = new VeraWriter(MAPPER.writer(), "");
  private static final VeraWriter PRETTY = new VeraWriter(MAPPER.writer().with(CANONICAL), "\n");

  private final ObjectWriter writer;
  private final String end;

  private VeraWriter(ObjectWriter writer, String end) {
    this.writer = writer;
    this.end = end;
  }

  /** One line, no whitespace: for NDJSON and for sending. */
  public static VeraWriter compact() {
    return COMPACT;
  }

  /** The canonical pretty form described above, ending with {@code \n}. */
  public static VeraWriter pretty() {
    return PRETTY;
  }

  /** {@code unit} as JSON text; never null. */
  public String write(VeraUnit unit) {
    Objects.requireNonNull(unit, "unit");
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = writer.createGenerator(out)) {
      UnitWriting.write(unit, generator);
    }
    return out.append(end).toString();
  }

  /**
   * Writes {@code unit} to {@code out} as UTF-8; {@code out} is flushed, not closed.
   *
   * @throws tools.jackson.core.JacksonException if writing to {@code out} fails
   */
  public void write(VeraUnit unit, OutputStream out) {
    Objects.requireNonNull(unit, "unit");
    try (JsonGenerator generator = writer.createGenerator(out, JsonEncoding.UTF8)) {
      UnitWriting.write(unit, generator);
      if (!end.isEmpty()) {
        generator.writeRaw(end);
      }
    }
  }
}
