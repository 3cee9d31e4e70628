package nl.woonzorg.io.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Binds a document straight into the model's builders, checking every token against the
 * document's {@link Shape} as it goes, for flat records such as a {@linkplain DocumentType#DWELLING
 * dwelling record} and for documents of any depth alike. Per model class the properties are
 * resolved once, in schema order, to the builder method that takes each and to how its value is
 * read; a document is then read token by token, each value handed to its builder as it is read,
 * and each object built when it ends.
 *
 * <p>It does what {@link CheckingParser} and databind do together and accepts exactly what they
 * accept, with an equal value. Databind binds each object into the {@code Json} class Immutables
 * generates for Jackson, wraps each present optional in an {@code Optional}, copies the lot into a
 * builder through a delegating creator and builds; a date goes through a formatter. Here nothing
 * is made but the values, the lists the builders copy, and the builders.
 *
 * <p>Like {@code CheckingParser} it does not report: at the first token that does not {@linkplain
 * Fit fit} the schema, an unknown code, a repeated or unknown property, or a value the model
 * refuses, it throws, and the caller reads the document again with {@link DocumentChecker}, which
 * finds, locates and reports every problem.
 *
 * <p>A document type binds this way when every object of its schema is a model class with a
 * static {@code builder()} whose builder has one plain method per property, and every value is a
 * string, a code of the model, a date, an integer, a decimal, a boolean, an object of the model,
 * or an array of these; otherwise {@link #of} gives null and databind binds it.
 *
 * <p>Built once per document type; thread-safe.
 *
 * @param <T> the model type of the document
 */
final class ModelBinder<T> {

  private static final Map<DocumentType<?>, Optional<ModelBinder<?>>> BINDERS =
      new ConcurrentHashMap<>();

  private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();
  /** Defines the classes that call the builders' methods: see {@link #direct}. */
  private static final MethodHandles.Lookup OWN = MethodHandles.lookup();

  /** The erased types of {@link BiConsumer}, {@link ObjIntConsumer} and {@link UnaryOperator}. */
  private static final MethodType SETTER = MethodType.methodType(void.class, Object.class,
      Object.class);
  private static final MethodType INT_SETTER = MethodType.methodType(void.class, Object.class,
      int.class);
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** How a value is read; see {@link #readValue}. */
  static final int SKIP = 0;
  static final int STRING = 1;
  static final int CODE = 2;
  static final int DATE = 3;
  static final int INT = 4;
  static final int DECIMAL = 5;
  static final int BOOLEAN = 6;
  static final int OBJECT = 7;
  static final int ARRAY = 8;

  private final Class<T> type;
  private final Bean root;
  private final @Nullable FlatLines<T> lines;

  private ModelBinder(Class<T> type, Bean root) {
    this.type = type;
    this.root = root;
    this.lines = FlatLines.of(type, root);
  }

  /**
   * The binder of {@code type}'s documents, made on first use; null if one of their objects or
   * values is of a kind it does not know.
   *
   * @throws IllegalStateException if the model's builder cannot be called, which is a bug of
   *     woonzorg: the readers call this outside their fallback, so that it shows
   */
  @SuppressWarnings("unchecked") // the map holds a ModelBinder<T> for each DocumentType<T>
  static <T> @Nullable ModelBinder<T> of(DocumentType<T> type) {
    return (ModelBinder<T>) BINDERS.computeIfAbsent(type, t -> Optional.ofNullable(compile(t)))
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
    return bind(parser, token, new Lists());
  }

  /**
   * Reads the document as {@link #bind(JsonParser, JsonToken)} does, its arrays into {@code
   * lists}: a reader of many small documents on one thread, such as a block of NDJSON records,
   * passes the same lists to each, so that a record allocates none.
   */
  T bind(JsonParser parser, @Nullable JsonToken token, Lists lists) {
    lists.open = 0;
    return type.cast(root.read(parser, token, lists));
  }

  /**
   * The reader of NDJSON lines of these documents straight from their bytes, by this binder's
   * plan; null if the documents are not flat.
   */
  @Nullable FlatLines<T> flatLines() {
    return lines;
  }

  private static <T> @Nullable ModelBinder<T> compile(DocumentType<T> document) {
    Shape shape = Shape.of(document);
    if (shape.kind() != Shape.Kind.OBJECT) {
      return null;
    }
    Bean root = new Compiler().bean(shape, document.modelType(), true);
    return root == null ? null : new ModelBinder<>(document.modelType(), root);
  }

  /** Reads a value of {@code how}, which starts at {@code token}, the parser's current token. */
  private static Object readValue(Value how, JsonParser parser, @Nullable JsonToken token,
      Lists lists) {
    switch (how.kind) {
      case OBJECT:
        return how.bean.read(parser, token, lists);
      case ARRAY: {
        // An array in an array is kept as an item, so it cannot be one of the reused lists.
        List<Object> values = new ArrayList<>();
        readItems(how, parser, token, values, lists);
        return values;
      }
      default:
        fit(how, parser, token);
        return scalar(how, parser, token);
    }
  }

  /** Reads the items of an array of {@code how}, starting at {@code token}, into {@code into}. */
  private static void readItems(Value how, JsonParser parser, @Nullable JsonToken token,
      List<Object> into, Lists lists) {
    fit(how, parser, token);
    Value items = how.items;
    JsonToken item;
    while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
      into.add(readValue(items, parser, item, lists));
    }
  }

  /** The scalar value of {@code how} at {@code token}, which fits its shape. */
  private static Object scalar(Value how, JsonParser parser, @Nullable JsonToken token) {
    switch (how.kind) {
      case STRING:
        return parser.getString();
      case CODE: {
        Object entry = how.codes.lookup(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
        if (entry == null) {
          throw new CheckingParser.Deviation();
        }
        return entry;
      }
      case DATE:
        // The shape's check has held the text to yyyy-mm-dd naming a day that exists.
        return date(parser.getString());
      case INT:
        return parser.getIntValue();
      case DECIMAL:
        return parser.getDecimalValue();
      case BOOLEAN:
        return token == JsonToken.VALUE_TRUE;
      default:
        throw new IllegalStateException("no scalar: " + how.kind);
    }
  }

  /** The date a text of {@code yyyy-mm-dd} names, as databind's {@code LocalDate} reading gives. */
  private static LocalDate date(String text) {
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /**
   * The builder's one public method that sets property {@code name} from its plain value: not the
   * overload that takes an {@code Optional}. Null if there is none or more than one.
   */
  private static @Nullable Method setter(Class<?> builderType, String name) {
    List<Method> candidates = Arrays.stream(builderType.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1
            && !Modifier.isStatic(m.getModifiers()) && m.getParameterTypes()[0] != Optional.class)
        .toList();
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  private static @Nullable Method publicMethod(Class<?> owner, String name) {
    try {
      return owner.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * An instance of {@code face}, a functional interface of one method named {@code name} whose
   * erased type is {@code erased}, that calls {@code method} of {@code owner} as a plain call,
   * its arguments cast to {@code instantiated}: a class made once per builder method by {@link
   * LambdaMetafactory}, as for a method reference. A method handle invoked from a field goes
   * through the invoker's checks of its type and customisation and a cast of each argument for
   * every value: 9 % of the samples of reading a large document, where the interface call costs
   * less, if not by all of that.
   */
  private static <F> F direct(Class<F> face, String name, MethodType erased, Class<?> owner,
      Method method, MethodType instantiated) {
    try {
      return face.cast(LambdaMetafactory.metafactory(OWN, name, MethodType.methodType(face),
          erased, handle(owner, method), instantiated).getTarget().invoke());
    } catch (Error e) {
      // Out of memory for the class, a linkage error: the JVM's, not a bug of woonzorg.
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + owner.getName() + "." + method.getName(), e);
    }
  }

  /**
   * A handle on {@code method} as a member of {@code owner}, public: the builder's methods are
   * declared by the package-private class Immutables generates, and reached through the model's
   * public {@code Builder} that extends it.
   */
  private static MethodHandle handle(Class<?> owner, Method method) {
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

  /**
   * Throws unless {@code token} {@linkplain Fit fits} {@code shape}, whose {@link Fit#onlyToken}
   * is {@code only}; codes are the model's.
   */
  private static void fit(Shape shape, @Nullable JsonToken only, JsonParser parser,
      @Nullable JsonToken token) {
    if (only != null ? token != only : Fit.of(shape, parser, token, false) != Fit.FITS) {
      throw new CheckingParser.Deviation();
    }
  }

  private static void fit(Value how, JsonParser parser, @Nullable JsonToken token) {
    fit(how.shape, how.onlyToken, parser, token);
  }

  /** How one value is read: its kind, shape, and what its kind needs. */
  static final class Value {
    final int kind;
    final Shape shape;
    /** The shape's {@link Fit#onlyToken}. */
    final @Nullable JsonToken onlyToken;
    /** For {@link #CODE}: the model's code list. */
    final @Nullable CodedDeserializer<?> codes;
    /** For {@link #OBJECT}: the object's plan; filled in once compiled, as objects may nest. */
    @Nullable Bean bean;
    /** For {@link #ARRAY}: how each item is read. */
    final @Nullable Value items;

    Value(int kind, Shape shape, @Nullable CodedDeserializer<?> codes, @Nullable Bean bean,
        @Nullable Value items) {
      this.kind = kind;
      this.shape = shape;
      this.onlyToken = Fit.onlyToken(shape);
      this.codes = codes;
      this.bean = bean;
      this.items = items;
    }
  }

  /**
   * The lists documents' arrays are read into, one per array open in another's items, each
   * used again once its builder has taken the items: a builder copies what it is given, as
   * Immutables' builders promise. Emptied when handed out rather than when handed back, so that a
   * document that stopped halfway leaves nothing behind for the next. Not thread-safe.
   */
  static final class Lists {
    private final List<List<Object>> levels = new ArrayList<>();
    private int open;

    /** An empty list for the array that starts now. */
    private List<Object> open() {
      if (open == levels.size()) {
        levels.add(new ArrayList<>());
      }
      List<Object> list = levels.get(open++);
      list.clear();
      return list;
    }

    /** Takes back the list of the array that has been handed over, for the next. */
    private void close() {
      open--;
    }
  }

  /**
   * A property of an object: how its value is read, and the builder method that takes it, which
   * {@code intSetter} calls for an {@link #INT} and {@code setter} for any other value.
   */
  record Slot(Value value, @Nullable BiConsumer<Object, Object> setter,
      @Nullable ObjIntConsumer<Object> intSetter) {}

  /** One model class under one object shape of the schema: its properties and its builder. */
  static final class Bean {
    private final Shape shape;
    /** The shape's {@link Fit#onlyToken}, the start of an object. */
    private final @Nullable JsonToken onlyToken;
    private final PropertyNameMatcher names;
    /** The names in schema order, as the quoted bytes {@link #nextProperty} compares. */
    private final SerializableString[] quoted;
    private final Slot[] slots;
    private final Supplier<Object> newBuilder;
    private final UnaryOperator<Object> build;

    Bean(Shape shape, List<String> names, Slot[] slots, Supplier<Object> newBuilder,
        UnaryOperator<Object> build) {
      this.shape = shape;
      this.onlyToken = Fit.onlyToken(shape);
      this.names = BinaryNameMatcher.construct(names);
      this.quoted = names.stream().map(SerializedString::new).toArray(SerializableString[]::new);
      this.slots = slots;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** The object's shape. */
    Shape shape() {
      return shape;
    }

    /** The property at {@code index} in schema order. */
    Slot slot(int index) {
      return slots[index];
    }

    /** The number of properties. */
    int size() {
      return slots.length;
    }

    /** A new builder of the model class. */
    Object newBuilder() {
      return newBuilder.get();
    }

    /** What {@code builder} builds; throws as the model refuses it. */
    Object build(Object builder) {
      return build.apply(builder);
    }

    Object read(JsonParser parser, @Nullable JsonToken token, Lists lists) {
      fit(shape, onlyToken, parser, token);
      Object builder = newBuilder.get();
      long seen = 0;
      int index = -1;
      while ((index = nextProperty(parser, index + 1)) >= 0) {
        long bit = 1L << index;
        if ((seen & bit) != 0) {
          throw new CheckingParser.Deviation();
        }
        seen |= bit;
        Slot slot = slots[index];
        Value value = slot.value;
        JsonToken valueToken = parser.nextToken();
        if (value.kind == SKIP) {
          fit(value, parser, valueToken);
        } else if (value.kind == INT) {
          fit(value, parser, valueToken);
          slot.intSetter.accept(builder, parser.getIntValue());
        } else if (value.kind == ARRAY) {
          List<Object> items = lists.open();
          readItems(value, parser, valueToken, items, lists);
          slot.setter.accept(builder, items);
          lists.close();
        } else {
          slot.setter.accept(builder, readValue(value, parser, valueToken, lists));
        }
      }
      if (index != PropertyNameMatcher.MATCH_END_OBJECT
          || (seen & shape.requiredMask()) != shape.requiredMask()) {
        throw new CheckingParser.Deviation();
      }
      return build.apply(builder);
    }

    /**
     * The index of the next property's name, or {@link PropertyNameMatcher#MATCH_END_OBJECT} at
     * the object's end, or another negative {@code MATCH_} code for an unknown name or any other
     * token, as {@link JsonParser#nextNameMatch} tells them. The writer lists the properties in
     * schema order, leaving empty ones out, so the one after the last read, {@code expected}, is
     * tried first: the parser compares its quoted bytes with the input, where matching a name by
     * its hash was a fifth of reading a dwelling record. Any other name is matched as the parser
     * read it.
     */
    private int nextProperty(JsonParser parser, int expected) {
      if (expected == quoted.length) {
        return parser.nextNameMatch(names);
      }
      if (parser.nextName(quoted[expected])) {
        return expected;
      }
      JsonToken token = parser.currentToken();
      return token == JsonToken.PROPERTY_NAME ? names.matchName(parser.currentName())
          : token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT
          : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }
  }

  /**
   * Compiles the plans of one document type. Each pair of model class and object shape is
   * compiled once, so that an object met in many places shares its plan, and a class that
   * contains itself ends.
   */
  private static final class Compiler {
    /** Per object shape (by its property map, which is the shape's own), its plan. */
    private final Map<Map<String, Shape>, Bean> beans = new IdentityHashMap<>();
    private final Map<Map<String, Shape>, Class<?>> classes = new IdentityHashMap<>();
    /** Objects whose plan is still being compiled, waiting for it. */
    private final Map<Map<String, Shape>, List<Value>> waiting = new IdentityHashMap<>();

    /** The plan of {@code type} under {@code shape}; null if it cannot be bound this way. */
    @SuppressWarnings("unchecked") // the interfaces' erased types are Object, as their uses
    @Nullable Bean bean(Shape shape, Class<?> type, boolean root) {
      Method builderMethod = publicMethod(type, "builder");
      if (builderMethod == null || !Modifier.isStatic(builderMethod.getModifiers())) {
        return null;
      }
      Class<?> builderType = builderMethod.getReturnType();
      Method buildMethod = publicMethod(builderType, "build");
      if (buildMethod == null || !type.isAssignableFrom(buildMethod.getReturnType())) {
        return null;
      }
      classes.put(shape.properties(), type);
      waiting.put(shape.properties(), new ArrayList<>());
      List<String> names = List.copyOf(shape.properties().keySet());
      Slot[] slots = new Slot[names.size()];
      for (int i = 0; i < slots.length; i++) {
        String name = names.get(i);
        Shape property = shape.property(i);
        if (root && (name.equals(FormatVersion.PROPERTY)
            || name.equals(FormatVersion.TYPE_PROPERTY))) {
          // The version and the type are the reader's business: checked, never bound.
          // Skipped only while Fit alone can check it: a coded or dated value needs its lookup.
          if (property.kind() != Shape.Kind.STRING || property.codes() != null
              || property.isDate()) {
            return null;
          }
          slots[i] = new Slot(new Value(SKIP, property, null, null, null), null, null);
          continue;
        }
        Method setter = setter(builderType, name);
        Value value = setter == null ? null
            : value(property, setter.getParameterTypes()[0], setter.getGenericParameterTypes()[0]);
        if (value == null) {
          return null;
        }
        Class<?> parameter = setter.getParameterTypes()[0];
        slots[i] = value.kind == INT
            ? new Slot(value, null, direct(ObjIntConsumer.class, "accept", INT_SETTER,
                builderType, setter, MethodType.methodType(void.class, builderType, int.class)))
            : new Slot(value, direct(BiConsumer.class, "accept", SETTER, builderType, setter,
                MethodType.methodType(void.class, builderType, parameter.isPrimitive()
                    ? MethodType.methodType(parameter).wrap().returnType() : parameter)), null);
      }
      Bean bean = new Bean(shape, names, slots,
          direct(Supplier.class, "get", MethodType.methodType(Object.class), type, builderMethod,
              MethodType.methodType(Object.class)),
          direct(UnaryOperator.class, "apply", GETTER, builderType, buildMethod,
              MethodType.methodType(Object.class, builderType)));
      beans.put(shape.properties(), bean);
      for (Value value : waiting.remove(shape.properties())) {
        value.bean = bean;
      }
      return bean;
    }

    /** How to read a value of {@code shape} for a parameter of {@code type}; null if unknown. */
    private @Nullable Value value(Shape shape, Class<?> type, Type generic) {
      switch (shape.kind()) {
        case ARRAY: {
          if (type != Iterable.class || !(generic instanceof ParameterizedType iterable)) {
            return null;
          }
          Type item = iterable.getActualTypeArguments()[0];
          if (item instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            item = wildcard.getUpperBounds()[0];
          }
          Value items = item instanceof Class<?> itemType
              ? value(shape.items(), itemType, itemType) : null;
          return items == null ? null : new Value(ARRAY, shape, null, null, items);
        }
        case OBJECT:
          return object(shape, type);
        case STRING:
          return string(shape, type);
        case INTEGER:
          return type == int.class || type == Integer.class
              ? new Value(INT, shape, null, null, null) : null;
        case NUMBER:
          return type == BigDecimal.class ? new Value(DECIMAL, shape, null, null, null) : null;
        case BOOLEAN:
          return type == boolean.class || type == Boolean.class
              ? new Value(BOOLEAN, shape, null, null, null) : null;
        default:
          return null;
      }
    }

    private @Nullable Value object(Shape shape, Class<?> type) {
      Map<String, Shape> key = shape.properties();
      Class<?> known = classes.get(key);
      if (known != null) {
        if (known != type) {
          return null;
        }
        Bean bean = beans.get(key);
        Value value = new Value(OBJECT, shape, null, bean, null);
        if (bean == null) {
          waiting.get(key).add(value);
        }
        return value;
      }
      Bean bean = bean(shape, type, false);
      return bean == null ? null : new Value(OBJECT, shape, null, bean, null);
    }

    private static @Nullable Value string(Shape shape, Class<?> type) {
      if (shape.isDate()) {
        return type == LocalDate.class && shape.codes() == null
            ? new Value(DATE, shape, null, null, null) : null;
      }
      if (shape.codes() == null) {
        return type == String.class ? new Value(STRING, shape, null, null, null) : null;
      }
      // The model's code list decides, as it does for databind: CodedDeserializer's lookup.
      return CodedDeserializers.isCoded(type) && shape.pattern() == null
          ? new Value(CODE, shape, CodedDeserializer.of(type), null, null) : null;
    }
  }
}
