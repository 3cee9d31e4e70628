package nl.woonzorg.io.internal;

import nl.woonzorg.model.code.Coded;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

/** Finds the {@link CodedDeserializer} for every code-list enumeration of the model. */
final class CodedDeserializers extends Deserializers.Base {

  @Override
  public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    return isCoded(type.getRawClass()) ? CodedDeserializer.of(type.getRawClass()) : null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return isCoded(valueType);
  }

  /** Whether {@code type} is a code list of the model: an enumeration implementing Coded. */
  static boolean isCoded(Class<?> type) {
    return type.isEnum() && Coded.class.isAssignableFrom(type);
  }
}
