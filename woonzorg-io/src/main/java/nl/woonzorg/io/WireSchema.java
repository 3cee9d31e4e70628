package nl.woonzorg.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;

/**
 * The JSON Schema (draft 2020-12) of each {@link DocumentType}'s wire form, as shipped in this
 * jar (<i>schema</i>). Read it through {@link #text(DocumentType)}: the resources sit in a package
 * of this module, which on the module path only this module's own classes may read.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WireSchema {

  private WireSchema() {}

  /**
   * The name of {@code type}'s schema as a resource of this jar, e.g. {@code
   * nl/woonzorg/io/schema/dwelling.schema.json}.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public static String resourceName(DocumentType<?> type) {
    return "nl/woonzorg/io/schema/" + Objects.requireNonNull(type, "type").name()
        + ".schema.json";
  }

  /**
   * {@code type}'s schema, opened from this jar; the caller closes the stream.
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalStateException if the jar lacks the schema, which a build test rules out
   */
  public static InputStream open(DocumentType<?> type) {
    String name = resourceName(type);
    InputStream in = WireSchema.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException("missing schema resource " + name);
    }
    return in;
  }

  /**
   * {@code type}'s schema as text.
   *
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalStateException if the jar lacks the schema, which a build test rules out
   * @throws UncheckedIOException if the jar cannot be read
   */
  public static String text(DocumentType<?> type) {
    try (InputStream in = open(type)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourceName(type), e);
    }
  }
}
