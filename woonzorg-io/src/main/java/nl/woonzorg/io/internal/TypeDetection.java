package nl.woonzorg.io.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells which {@link DocumentType} a document is, from its root alone: its {@code documentType}
 * if it names one, otherwise the property names of its root against each type's schema. Not
 * exported: the API is {@code nl.woonzorg.io.json.JsonReader#detectType}.
 *
 * <p>Only the root's names count, so the answer does not depend on how deep the document nests:
 * the peek has no depth, string or number limit (the reader that follows applies the caller's),
 * and a document broken or cut off part-way is judged by the root names before the break.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class TypeDetection {

  private static final JsonFactory PEEK = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .build())
      .build();

  private static final Map<DocumentType<?>, Shape> SHAPES = DocumentType.all().stream()
      .collect(Collectors.toUnmodifiableMap(Function.identity(), Shape::of));

  private TypeDetection() {}

  /**
   * The document type of the UTF-8 document {@code json}. A {@code documentType} that names a
   * type decides. Otherwise the type that leaves the fewest root names unknown wins, so that a
   * root with only a vision's properties is a vision and reading it never reports a property as
   * unknown only because of a wrong guess; then the type whose required properties are all there;
   * then the one that knows the most names; then the earlier in {@link DocumentType#all()}. Text
   * that is not a JSON object gives the vision, whose reading then reports what is wrong with it.
   */
  public static DocumentType<?> detect(byte[] json) {
    Set<String> names = new HashSet<>();
    String named = rootNames(json, names);
    if (named != null) {
      for (DocumentType<?> type : DocumentType.all()) {
        if (type.name().equals(named)) {
          return type;
        }
      }
    }
    names.remove(FormatVersion.PROPERTY);
    names.remove(FormatVersion.TYPE_PROPERTY);
    return best(names);
  }

  private static DocumentType<?> best(Set<String> names) {
    List<DocumentType<?>> all = DocumentType.all();
    DocumentType<?> best = all.get(0);
    long[] bestScore = null;
    for (DocumentType<?> type : all) {
      Set<String> properties = SHAPES.get(type).properties().keySet();
      long known = names.stream().filter(properties::contains).count();
      long[] score = {names.size() - known, names.containsAll(required(type)) ? 0 : 1, -known};
      if (bestScore == null || compare(score, bestScore) < 0) {
        best = type;
        bestScore = score;
      }
    }
    return best;
  }

  private static Set<String> required(DocumentType<?> type) {
    Set<String> required = new HashSet<>(SHAPES.get(type).required());
    required.remove(FormatVersion.PROPERTY);
    return required;
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      int order = Long.compare(a[i], b[i]);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /** Adds the root's property names to {@code names}; returns its documentType if a string. */
  private static @Nullable String rootNames(byte[] json, Set<String> names) {
    String named = null;
    try (JsonParser parser = PEEK.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        names.add(name);
        JsonToken value = parser.nextToken();
        if (name.equals(FormatVersion.TYPE_PROPERTY) && value == JsonToken.VALUE_STRING) {
          named = parser.getString();
        }
        parser.skipChildren();
      }
    } catch (JacksonException broken) {
      // What was seen before the break decides; the reader reports the break at its place.
      return named;
    }
    return named;
  }
}
