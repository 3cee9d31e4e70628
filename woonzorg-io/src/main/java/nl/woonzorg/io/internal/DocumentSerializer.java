package nl.woonzorg.io.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.model.code.Coded;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.NameTransformer;

/**
 * Writes a document ({@link VersionedDocument}) with every model object in it straight to the
 * generator: per model class, the properties databind found for it, in its order, under their
 * pre-encoded names, each read through a getter function made once. What databind does per
 * property on every write — a reflective call, finding the value's serializer, wrapping an
 * {@code Optional} in a reference serializer, checking the inclusion rule, unwrapping the root —
 * is decided once per class here.
 *
 * <p>The bytes are databind's, which stays the reference: the plan of a class is taken from the
 * {@link BeanSerializer} databind builds for it under the wire mapper's settings, and a property
 * of a kind this writer does not know (a map, a value databind would not write as a bean or
 * plain scalar) is written by databind's own property writer. Strings, codes, integers, booleans
 * and decimals are written as {@link WireSerializers} and databind write them; dates and other
 * values by databind's serializer for their class.
 *
 * <p>Thread-safe: the plans are immutable, made on first use and shared.
 */
final class DocumentSerializer extends StdSerializer<VersionedDocument> {

  private static final SerializableString FORMAT_VERSION =
      new SerializedString(FormatVersion.PROPERTY);
  private static final SerializableString DOCUMENT_TYPE =
      new SerializedString(FormatVersion.TYPE_PROPERTY);
  private static final MethodHandles.Lookup OWN = MethodHandles.lookup();
  private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

  /** The plan of each model class met so far; null for one databind writes otherwise. */
  private final Map<Class<?>, Optional<Bean>> beans = new ConcurrentHashMap<>();

  DocumentSerializer() {
    super(VersionedDocument.class);
  }

  @Override
  public void serialize(VersionedDocument root, JsonGenerator gen, SerializationContext ctx) {
    Object document = root.document();
    gen.writeStartObject(root);
    gen.writeName(FORMAT_VERSION);
    gen.writeString(root.formatVersion());
    gen.writeName(DOCUMENT_TYPE);
    gen.writeString(root.documentType());
    Bean bean = bean(document.getClass(), ctx);
    if (bean != null) {
      bean.writeProperties(document, gen, ctx);
    } else {
      ctx.findValueSerializer(document.getClass()).unwrappingSerializer(NameTransformer.NOP)
          .serialize(document, gen, ctx);
    }
    gen.writeEndObject();
  }

  /** The plan of {@code type}; null if databind does not write it as a plain bean of the model. */
  private @Nullable Bean bean(Class<?> type, SerializationContext ctx) {
    Optional<Bean> known = beans.get(type);
    if (known == null) {
      known = Optional.ofNullable(compile(type, ctx));
      beans.putIfAbsent(type, known);
    }
    return known.orElse(null);
  }

  private @Nullable Bean compile(Class<?> type, SerializationContext ctx) {
    if (!type.getName().startsWith("nl.woonzorg.model.")) {
      return null;
    }
    ValueSerializer<Object> serializer = ctx.findValueSerializer(type);
    // Databind's plain bean serializers, the unrolled one being its form for a few properties.
    if (serializer.getClass() != BeanSerializer.class
        && serializer.getClass() != UnrolledBeanSerializer.class) {
      return null;
    }
    BeanSerializerBase plain = (BeanSerializerBase) serializer;
    // Views are left out: the wire format's writers never set one, so databind writes all of
    // a bean's properties, as this plan does.
    if (plain.usesObjectId() || plain.getFilterId() != null) {
      return null;
    }
    List<Property> properties = new ArrayList<>();
    for (Iterator<PropertyWriter> it = plain.properties(); it.hasNext(); ) {
      PropertyWriter writer = it.next();
      if (!(writer instanceof BeanPropertyWriter property)) {
        return null;
      }
      properties.add(property(type, property));
    }
    return new Bean(type, properties.toArray(Property[]::new));
  }

  /** How to write {@code property} of {@code owner}: straight, or by databind's own writer. */
  private Property property(Class<?> owner, BeanPropertyWriter property) {
    MethodHandle getter = getter(owner, property);
    JavaType type = property.getType();
    Class<?> raw = type.getRawClass();
    if (getter == null || property.isUnwrapping() || property.getTypeSerializer() != null) {
      return new Property(DELEGATED, property, null, null);
    }
    if (raw == int.class) {
      return new Property(INT, property, lambda(ToIntFunction.class, "applyAsInt", getter), null);
    }
    if (raw == boolean.class) {
      return new Property(BOOLEAN, property, lambda(Predicate.class, "test", getter), null);
    }
    Object get = lambda(Function.class, "apply", getter);
    if (raw == Optional.class) {
      return new Property(PRESENT, property, get, type.getContentType().getRawClass());
    }
    if (type.isCollectionLikeType() && Collection.class.isAssignableFrom(raw)) {
      return new Property(NOT_EMPTY, property, get, type.getContentType().getRawClass());
    }
    if (raw.isPrimitive() || Map.class.isAssignableFrom(raw) || type.isContainerType()
        || type.isReferenceType()) {
      return new Property(DELEGATED, property, null, null);
    }
    return new Property(ALWAYS, property, get, raw);
  }

