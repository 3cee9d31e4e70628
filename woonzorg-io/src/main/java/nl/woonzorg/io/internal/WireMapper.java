package nl.woonzorg.io.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one mapper the reader and writer share, with every option the wire format relies on set
 * explicitly rather than left to Jackson's defaults, which differ between versions. Not exported.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WireMapper {

  public static final JsonMapper MAPPER = settings()
      // Documents are written straight from the model, with databind's bytes (DocumentSerializer).
      .addModule(new SimpleModule("woonzorg-documents")
          .addSerializer(VersionedDocument.class, new DocumentSerializer()))
      .build();

  /** Two spaces, {@code "name": value}, and {@code \n} on every platform, for equal bytes. */
  public static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** Databind's readers per document type, whose set-up costs more than reading a record. */
  private static final Map<DocumentType<?>, ObjectReader> BINDERS = new ConcurrentHashMap<>();

  private WireMapper() {}

  /**
   * The wire format's settings, without the document writer: databind alone then writes a
   * document, which is the reference the document writer's bytes are tested against.
   */
  static JsonMapper.Builder settings() {
    return JsonMapper.builder()
        .addModule(new WireModule())
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // CompactOutput writes compact documents itself, escaping as these say; set here, not
        // left to Jackson's defaults, so that a release changing one cannot make the generator's
        // bytes (pretty, and the compact fallback) differ from CompactOutput's.
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS);
  }

  /**
   * The reader that binds documents of {@code type} from a {@link CheckingParser}. It leaves what
   * follows a document to its caller: a single document must end there, a block of records goes
   * on with the next record.
   */
  static ObjectReader binder(DocumentType<?> type) {
    return BINDERS.computeIfAbsent(type, t -> MAPPER.readerFor(t.modelType())
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }
}
