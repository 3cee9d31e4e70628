package nl.woonzorg.io.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import nl.woonzorg.model.code.Coded;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ser.BeanPropertyWriter;

/**
 * A property of a model class as {@link BeanPlan} writes it. One class that switches on small
 * constants rather than a class per kind: a property is written from a loop over all of an
 * object's properties, where a call through a class per kind could not be inlined. A null where
 * the model promises a value is left to databind's writer, which writes it as databind would.
 */
final class PropertyPlan {

  private static final MethodHandles.Lookup OWN = MethodHandles.lookup();
  private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

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

  private final int inclusion;
  private final int kind;
  private final Encoded name;
  private final BeanPropertyWriter databind;
  // The getter, typed so that no call casts it: a cast to an interface can cost a scan of
  // the class's interfaces on JDK 17, when checks for several interfaces alternate.
  private final @Nullable Function<Object, Object> get;
  private final @Nullable ToIntFunction<Object> getInt;
  private final @Nullable Predicate<Object> getBoolean;
  /** Whether a list or set property is declared a list: read by index, cast only to List. */
  private final boolean list;
  /** A code list's codes by ordinal. */
  private final Encoded @Nullable [] codes;
  /**
   * For {@link #OTHER} values, the plan of the class last written, as it is nearly always the
   * same; shared between threads without a lock, which is safe as a plan's fields are final.
   */
  private @Nullable BeanPlan last;

  @SuppressWarnings("unchecked") // the getter made for the inclusion
  private PropertyPlan(int inclusion, BeanPropertyWriter databind, @Nullable Object getter,
      @Nullable Class<?> valueType) {
    this.inclusion = inclusion;
    this.databind = databind;
    this.name = Encoded.name(databind.getName());
    this.getInt = inclusion == INT ? (ToIntFunction<Object>) getter : null;
    this.getBoolean = inclusion == BOOLEAN ? (Predicate<Object>) getter : null;
    this.get = getInt == null && getBoolean == null ? (Function<Object, Object>) getter : null;
    this.list = inclusion == NOT_EMPTY
        && List.class.isAssignableFrom(databind.getType().getRawClass());
    this.kind = valueType == null ? OTHER : kind(valueType);
    this.codes = kind == CODE ? codes(valueType) : null;
  }

  /** How to write {@code property} of {@code owner}: straight, or by databind's own writer. */
  static PropertyPlan of(Class<?> owner, BeanPropertyWriter property) {
    MethodHandle getter = getter(owner, property);
    JavaType type = property.getType();
    Class<?> raw = type.getRawClass();
    if (getter == null || property.isUnwrapping() || property.getTypeSerializer() != null) {
      return new PropertyPlan(DELEGATED, property, null, null);
    }
    if (raw == int.class) {
      return new PropertyPlan(INT, property, lambda(ToIntFunction.class, "applyAsInt", getter),
          null);
    }
    if (raw == boolean.class) {
      return new PropertyPlan(BOOLEAN, property, lambda(Predicate.class, "test", getter), null);
    }
    Object get = lambda(Function.class, "apply", getter);
    if (raw == Optional.class) {
      return new PropertyPlan(PRESENT, property, get, type.getContentType().getRawClass());
    }
    if (type.isCollectionLikeType() && Collection.class.isAssignableFrom(raw)) {
      return new PropertyPlan(NOT_EMPTY, property, get, type.getContentType().getRawClass());
    }
    if (raw.isPrimitive() || Map.class.isAssignableFrom(raw) || type.isContainerType()
        || type.isReferenceType()) {
      return new PropertyPlan(DELEGATED, property, null, null);
    }
    return new PropertyPlan(ALWAYS, property, get, raw);
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

  private static Encoded[] codes(Class<?> codeList) {
    return Arrays.stream(codeList.getEnumConstants())
        .map(code -> Encoded.string(((Coded) code).getCode()))
        .toArray(Encoded[]::new);
  }

  /** Writes this property of {@code bean} to {@code out}, if it is to be written. */
  void write(Object bean, DocumentOutput out) {
    switch (inclusion) {
      case INT -> {
        out.name(name);
        out.number(getInt.applyAsInt(bean));
      }
      case BOOLEAN -> {
        out.name(name);
        out.bool(getBoolean.test(bean));
      }
      case DELEGATED -> out.delegate(databind, bean);
      default -> {
        Object value = get.apply(bean);
        if (value == null) {
          out.delegate(databind, bean);
        } else if (inclusion == ALWAYS) {
          out.name(name);
          writeValue(value, out);
        } else if (inclusion == PRESENT) {
          Optional<?> optional = (Optional<?>) value;
          if (optional.isPresent()) {
            out.name(name);
            writeValue(optional.get(), out);
          }
        } else if (list) {
          List<?> items = (List<?>) value;
          if (!items.isEmpty()) {
            out.name(name);
            writeList(items, out);
          }
        } else {
          Collection<?> items = (Collection<?>) value;
          if (!items.isEmpty()) {
            out.name(name);
            writeItems(items, out);
          }
        }
      }
    }
  }

  /** The model's lists are random access: by index, no iterator is made per list. */
  private void writeList(List<?> items, DocumentOutput out) {
    int size = items.size();
    out.startArray(items, size);
    for (int i = 0; i < size; i++) {
      writeItem(items.get(i), out);
    }
    out.endArray();
  }

  private void writeItems(Collection<?> items, DocumentOutput out) {
    out.startArray(items, items.size());
    for (Object item : items) {
      writeItem(item, out);
    }
    out.endArray();
  }

  private void writeItem(@Nullable Object item, DocumentOutput out) {
    if (item == null) {
      out.nullValue();
    } else {
      writeValue(item, out);
    }
  }

  private void writeValue(Object value, DocumentOutput out) {
    switch (kind) {
      case STRING -> out.string((String) value);
      case CODE -> out.string(codes[((Enum<?>) value).ordinal()]);
      case INTEGER -> out.number((int) (Integer) value);
      case DECIMAL -> out.number((BigDecimal) value);
      case DATE -> out.date((LocalDate) value);
      default -> writeOther(value, out);
    }
  }

  /** A value of a class known only as it is written: a model object, or another value. */
  private void writeOther(Object value, DocumentOutput out) {
    BeanPlan bean = last;
    if (bean == null || bean.type != value.getClass()) {
      bean = BeanPlan.of(value.getClass());
      if (bean == null) {
        out.serialize(value);
        return;
      }
      last = bean;
    }
    out.startObject(value);
    bean.writeProperties(value, out);
    out.endObject();
  }
}
