package nl.woonzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.unit.UnitAttributes;
import nl.woonzorg.vera.unit.VeraUnit;

/**
 * Telling VERA-OpenAPI {@code Eenheid} files from woonzorg documents by their content: the
 * property names of the first record (the root object, an array's first element, or an NDJSON
 * file's first line) are counted against the attributes of the spec's {@code Eenheid} and
 * against each woonzorg document type's schema; {@code id}, which both have, does not count.
 * And reading the units of such a file one at a time, each with its place in the file.
 */
final class VeraFiles {

  /** The name of the VERA unit as a document type on the command line ({@code --type}). */
  static final String VERA_EENHEID = "vera-eenheid";

  private static final Set<String> VERA_NAMES = veraNames();

  /** Which of the two a file holds, as far as its first record tells. */
  enum Kind {
    VERA, WOONZORG, UNKNOWN
  }

  private VeraFiles() {}

  private static Set<String> veraNames() {
    Set<String> names = new HashSet<>(UnitAttributes.BOUND);
    names.addAll(UnitAttributes.PASS_THROUGH);
    names.addAll(UnitAttributes.LEGACY_NAMES.keySet());
    names.remove("id");
    return Set.copyOf(names);
  }

  /**
   * VERA if more of {@code names} are VERA attributes than properties of any one woonzorg type,
   * woonzorg if fewer, unknown if as many (e.g. only {@code id}).
   */
  static Kind kind(Set<String> names) {
    long vera = names.stream().filter(VERA_NAMES::contains).count();
    long woonzorg = 0;
    for (DocumentType<?> type : DocumentType.all()) {
      Set<String> properties = Documents.properties(type);
      woonzorg = Math.max(woonzorg, names.stream()
          .filter(name -> !name.equals("id") && properties.contains(name)).count());
    }
    return vera > woonzorg ? Kind.VERA : vera < woonzorg ? Kind.WOONZORG : Kind.UNKNOWN;
  }

  /** What the first record of {@code file} is: an NDJSON file's first line, else its bytes. */
  static Kind kind(Path file) throws IOException {
    return kind(firstRecordNames(file));
  }

  /**
   * The property names of the first record of {@code file}: an NDJSON file's first line, else
   * the root object or an array's first element.
   */
  static Set<String> firstRecordNames(Path file) throws IOException {
    if (Documents.isNdjson(file)) {
      return firstLine(file);
    }
    byte[] json = Files.readAllBytes(file);
    return isArray(json) ? Documents.firstElementNames(json) : Documents.rootNames(json);
  }

  /** Whether the document's first token opens an array (the API's list form). */
  static boolean isArray(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b == '[';
      }
    }
    return false;
  }

  /**
   * Hands each {@code Eenheid} of {@code in}, read from {@code file}, to {@code each} with its
   * place in the file, named as {@code reader} names the place of a problem: an NDJSON unit by
   * its line ({@code regel 6} or {@code line 6}, in {@code lang}; blank and skipped lines counted,
   * so a count of units would drift from it), an element of the API's list form by its JSON
   * Pointer ({@code /5}), one object as the root ({@code /}). NDJSON is read line by line and an
   * array element by element, so that memory does not grow with the number of units; {@code in}
   * must support {@link InputStream#mark} and is not closed.
   *
   * @throws nl.woonzorg.io.WireFormatException at the first unit {@code reader} refuses
   * @throws java.io.UncheckedIOException if reading fails while an array streams
   */
  static void eachUnit(Path file, InputStream in, VeraReader reader, Lang lang,
      BiConsumer<String, VeraUnit> each) throws IOException {
    if (Documents.isNdjson(file)) {
      reader.readNdjson(in, (unit, line) -> each.accept(lang.pick("regel ", "line ") + line,
          unit));
    } else if (startsAnArray(in)) {
      long[] index = {0};
      try (Stream<VeraUnit> units = reader.readArray(in)) {
        units.forEach(unit -> each.accept("/" + index[0]++, unit));
      }
    } else {
      each.accept("/", reader.read(in));
    }
  }

  /** Whether the first byte other than white space opens an array; the stream is reset. */
  private static boolean startsAnArray(InputStream in) throws IOException {
    in.mark(1 << 16);
    try {
      for (int b = in.read(), read = 1; b >= 0 && read < 1 << 16; b = in.read(), read++) {
        if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
          return b == '[';
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /**
   * The bytes of the first non-blank line, read as ISO-8859-1 (a char per byte) for the reason
   * {@link Documents#detectRecords} gives; empty if there is none.
   */
  private static Set<String> firstLine(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          return Documents.rootNames(line.getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    }
    return Set.of();
  }
}
