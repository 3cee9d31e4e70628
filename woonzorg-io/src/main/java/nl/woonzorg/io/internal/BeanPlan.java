package nl.woonzorg.io.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.BeanSerializer;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.UnrolledBeanSerializer;
import tools.jackson.databind.ser.bean.BeanSerializerBase;

/**
 * How a model class is written: the properties databind found for it, in its order, under their
 * pre-encoded names, each read through a getter function made once ({@link PropertyPlan}). What
 * databind does per property on every write — a reflective call, finding the value's serializer,
 * wrapping an {@code Optional} in a reference serializer, checking the inclusion rule — is decided
 * once per class here.
 *
 * <p>Databind stays the reference: the plan is taken from the {@link BeanSerializer} databind
 * builds for the class under the wire mapper's settings, and a class databind would not write as
 * a plain bean gets no plan.
 *
 * <p>Immutable and thread-safe: plans are made on first use and shared.
 */
final class BeanPlan {

  /** The plan of each model class met so far; empty for one databind writes otherwise. */
  private static final Map<Class<?>, Optional<BeanPlan>> PLANS = new ConcurrentHashMap<>();

  final Class<?> type;
  private final PropertyPlan[] properties;

  private BeanPlan(Class<?> type, PropertyPlan[] properties) {
    this.type = type;
    this.properties = properties;
  }

  /** The plan of {@code type}; null if databind does not write it as a plain bean of the model. */
  static @Nullable BeanPlan of(Class<?> type) {
    Optional<BeanPlan> known = PLANS.get(type);
    if (known == null) {
      // A context of the wire mapper's own, as the writers use its settings unchanged.
      known = Optional.ofNullable(compile(type, WireMapper.MAPPER._serializationContext()));
      PLANS.putIfAbsent(type, known);
    }
    return known.orElse(null);
  }

  private static @Nullable BeanPlan compile(Class<?> type, SerializationContext ctx) {
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
    List<PropertyPlan> properties = new ArrayList<>();
    for (Iterator<PropertyWriter> it = plain.properties(); it.hasNext(); ) {
      PropertyWriter writer = it.next();
      if (!(writer instanceof BeanPropertyWriter property)) {
        return null;
      }
      properties.add(PropertyPlan.of(type, property));
    }
    return new BeanPlan(type, properties.toArray(PropertyPlan[]::new));
  }

  /** Writes the properties of {@code bean}, an instance of {@link #type}, to {@code out}. */
  void writeProperties(Object bean, DocumentOutput out) {
    for (PropertyPlan property : properties) {
      property.write(bean, out);
    }
  }
}
