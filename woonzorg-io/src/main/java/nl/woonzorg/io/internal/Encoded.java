package nl.woonzorg.io.internal;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A property name or code known before any document is written, encoded once for both outputs:
 * for Jackson's generator, and as the compact writer's bytes, quotes (and a name's colon)
 * included, so that writing it there is one copy.
 */
final class Encoded {

  /** For the generator. */
  final SerializableString text;
  /** {@code "text"}, or {@code "text":} for a name, escaped as the generator escapes it. */
  final byte[] compact;

  private Encoded(String text, boolean name) {
    this.text = new SerializedString(text);
    byte[] quoted = this.text.asQuotedUTF8();
    this.compact = new byte[quoted.length + (name ? 3 : 2)];
    compact[0] = '"';
    System.arraycopy(quoted, 0, compact, 1, quoted.length);
    compact[quoted.length + 1] = '"';
    if (name) {
      compact[quoted.length + 2] = ':';
    }
  }

  /** {@code text} as a property name. */
  static Encoded name(String text) {
    return new Encoded(text, true);
  }

  /** {@code text} as a string value. */
  static Encoded string(String text) {
    return new Encoded(text, false);
  }
}
