package nl.woonzorg.io.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.woonzorg.io.FormatVersion;
import org.apiguardian.api.API;

/**
 * A document root as written: {@code formatVersion} first, then the model object's own
 * properties at the same level, so that pointers into the document are those of the object. Not
 * exported.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@JsonPropertyOrder({FormatVersion.PROPERTY})
public final class VersionedDocument {

  private final Object document;

  /** The root of the document for {@code document}, which must be of a document type. */
  public VersionedDocument(Object document) {
    this.document = document;
  }

  @JsonProperty(FormatVersion.PROPERTY)
  String formatVersion() {
    return FormatVersion.CURRENT.toString();
  }

  @JsonUnwrapped
  Object document() {
    return document;
  }
}
