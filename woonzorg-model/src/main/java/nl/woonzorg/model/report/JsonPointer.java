package nl.woonzorg.model.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A location in the JSON wire form of a document, as an RFC 6901 JSON Pointer such as
 * {@code /agreements/3/goalIds/0}. Validation and parsing both point at problems with it, so that a
 * finding can be traced to the exact place in the file whichever module produced it.
 *
 * <p>{@link #toString()} gives the pointer text (with {@code ~0} and {@code ~1} escapes) and
 * {@link #parse(String)} reads it back. Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer(List.of());

  /**
   * The text of the smaller array indices, made once: readers and the validator note where every
   * array item is, thousands per document, and only a few of those pointers are ever printed.
   */
  private static final String[] INDICES = new String[1024];

  static {
    for (int i = 0; i < INDICES.length; i++) {
      INDICES[i] = Integer.toString(i);
    }
  }

  // A pointer is its parent plus one token, so that append costs the same at any depth: readers
  // and validators append a token for every property they pass and need the whole list only for
  // the few pointers that end up in a problem or a finding.
  private final @Nullable JsonPointer parent;
  private final @Nullable String last;
  private final int size;
  // Built on first use and kept. Racing threads may each build an equal list; the list is
  // immutable, with final fields, so whichever one a thread sees is complete.
  private @Nullable List<String> tokens;

  private JsonPointer(List<String> tokens) {
    this.parent = null;
    this.last = null;
    this.size = tokens.size();
    this.tokens = tokens;
  }

  private JsonPointer(JsonPointer parent, String last) {
    this.parent = parent;
    this.last = last;
    this.size = parent.size + 1;
  }

  /** The pointer to the whole document, whose text is the empty string. */
  public static JsonPointer root() {
    return ROOT;
  }

  /** A pointer made of the given unescaped reference tokens, e.g. {@code of("goals", "0")}. */
  public static JsonPointer of(String... tokens) {
    List<String> copy = List.of(tokens);
    return copy.isEmpty() ? ROOT : new JsonPointer(copy);
  }

  /**
   * Reads pointer text such as {@code /agreements/3/title}.
   *
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}, or has
   *     a {@code ~} not followed by {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': \"" + text + "\"");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '/';
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException(
              "'~' must be followed by '0' or '1' at index " + i + ": \"" + text + "\"");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return new JsonPointer(List.copyOf(tokens));
  }

  /** This pointer extended by the property {@code name}. */
  public JsonPointer append(String name) {
    return new JsonPointer(this, Objects.requireNonNull(name, "name"));
  }

  /**
   * This pointer extended by every token of {@code relative}, e.g. {@code /12} and {@code
   * /goals/0} give {@code /12/goals/0}: a location within a part placed under where the part
   * stands.
   */
  public JsonPointer append(JsonPointer relative) {
    JsonPointer pointer = this;
    for (String token : relative.tokens()) {
      pointer = pointer.append(token);
    }
    return pointer;
  }

  /**
   * This pointer extended by the array index {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public JsonPointer append(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an array index is not negative: " + index);
    }
    return append(index < INDICES.length ? INDICES[index] : Integer.toString(index));
  }

  /** The unescaped reference tokens, outermost first; an immutable list, empty for the root. */
  public List<String> tokens() {
    List<String> list = tokens;
    if (list == null) {
      String[] array = new String[size];
      int i = size;
      JsonPointer at = this;
      // Up to the nearest ancestor whose list is built; the root's always is.
      while (at.tokens == null) {
        array[--i] = at.last;
        at = Objects.requireNonNull(at.parent);
      }
      List<String> prefix = at.tokens;
      for (int j = 0; j < i; j++) {
        array[j] = prefix.get(j);
      }
      list = List.of(array);
      tokens = list;
    }
    return list;
  }

  /** Whether this is the pointer to the whole document. */
  public boolean isRoot() {
    return size == 0;
  }

  /** Whether {@code other} equals this pointer or lies below it. */
  public boolean contains(JsonPointer other) {
    return other.size >= size && other.tokens().subList(0, size).equals(tokens());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonPointer && ((JsonPointer) other).size == size
        && ((JsonPointer) other).tokens().equals(tokens());
  }

  @Override
  public int hashCode() {
    return tokens().hashCode();
  }

  /** The pointer text, e.g. {@code /agreements/3/title}; the empty string for the root. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String token : tokens()) {
      text.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return text.toString();
  }
}
