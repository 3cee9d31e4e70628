package nl.woonzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the commands share about input documents: which files are NDJSON, which document type a
 * file holds, and how each type is validated.
 */
final class Documents {

  /** A plain mapper: for peeking at a document's root and for the tool's own JSON output. */
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Map<DocumentType<?>, Set<String>> PROPERTIES = DocumentType.all().stream()
      .collect(Collectors.toUnmodifiableMap(Function.identity(), type -> Set.copyOf(
          MAPPER.readTree(WireSchema.text(type)).path("properties").propertyNames())));

  private Documents() {}

  /** Whether {@code file} is NDJSON, one record a line: its name ends in .ndjson or .jsonl. */
  static boolean isNdjson(Path file) {
    String name = Objects.toString(file.getFileName(), "").toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /** The document type with the given name, e.g. {@code dwelling}; for option values. */
  static DocumentType<?> typeNamed(String name) {
    return DocumentType.all().stream().filter(type -> type.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown document type '" + name
            + "'; one of " + typeNames()));
  }

  /** The names of every document type, comma-separated, the vision first. */
  static String typeNames() {
    return DocumentType.all().stream().map(DocumentType::name).collect(Collectors.joining(", "));
  }

  /**
   * The document type {@code json} holds, as {@link JsonReader#detectType(byte[])} tells it: by
   * its {@code documentType}, else by its root's property names, whatever its depth.
   */
  static DocumentType<?> detect(byte[] json) {
    return JsonReader.detectType(json);
  }

  /** The root property names a type's JSON Schema allows: for telling VERA from woonzorg. */
  static Set<String> properties(DocumentType<?> type) {
    return PROPERTIES.get(type);
  }

  /** The property names of the root object of {@code json}; none if it is not an object. */
  static Set<String> rootNames(byte[] json) {
    return objectNames(json, false);
  }

  /**
   * The property names of the first element of the root array of {@code json}, the list form of
   * an API; none if it is not an array whose first element is an object.
   */
  static Set<String> firstElementNames(byte[] json) {
    return objectNames(json, true);
  }

  private static Set<String> objectNames(byte[] json, boolean inArray) {
    Set<String> names = new HashSet<>();
    try (JsonParser parser = MAPPER.createParser(json)) {
      if (inArray && parser.nextToken() != JsonToken.START_ARRAY
          || parser.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        names.add(parser.currentName());
        parser.nextToken();
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // Broken JSON: what was seen so far decides; the strict reader reports the break.
      return names;
    }
    return names;
  }

  /**
   * The document type of the records of an NDJSON file, told from the bytes of its first non-blank
   * line; the vision if there is none. The file is read as ISO-8859-1, a char per byte, because a
   * UTF-8 reader fails on ill-formed bytes anywhere in what it buffers and would make every record
   * a vision; the record reader reports such bytes at their line.
   */
  static DocumentType<?> detectRecords(Path file) throws IOException {
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          return detect(line.getBytes(StandardCharsets.ISO_8859_1));
        }
      }
    }
    return DocumentType.VISION;
  }
}
