package nl.woonzorg.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One node of a shipped JSON Schema, compiled into what the reader checks. The reader enforces
 * the schema the jar ships rather than a second description of the format, so that the two cannot
 * disagree; compiling refuses any keyword it does not enforce, so a schema that grows one fails
 * every test instead of being half-enforced.
 */
final class Shape {

  enum Kind { OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN }

  private static final Set<String> KNOWN = Set.of("$schema", "$id", "$defs", "title", "description",
      "type", "properties", "required", "additionalProperties", "items", "$ref", "enum", "format",
      "minimum", "maximum", "pattern");

  private static final Map<DocumentType<?>, Shape> ROOTS = new ConcurrentHashMap<>();

  private @Nullable Shape ref;
  /** This shape with its {@code $ref} followed, set once the whole schema is compiled. */
  private Shape resolved = this;
  private @Nullable Kind kind;
  private String name = "";
  private Map<String, Shape> properties = Map.of();
  private Map<String, Integer> indices = Map.of();
  private Shape[] byIndex = new Shape[0];
  /** Per property, the last instance of its name looked up; see {@link #indexOf(String, int)}. */
  private String[] seen = new String[0];
  private Set<String> required = Set.of();
  private long requiredMask;
  private @Nullable Shape items;
  private @Nullable List<String> codes;
  private @Nullable Set<String> codeSet;
  private boolean date;
  private @Nullable Pattern pattern;
  /** The last text seen to match {@link #pattern}; see {@link #matches(String)}. */
  private @Nullable String matched;

  /** A shape of the schema being compiled, listed in {@code all}. */
  private Shape(List<Shape> all) {
    all.add(this);
  }

  /** The compiled schema of {@code type}, loaded from the jar once. */
  static Shape of(DocumentType<?> type) {
    return ROOTS.computeIfAbsent(type, Shape::load);
  }