  /**
   * The property's getter as declared by the model's public type, which the package-private
   * class Immutables generates implements; null if there is none to call.
   */
  private static @Nullable MethodHandle getter(Class<?> owner, BeanPropertyWriter property) {
    if (!(property.getMember().getMember() instanceof Method method)
        || method.getParameterCount() != 0) {
      return null;
    }
    Class<?> publicType = owner;
    while (publicType != null && !Modifier.isPublic(publicType.getModifiers())) {
      publicType = publicType.getSuperclass();
    }
    if (publicType == null) {
      return null;
    }
    try {
      return PUBLIC.findVirtual(publicType, method.getName(),
          MethodType.methodType(method.getReturnType()));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  /**
   * {@code getter} as an instance of {@code api}, a functional interface whose method {@code
   * name} takes the object: a call the compiler can inline, unlike a reflective one.
   */
  private static Object lambda(Class<?> api, String name, MethodHandle getter) {
    MethodType erased = getter.type().erase();
    MethodType sam = MethodType.methodType(
        erased.returnType().isPrimitive() ? erased.returnType() : Object.class, Object.class);
    try {
      return LambdaMetafactory.metafactory(OWN, name, MethodType.methodType(api), sam,
          getter, getter.type()).getTarget().invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot call " + getter, e);
    }
  }

  /**
   * Writes {@code value} as {@link WireSerializers} does, in plain notation; one of up to 18
   * digits, as nearly every amount is, without the strings {@code toPlainString} makes.
   */
  private static void writeDecimal(BigDecimal value, JsonGenerator gen) {
    int scale = value.scale();
    if (scale == 0 && value.precision() <= 18) {
      gen.writeNumber(value.longValue());
    } else if (scale > 0 && scale <= 18 && value.precision() <= 18) {
      // The unscaled value without the BigInteger unscaledValue() makes of a compact decimal.
      long unscaled = value.scaleByPowerOfTen(scale).longValue();
      long magnitude = Math.abs(unscaled);
      // The digits, at least one before the point: 0.0000001 is 1 with 7 after it.
      int digits = Math.max(value.precision(), scale + 1);
      char[] text = new char[digits + 2];
      int end = text.length;
      for (int i = 0; i < digits; i++) {
        if (i == scale) {
          text[--end] = '.';
        }
        text[--end] = (char) ('0' + magnitude % 10);
        magnitude /= 10;
      }
      if (unscaled < 0) {
        text[--end] = '-';
      }
      gen.writeNumber(text, end, text.length - end);
    } else {
      gen.writeNumber(value.toPlainString());
    }
  }

  /**
   * Writes {@code date} as databind does, {@code yyyy-MM-dd} for the years 0 to 9999, without the
   * string and builder databind makes for it; other years by databind.
   */
  private static void writeDate(LocalDate date, JsonGenerator gen, SerializationContext ctx) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      ctx.findValueSerializer(LocalDate.class).serialize(date, gen, ctx);
      return;
    }
    char[] text = new char[10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    gen.writeString(text, 0, text.length);
  }

  /** {@code value} as {@code count} decimal digits from {@code at}, with leading zeros. */
  private static void digits(char[] text, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** A model class's properties, in databind's order. */
  private static final class Bean {
    final Class<?> type;
    final Property[] properties;

    Bean(Class<?> type, Property[] properties) {
      this.type = type;
      this.properties = properties;
    }

    void writeProperties(Object bean, JsonGenerator gen, SerializationContext ctx) {
      for (Property property : properties) {
        property.write(bean, gen, ctx);
      }
    }
  }

  // How a property is included: always, when present (an Optional), when not empty (a list or
  // set), as an int or boolean (always), or as databind's property writer decides.
  private static final int ALWAYS = 0;
  private static final int PRESENT = 1;
  private static final int NOT_EMPTY = 2;
  private static final int INT = 3;
  private static final int BOOLEAN = 4;
  private static final int DELEGATED = 5;

  // How a value, or each item of a list or set, is written.
  private static final int STRING = 0;
  private static final int CODE = 1;
  private static final int INTEGER = 2;
  private static final int DECIMAL = 3;
  private static final int DATE = 4;
  private static final int OTHER = 5;

  /**
   * A property of a model object. One class that switches on small constants rather than a
   * class per kind: a property is written from a loop over all of an object's properties, where
   * a call through a class per kind could not be inlined. A null where the model promises a value
   * is left to databind's writer, which writes it as databind would.
   */
  private final class Property {
    private final int inclusion;
    private final int kind;
    private final SerializableString name;
    private final BeanPropertyWriter databind;
    // The getter, typed so that no call casts it: a cast to an interface can cost a scan of
    // the class's interfaces on JDK 17, when checks for several interfaces alternate.
    private final @Nullable Function<Object, Object> get;
    private final @Nullable ToIntFunction<Object> getInt;
    private final @Nullable Predicate<Object> getBoolean;
    /** Whether a list or set property is declared a list: read by index, cast only to List. */
    private final boolean list;
    /** A code list's codes by ordinal, pre-encoded. */
    private final SerializableString @Nullable [] codes;
    /**
     * For {@link #OTHER} values, the plan of the class last written, as it is nearly always the
     * same; shared between threads without a lock, which is safe as a plan's fields are final.
     */
    private @Nullable Bean last;

    @SuppressWarnings("unchecked") // the getter made for the inclusion
    Property(int inclusion, BeanPropertyWriter databind, @Nullable Object getter,
        @Nullable Class<?> valueType) {
      this.inclusion = inclusion;
      this.databind = databind;
      this.name = databind.getSerializedName();
      this.getInt = inclusion == INT ? (ToIntFunction<Object>) getter : null;
      this.getBoolean = inclusion == BOOLEAN ? (Predicate<Object>) getter : null;
      this.get = getInt == null && getBoolean == null ? (Function<Object, Object>) getter : null;
      this.list = inclusion == NOT_EMPTY
          && List.class.isAssignableFrom(databind.getType().getRawClass());
      this.kind = valueType == null ? OTHER : kind(valueType);
      this.codes = kind == CODE ? codes(valueType) : null;
    }

    private static int kind(Class<?> type) {
      if (type == String.class) {
        return STRING;
      }
      if (CodedDeserializers.isCoded(type)) {
        return CODE;
      }
      if (type == Integer.class) {
        return INTEGER;
      }
      if (type == BigDecimal.class) {
        return DECIMAL;
      }
      return type == LocalDate.class ? DATE : OTHER;
    }

    private static SerializableString[] codes(Class<?> codeList) {
      return Arrays.stream(codeList.getEnumConstants())
          .map(code -> new SerializedString(((Coded) code).getCode()))
          .toArray(SerializableString[]::new);
    }

    void write(Object bean, JsonGenerator gen, SerializationContext ctx) {
      switch (inclusion) {
        case INT -> {
          gen.writeName(name);
          gen.writeNumber(getInt.applyAsInt(bean));
        }
        case BOOLEAN -> {
          gen.writeName(name);
          gen.writeBoolean(getBoolean.test(bean));
        }
        case DELEGATED -> delegate(bean, gen, ctx);
        default -> {
          Object value = get.apply(bean);
          if (value == null) {
            delegate(bean, gen, ctx);
          } else if (inclusion == ALWAYS) {
            gen.writeName(name);
            writeValue(value, gen, ctx);
          } else if (inclusion == PRESENT) {
            Optional<?> optional = (Optional<?>) value;
            if (optional.isPresent()) {
              gen.writeName(name);
              writeValue(optional.get(), gen, ctx);
            }
          } else if (list) {
            List<?> items = (List<?>) value;
            if (!items.isEmpty()) {
              gen.writeName(name);
              writeList(items, gen, ctx);
            }
          } else {
            Collection<?> items = (Collection<?>) value;
            if (!items.isEmpty()) {
              gen.writeName(name);
              writeItems(items, gen, ctx);
            }
          }
        }
      }
    }

    /** The model's lists are random access: by index, no iterator is made per list. */
    private void writeList(List<?> items, JsonGenerator gen, SerializationContext ctx) {
      int size = items.size();
      gen.writeStartArray(items, size);
      for (int i = 0; i < size; i++) {
        writeItem(items.get(i), gen, ctx);
      }
      gen.writeEndArray();
    }

    private void writeItems(Collection<?> items, JsonGenerator gen, SerializationContext ctx) {
      gen.writeStartArray(items, items.size());
      for (Object item : items) {
        writeItem(item, gen, ctx);
      }
      gen.writeEndArray();
    }

    private void writeItem(@Nullable Object item, JsonGenerator gen, SerializationContext ctx) {
      if (item == null) {
        gen.writeNull();
      } else {
        writeValue(item, gen, ctx);
      }
    }

    private void writeValue(Object value, JsonGenerator gen, SerializationContext ctx) {
      switch (kind) {
        case STRING -> gen.writeString((String) value);
        case CODE -> gen.writeString(codes[((Enum<?>) value).ordinal()]);
        case INTEGER -> gen.writeNumber((Integer) value);
        case DECIMAL -> writeDecimal((BigDecimal) value, gen);
        case DATE -> writeDate((LocalDate) value, gen, ctx);
        default -> writeOther(value, gen, ctx);
      }
    }

    /** A value of a class known only as it is written: a model object, or another value. */
    private void writeOther(Object value, JsonGenerator gen, SerializationContext ctx) {
      Bean bean = last;
      if (bean == null || bean.type != value.getClass()) {
        bean = bean(value.getClass(), ctx);
        if (bean == null) {
          ctx.findValueSerializer(value.getClass()).serialize(value, gen, ctx);
          return;
        }
        last = bean;
      }
      gen.writeStartObject(value);
      bean.writeProperties(value, gen, ctx);
      gen.writeEndObject();
    }

    private void delegate(Object bean, JsonGenerator gen, SerializationContext ctx) {
      try {
        databind.serializeAsProperty(bean, gen, ctx);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("cannot write " + databind.getName(), e);
      }
    }
  }
}
