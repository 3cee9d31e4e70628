package nl.woonzorg.io.internal;

import java.lang.reflect.Modifier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;

/**
 * Maps each abstract value type of the model to the implementation Immutables generates beside it:
 * {@code nl.woonzorg.model.goal.Goal} to {@code nl.woonzorg.model.goal.ImmutableGoal}. Those
 * classes are package-private, so no annotation on the model can name them for Jackson; their JSON
 * creators are what reading relies on.
 */
final class ModelTypeResolver extends AbstractTypeResolver {

  private static final String MODEL_PACKAGE = "nl.woonzorg.model.";

  private static final ClassValue<Optional<Class<?>>> IMPLEMENTATIONS =
      new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
          return implementationOf(type);
        }
      };

  @Override
  public @Nullable JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
    return IMPLEMENTATIONS.get(type.getRawClass())
        .map(implementation -> config.getTypeFactory().constructSpecializedType(type, implementation))
        .orElse(null);
  }

  static Optional<Class<?>> implementationOf(Class<?> type) {
    if (!type.getName().startsWith(MODEL_PACKAGE) || type.isInterface() || type.isEnum()
        || !Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> implementation = Class.forName(name, false, type.getClassLoader());
      return type.isAssignableFrom(implementation) ? Optional.of(implementation) : Optional.empty();
    } catch (ClassNotFoundException notAValueType) {
      return Optional.empty();
    }
  }
}