  private static Shape load(DocumentType<?> type) {
    try (InputStream in = WireSchema.open(type)) {
      JsonNode schema = JsonMapper.builder().build().readTree(in);
      List<Shape> all = new ArrayList<>();
      Map<String, Shape> defs = new HashMap<>();
      JsonNode defNodes = schema.path("$defs");
      defNodes.propertyNames().forEach(def -> defs.put(def, new Shape(all)));
      for (String def : defNodes.propertyNames()) {
        defs.get(def).fill(def, defNodes.get(def), defs, all);
      }
      Shape root = new Shape(all);
      root.fill(type.modelType().getSimpleName(), schema, defs, all);
      // Definitions may refer to ones compiled later, so references are followed only now, once,
      // rather than on every token read.
      for (Shape shape : all) {
        shape.resolved = shape.follow();
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fill(String shapeName, JsonNode node, Map<String, Shape> defs, List<Shape> all) {
    for (String keyword : node.propertyNames()) {
      if (!KNOWN.contains(keyword)) {
        throw new IllegalStateException("schema keyword " + keyword + " of " + shapeName
            + " is not enforced by the reader");
      }
    }
    name = shapeName;
    if (node.has("$ref")) {
      String reference = node.get("$ref").asString();
      Shape target = defs.get(reference.substring("#/$defs/".length()));
      if (!reference.startsWith("#/$defs/") || target == null) {
        throw new IllegalStateException("unresolvable $ref " + reference + " in " + shapeName);
      }
      ref = target;
      return;
    }
    kind = Kind.valueOf(node.get("type").asString().toUpperCase(Locale.ROOT));
    switch (kind) {
      case OBJECT -> fillObject(node, defs, all);
      case ARRAY -> {
        Shape item = new Shape(all);
        item.fill(shapeName, node.get("items"), defs, all);
        items = item;
      }
      case STRING -> fillString(node);
      case INTEGER -> {
        BigDecimal minimum = node.get("minimum").decimalValue();
        BigDecimal maximum = node.get("maximum").decimalValue();
        // The readers hold an integer to the range of an int by the number type the parser
        // tells, and to no other range.
        if (minimum.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) != 0
            || maximum.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) != 0) {
          throw new IllegalStateException("integer range " + minimum + " to " + maximum + " of "
              + shapeName + " is not enforced by the reader");
        }
      }
      default -> { }
    }
  }

  private void fillObject(JsonNode node, Map<String, Shape> defs, List<Shape> all) {
    if (node.path("additionalProperties").asBoolean(true)) {
      throw new IllegalStateException(name + " must forbid additional properties");
    }
    Map<String, Shape> props = new LinkedHashMap<>();
    for (String property : node.path("properties").propertyNames()) {
      Shape shape = new Shape(all);
      shape.fill(name, node.get("properties").get(property), defs, all);
      props.put(property, shape);
    }
    Set<String> req = new LinkedHashSet<>();
    node.path("required").values().forEach(r -> req.add(r.asString()));
    // The single-pass reader keeps the properties an object has had as bits of one long.
    if (props.size() > Long.SIZE) {
      throw new IllegalStateException(name + " has " + props.size() + " properties; the reader"
          + " tracks at most " + Long.SIZE + " per object");
    }
    Map<String, Integer> index = new HashMap<>();
    for (String property : props.keySet()) {
      index.put(property, index.size());
    }
    for (String property : req) {
      Integer bit = index.get(property);
      if (bit == null) {
        throw new IllegalStateException(name + " requires the undeclared property " + property);
      }
      requiredMask |= 1L << bit;
    }
    properties = Collections.unmodifiableMap(props);
    indices = Collections.unmodifiableMap(index);
    byIndex = props.values().toArray(new Shape[0]);
    seen = props.keySet().toArray(new String[0]);
    required = Collections.unmodifiableSet(req);
  }

  private void fillString(JsonNode node) {
    if (node.has("enum")) {
      List<String> list = new ArrayList<>();
      node.get("enum").values().forEach(code -> list.add(code.asString()));
      codes = List.copyOf(list);
      codeSet = Set.copyOf(list);
    }
    if (node.has("format")) {
      if (!node.get("format").asString().equals("date")) {
        throw new IllegalStateException("format " + node.get("format") + " is not enforced");
      }
      date = true;
    }
    if (node.has("pattern")) {
      pattern = Pattern.compile(node.get("pattern").asString());
    }
  }

  private Shape follow() {
    return ref == null ? this : ref.follow();
  }

  private Shape target() {
    return resolved;
  }

  Kind kind() {
    return Objects.requireNonNull(target().kind);
  }

  /** The definition's name, e.g. {@code Goal} or {@code HousingForm}. */
  String name() {
    return target().name;
  }

  Map<String, Shape> properties() {
    return target().properties;
  }

  Set<String> required() {
    return target().required;
  }

  /** The index of property {@code name} in schema order, or -1 if the object has no such one. */
  int indexOf(String name) {
    Integer index = target().indices.get(name);
    return index == null ? -1 : index;
  }

  /**
   * The index of property {@code name}, trying index {@code likely} first: writers, ours included,
   * write properties in schema order, and one comparison is cheaper than a lookup.
   *
   * <p>Names are compared by identity first with the last instance seen for each property: the
   * parser hands over the same instance for a name every time (the instance in databind's name
   * matcher), and an identity scan of a few references costs less than a hash lookup, which was a
   * sixth of reading a dwelling record. The instances are remembered racily, which is safe as
   * strings are immutable: a stale or missing entry only means one hash lookup more.
   */
  int indexOf(String name, int likely) {
    Shape shape = target();
    String[] seen = shape.seen;
    if (likely < seen.length && seen[likely] == name) {
      return likely;
    }
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] == name) {
        return i;
      }
    }
    int index = indexOf(name);
    if (index >= 0) {
      seen[index] = name;
    }
    return index;
  }

  /** The shape of the property at {@code index}, as {@link #indexOf(String)} gives it. */
  Shape property(int index) {
    return target().byIndex[index];
  }

  /** The required properties as bits, bit {@code i} for the property at index {@code i}. */
  long requiredMask() {
    return target().requiredMask;
  }

  Shape items() {
    return Objects.requireNonNull(target().items);
  }

  /** The valid codes in list order; null unless this is a code list. */
  @Nullable List<String> codes() {
    return target().codes;
  }

  boolean isCode(String code) {
    Set<String> valid = target().codeSet;
    return valid == null || valid.contains(code);
  }

  boolean isDate() {
    return target().date;
  }

  @Nullable Pattern pattern() {
    return target().pattern;
  }

  /**
   * Whether the string {@code text} matches this string shape's pattern, if it has one. A text
   * that matched last time is not matched again: a stream's records repeat their {@code
   * formatVersion}, and a regular expression per record was a cost of its own. The text is
   * remembered racily, which is safe as strings are immutable.
   */
  boolean matches(String text) {
    Shape shape = target();
    Pattern required = shape.pattern;
    if (required == null || text.equals(shape.matched)) {
      return true;
    }
    if (required.matcher(text).matches()) {
      shape.matched = text;
      return true;
    }
    return false;
  }
}
