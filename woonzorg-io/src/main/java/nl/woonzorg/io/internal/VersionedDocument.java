package nl.woonzorg.io.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;

/**
 * A document root as written: {@code formatVersion} first, {@code documentType} second, then the
 * model object's own properties at the same level, so that pointers into the document are those of the object. Not
 * exported.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@JsonPropertyOrder({FormatVersion.PROPERTY, FormatVersion.TYPE_PROPERTY})
public final class VersionedDocument {

  private final Object document;
  private final String type;

  /**
   * The root of the document for {@code document}.
   *
   * @throws IllegalArgumentException if {@code document} is of no document type
   */
  public VersionedDocument(Object document) {
    this.document = document;
    this.type = DocumentType.ofDocument(document).map(DocumentType::name).orElseThrow(() ->
        new IllegalArgumentException("not a woonzorg document: " + document.getClass().getName()));
  }

  @JsonProperty(FormatVersion.PROPERTY)
  String formatVersion() {
    return FormatVersion.CURRENT.toString();
  }

  @JsonProperty(FormatVersion.TYPE_PROPERTY)
  String documentType() {
    return type;
  }

  @JsonUnwrapped
  Object document() {
    return document;
  }
}
