package nl.woonzorg.io.internal;

import java.math.BigDecimal;
import nl.woonzorg.model.code.Coded;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.annotation.JsonFormat;

/** Writes code-list values as their wire code and decimals in plain notation. */
final class WireSerializers extends Serializers.Base {

  private static final ValueSerializer<Coded> CODED =
      new StdSerializer<>(Coded.class) {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializationContext context) {
          gen.writeString(value.getCode());
        }
      };

  // An exponent is valid JSON, but readers in other languages (and people) often mishandle it, and
  // the same amount would have more than one spelling.
  private static final ValueSerializer<BigDecimal> PLAIN_DECIMAL =
      new StdSerializer<>(BigDecimal.class) {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
          gen.writeNumber(value.toPlainString());
        }
      };

  @Override
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDescRef, JsonFormat.@Nullable Value formatOverrides) {
    return type.getRawClass() == BigDecimal.class ? PLAIN_DECIMAL : null;
  }

  @Override
  public @Nullable ValueSerializer<?> findEnumSerializer(SerializationConfig config,
      JavaType type, BeanDescription.Supplier beanDescRef,
      JsonFormat.@Nullable Value formatOverrides) {
    return Coded.class.isAssignableFrom(type.getRawClass()) ? CODED : null;
  }
}
