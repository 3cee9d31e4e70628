package nl.woonzorg.io.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.UndeclaredThrowableException;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.FormatVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Binds a flat document straight into its model type's builder, checking every token against the
 * document's {@link Shape} as it goes. A document is flat when each property of its root is a
 * string without a date format, a code, an integer, or an array of these, and the model's builder
 * has one method that takes it, as for a {@linkplain DocumentType#DWELLING dwelling record}.
 *
 * <p>For such a document it does what {@link CheckingParser} and databind do together, and
 * accepts exactly what they accept, with an equal value: databind binds into the {@code Json}
 * class Immutables generates for Jackson, wraps each present optional in an {@code Optional},
 * copies the lot into a builder and builds; here the builder gets each value as it is read. On a
 * stream of dwelling records that was a quarter of the reading.
 *
 * <p>Like {@code CheckingParser} it does not report: at the first token that does not {@linkplain
 * Fit fit} the schema, an unknown code or a value the model refuses, it throws, and the caller
 * reads the document again with {@link DocumentChecker}, which finds, locates and reports every
 * problem.
 *
 * <p>Built once per document type; thread-safe.
 *
 * @param <T> the model type of the document
 */
final class FlatBinder<T> {

  private static final Map<DocumentType<?>, Optional<FlatBinder<?>>> BINDERS =
      new ConcurrentHashMap<>();

  private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();
  private static final MethodType SETTER = MethodType.methodType(void.class, Object.class,
      Object.class);

  private final Class<T> type;
  private final Shape root;
  private final PropertyNameMatcher names;
  /** Per property of the root, in schema order, how to read and set it. */
  private final Slot[] slots;
  /** {@code T.builder()}, as {@code ()Object}. */
  private final MethodHandle newBuilder;
  /** The builder's {@code build()}, as {@code (Object)Object}. */
  private final MethodHandle build;

  private FlatBinder(Class<T> type, Shape root, List<String> names, Slot[] slots,
      MethodHandle newBuilder, MethodHandle build) {
    this.type = type;
    this.root = root;
    this.names = BinaryNameMatcher.construct(names);
    this.slots = slots;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * The binder of {@code type}'s documents; null if they are not flat.
   *
   * @throws IllegalStateException if the model's builder cannot be called, which is a bug of
   *     woonzorg: the reader calls this outside its fallback, so that it shows
   */
  @SuppressWarnings("unchecked") // the map holds a FlatBinder<T> for each DocumentType<T>
  static <T> @Nullable FlatBinder<T> of(DocumentType<T> type) {
    return (FlatBinder<T>) BINDERS.computeIfAbsent(type, t -> Optional.ofNullable(compile(t)))
        .orElse(null);
  }

  /**
   * Reads the document that starts at {@code token}, the parser's current token, up to its end.
   *
   * @throws CheckingParser.Deviation if the document is not a clean one of this type
   * @throws RuntimeException as the parser or the model's builder throws it, on bad syntax, a
   *     crossed limit or a broken invariant
   */
  T bind(JsonParser parser, @Nullable JsonToken token) {
    fit(root, parser, token);
    Object builder = invoke(newBuilder);
    long seen = 0;
    int index;
    while ((index = parser.nextNameMatch(names)) >= 0) {
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw new CheckingParser.Deviation();
      }
      seen |= bit;
      Slot slot = slots[index];
      Object value = slot.value.read(parser, parser.nextToken());
      if (slot.setter != null) {
        set(slot.setter, builder, value);
      }
    }
    if (index != PropertyNameMatcher.MATCH_END_OBJECT
        || (seen & root.requiredMask()) != root.requiredMask()) {
      throw new CheckingParser.Deviation();
    }
    return type.cast(invoke(build, builder));
  }

  private static @Nullable FlatBinder<?> compile(DocumentType<?> document) {
    Shape root = Shape.of(document);
    if (root.kind() != Shape.Kind.OBJECT) {
      return null;
    }
    Class<?> type = document.modelType();
    Method builderMethod = publicMethod(type, "builder");
    if (builderMethod == null || !Modifier.isStatic(builderMethod.getModifiers())) {
      return null;
    }
    Class<?> builderType = builderMethod.getReturnType();
    Method buildMethod = publicMethod(builderType, "build");
    if (buildMethod == null || !type.isAssignableFrom(buildMethod.getReturnType())) {
      return null;
    }
    List<String> names = List.copyOf(root.properties().keySet());
    Slot[] slots = new Slot[names.size()];
    for (int i = 0; i < slots.length; i++) {
      String name = names.get(i);
      Shape shape = root.property(i);
      if (name.equals(FormatVersion.PROPERTY) || name.equals(FormatVersion.TYPE_PROPERTY)) {
        // The version and the type are the reader's business: checked, never bound.
        Value version = value(shape, String.class);
        if (version == null) {
          return null;
        }
        slots[i] = new Slot(version, null);
        continue;
      }
      Method setter = setter(builderType, name);
      Value value = setter == null ? null
          : value(shape, setter.getParameterTypes()[0], setter.getGenericParameterTypes()[0]);
      if (value == null) {
        return null;
      }
      slots[i] = new Slot(value, handle(builderType, setter).asType(SETTER));
    }
    return new FlatBinder<>(type, root, names, slots,
        handle(type, builderMethod).asType(MethodType.methodType(Object.class)),
        handle(builderType, buildMethod).asType(MethodType.methodType(Object.class,
            Object.class)));
  }

  /**
   * The builder's one public method that sets property {@code name} from its plain value: not the
   * overload that takes an {@code Optional}. Null if there is none or more than one.
   */
  static @Nullable Method setter(Class<?> builderType, String name) {
    List<Method> candidates = Arrays.stream(builderType.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1
            && !Modifier.isStatic(m.getModifiers()) && m.getParameterTypes()[0] != Optional.class)
        .toList();
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  static @Nullable Method publicMethod(Class<?> owner, String name) {
    try {
      return owner.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * A handle on {@code method} as a member of {@code owner}, public: the builder's methods are
   * declared by the package-private class Immutables generates, and reached through the model's
   * public {@code Builder} that extends it.
   */
  static MethodHandle handle(Class<?> owner, Method method) {
    MethodType methodType = MethodType.methodType(method.getReturnType(),
        method.getParameterTypes());
    try {
      return Modifier.isStatic(method.getModifiers())
          ? PUBLIC.findStatic(owner, method.getName(), methodType)
          : PUBLIC.findVirtual(owner, method.getName(), methodType);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + owner.getName() + "." + method.getName(), e);
    }
  }

  /** How to read a value of {@code shape} for a parameter of {@code type}; null if unsupported. */
  private static @Nullable Value value(Shape shape, Class<?> type, Type generic) {
    if (shape.kind() == Shape.Kind.ARRAY && type == Iterable.class
        && generic instanceof ParameterizedType iterable) {
      Type item = iterable.getActualTypeArguments()[0];
      if (item instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
        item = wildcard.getUpperBounds()[0];
      }
      Value items = item instanceof Class<?> itemType ? value(shape.items(), itemType) : null;
      return items == null ? null : array(shape, items);
    }
    return value(shape, type);
  }

  /** How to read a scalar value of {@code shape} as a {@code type}; null if unsupported. */
  private static @Nullable Value value(Shape shape, Class<?> type) {
    return switch (shape.kind()) {
      case STRING -> string(shape, type);
      case INTEGER -> type == int.class || type == Integer.class ? (parser, token) -> {
        fit(shape, parser, token);
        return parser.getIntValue();
      } : null;
      case NUMBER, BOOLEAN, OBJECT, ARRAY -> null;
    };
  }

  private static @Nullable Value string(Shape shape, Class<?> type) {
    if (shape.isDate()) {
      return null;
    }
    if (type == String.class && shape.codes() == null) {
      return (parser, token) -> {
        fit(shape, parser, token);
        return parser.getString();
      };
    }
    if (CodedDeserializers.isCoded(type) && shape.codes() != null
        && shape.pattern() == null) {
      // The model's code list decides, as it does for databind: CodedDeserializer's lookup.
      CodedDeserializer<?> codes = CodedDeserializer.of(type);
      return (parser, token) -> {
        fit(shape, parser, token);
        Object entry = codes.lookup(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        if (entry == null) {
          throw new CheckingParser.Deviation();
        }
        return entry;
      };
    }
    return null;
  }

  /**
   * Throws unless {@code token} {@linkplain Fit fits} {@code shape}. Codes are looked up by the
   * model's code list, as databind does, from the parser's characters.
   */
  static void fit(Shape shape, JsonParser parser, @Nullable JsonToken token) {
    if (Fit.of(shape, parser, token, false) != Fit.FITS) {
      throw new CheckingParser.Deviation();
    }
  }

  private static Value array(Shape shape, Value items) {
    return (parser, token) -> {
      fit(shape, parser, token);
      List<Object> values = new ArrayList<>();
      JsonToken item;
      while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
        values.add(items.read(parser, item));
      }
      return values;
    };
  }

  static Object invoke(MethodHandle supplier) {
    try {
      return (Object) supplier.invokeExact();
    } catch (Throwable e) {
      throw unchecked(e);
    }
  }

  static Object invoke(MethodHandle function, Object argument) {
    try {
      return (Object) function.invokeExact(argument);
    } catch (Throwable e) {
      throw unchecked(e);
    }
  }

  static void set(MethodHandle setter, Object builder, Object value) {
    try {
      setter.invokeExact(builder, value);
    } catch (Throwable e) {
      throw unchecked(e);
    }
  }

  /** What a builder method threw, rethrown; the model's builders declare no checked exception. */
  static RuntimeException unchecked(Throwable thrown) {
    if (thrown instanceof Error error) {
      throw error;
    }
    return thrown instanceof RuntimeException runtime
        ? runtime : new UndeclaredThrowableException(thrown);
  }

  /** Reads the value that starts at {@code token}, the parser's current token. */
  @FunctionalInterface
  private interface Value {
    Object read(JsonParser parser, @Nullable JsonToken token);
  }

  /** A property: how to read it, and the builder method that takes it (null: not bound). */
  private record Slot(Value value, @Nullable MethodHandle setter) {}
}
