package nl.woonzorg.io.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.FormatVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.Version;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Applies the wire format's rules to the model's types only, so that registering the module leaves
 * a mapper's handling of the application's own types alone: properties in the model's order, empty
 * optionals and empty collections left out, and {@code formatVersion} and {@code documentType}
 * ignored on reading.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_ABSENT);
  private static final JsonIgnoreProperties.Value IGNORE_FORMAT_VERSION =
      JsonIgnoreProperties.Value.forIgnoredProperties(FormatVersion.PROPERTY,
          FormatVersion.TYPE_PROPERTY).withAllowGetters();

  private static final ClassValue<String[]> ORDER =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Class<?> generated = Modifier.isAbstract(type.getModifiers())
              ? ModelTypeResolver.implementationOf(type).orElse(type) : type;
          return Arrays.stream(generated.getDeclaredFields())
              .filter(field -> !Modifier.isStatic(field.getModifiers()))
              .map(Field::getName)
              .toArray(String[]::new);
        }
      };

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public JsonInclude.@Nullable Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
    if (!(a instanceof AnnotatedMember) || !isModel(((AnnotatedMember) a).getDeclaringClass())) {
      return null;
    }
    Class<?> type = a.getRawType();
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      return NON_EMPTY;
    }
    return type == Optional.class ? NON_ABSENT : null;
  }

  /**
   * The model's declaration order, which the generated class keeps in its fields. Stated
   * explicitly because Jackson 3 sorts properties alphabetically by default, and an application's
   * mapper must write the same bytes as the wire format's own writer.
   */
  @Override
  public String @Nullable [] findSerializationPropertyOrder(MapperConfig<?> config,
      AnnotatedClass ac) {
    return isModel(ac.getRawType()) ? ORDER.get(ac.getRawType()).clone() : null;
  }

  @Override
  public JsonIgnoreProperties.@Nullable Value findPropertyIgnoralByName(MapperConfig<?> config,
      Annotated a) {
    return a instanceof AnnotatedClass && isModel(a.getRawType()) ? IGNORE_FORMAT_VERSION : null;
  }

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith("nl.woonzorg.model.");
  }
}
