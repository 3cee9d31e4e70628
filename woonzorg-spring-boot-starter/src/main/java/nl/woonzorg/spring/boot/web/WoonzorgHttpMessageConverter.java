package nl.woonzorg.spring.boot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes every woonzorg document kind ({@link DocumentType#all()}) as the wire format,
 * {@code application/json} or any {@code application/*+json}: reading goes through woonzorg's
 * {@link JsonReader}, which checks the schema and the model's invariants and locates each problem
 * by JSON Pointer, line and column, and throws {@link DocumentNotReadableException} with them all;
 * writing through {@link JsonWriter}, {@code formatVersion} included.
 *
 * <p>Other types are left to the other converters. Immutable and thread-safe.
 */
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgHttpMessageConverter extends AbstractHttpMessageConverter<Object> {

  private final JsonReader reader;
  private final JsonWriter writer;

  /** A converter that reads with {@code reader} and writes with {@code writer}. */
  public WoonzorgHttpMessageConverter(JsonReader reader, JsonWriter writer) {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON,
        new MediaType("application", "*+json"));
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  @Override
  protected boolean supports(Class<?> type) {
    return documentType(type).isPresent();
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage message) throws IOException {
    DocumentType<?> documentType = documentType(type).orElseThrow();
    try {
      return reader.read(message.getBody(), documentType);
    } catch (WireFormatException e) {
      throw new DocumentNotReadableException(documentType, e, message);
    }
  }

  @Override
  protected void writeInternal(Object document, HttpOutputMessage message) throws IOException {
    writer.write(document, message.getBody());
  }

  /** The kind of a declared type (reading) or of a document's class (writing). */
  private static Optional<DocumentType<?>> documentType(Class<?> type) {
    return DocumentType.all().stream()
        .filter(kind -> kind.modelType().isAssignableFrom(type))
        .findFirst();
  }
}
