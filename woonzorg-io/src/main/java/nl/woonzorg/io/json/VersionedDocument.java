package nl.woonzorg.io.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.woonzorg.io.FormatVersion;

/**
 * A document root as written: {@code formatVersion} first, then the model object's own
 * properties at the same level, so that pointers into the document are those of the object.
 */
@JsonPropertyOrder({FormatVersion.PROPERTY})
final class VersionedDocument {

  private final Object document;

  VersionedDocument(Object document) {
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
