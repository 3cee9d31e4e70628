package nl.woonzorg.io.internal;

import nl.woonzorg.io.FormatVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a document ({@link VersionedDocument}) with every model object in it by its plan
 * ({@link BeanPlan}): to the generator here, for pretty output and whatever the compact writer
 * ({@link CompactOutput}) leaves to databind; in UTF-8 bytes of its own there. The bytes are
 * databind's, which stays the reference: a property or value of a kind the plans do not know (a
 * map, a value databind would not write as a bean or plain scalar) is written by databind's own
 * property writer or serializer.
 *
 * <p>Thread-safe: the plans are immutable, made on first use and shared.
 */
final class DocumentSerializer extends StdSerializer<VersionedDocument> {

  private static final Encoded FORMAT_VERSION = Encoded.name(FormatVersion.PROPERTY);
  private static final Encoded DOCUMENT_TYPE = Encoded.name(FormatVersion.TYPE_PROPERTY);

  DocumentSerializer() {
    super(VersionedDocument.class);
  }

  @Override
  public void serialize(VersionedDocument root, JsonGenerator gen, SerializationContext ctx) {
    write(root, new GeneratorOutput(gen, ctx));
  }

  /** Writes {@code root}: {@code formatVersion} and {@code documentType} first, then the rest. */
  static void write(VersionedDocument root, DocumentOutput out) {
    Object document = root.document();
    out.startObject(root);
    out.name(FORMAT_VERSION);
    out.string(root.formatVersion());
    out.name(DOCUMENT_TYPE);
    out.string(root.documentType());
    BeanPlan bean = BeanPlan.of(document.getClass());
    if (bean != null) {
      bean.writeProperties(document, out);
    } else {
      out.unwrapped(document);
    }
    out.endObject();
  }
}
