package nl.woonzorg.io.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.io.internal.WireMapper;
import nl.woonzorg.model.code.Coded;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of each document type from the model with victools: the shipped
 * schemas are its output, and {@link WireSchemaTest} fails when they are stale. Run {@link
 * #main(String[])} from the module directory, or {@link WireSchemaTest} with
 * {@code -Dwoonzorg.regenerate=true}, to regenerate them.
 *
 * <p>Properties are the model's attributes ({@code getX()} gives {@code x}), in the order the
 * writer writes them; descriptions are the first sentences of the model's Javadoc.
 */
public final class WireSchemaGenerator {

  /** Where the shipped schemas live, relative to the module directory. */
  static final Path RESOURCES = Path.of("src/main/resources");

  private static final String MODEL_PACKAGE = "nl.woonzorg.model.";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ModelJavadoc javadoc = new ModelJavadoc(Path.of("../woonzorg-model/src/main/java"));
  private final SchemaGenerator generator = new SchemaGenerator(config());

  /** Writes every schema into {@code src/main/resources}. */
  public static void main(String[] args) throws IOException {
    WireSchemaGenerator generator = new WireSchemaGenerator();
    for (DocumentType<?> type : DocumentType.all()) {
      write(type, generator.generate(type));
    }
  }

  /** Writes {@code schema} as the shipped schema of {@code type}. */
  static void write(DocumentType<?> type, String schema) throws IOException {
    Path file = RESOURCES.resolve(WireSchema.resourceName(type));
    Files.createDirectories(file.getParent());
    Files.writeString(file, schema, StandardCharsets.UTF_8);
  }

  /** The schema of {@code type}, as the text shipped in the jar. */
  String generate(DocumentType<?> type) {
    ObjectNode schema = withoutNull(generator.generateSchema(type.modelType()));
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://woonzorg.nl/schema/" + FormatVersion.CURRENT + "/" + type.name()
        + ".schema.json");
    root.put("title", type.modelType().getSimpleName() + " document, format version "
        + FormatVersion.CURRENT.major() + ".x");
    root.put("description", javadoc.typeDescription(type.modelType()));
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.putObject(FormatVersion.PROPERTY)
        .put("description", "The version of the wire format the document is written in,"
            + " MAJOR.MINOR; a reader accepts every minor version of its major version.")
        .put("type", "string")
        .put("pattern", "^" + FormatVersion.CURRENT.major() + "\\.(0|[1-9][0-9]{0,8})$");
    // A pattern rather than an enum, so that the reader checks it as it checks the version:
    // without binding it, in the same single pass.
    properties.putObject(FormatVersion.TYPE_PROPERTY)
        .put("description", "The kind of document, written from format version 1.1 on; a"
            + " document without it is read as the kind the reader asks for.")
        .put("type", "string")
        .put("pattern", "^" + type.name() + "$");
    properties.setAll((ObjectNode) schema.get("properties"));
    ArrayNode required = root.putArray("required").add(FormatVersion.PROPERTY);
    if (schema.has("required")) {
      required.addAll((ArrayNode) schema.get("required"));
    }
    root.put("additionalProperties", false);
    if (schema.has("$defs")) {
      root.set("$defs", schema.get("$defs"));
    }
    return text(root);
  }

  /**
   * The schema without {@code null}: victools makes method results nullable, but the wire format
   * never writes {@code null} and the reader refuses it; absence is how a value is left out.
   */
  private static ObjectNode withoutNull(ObjectNode schema) {
    ObjectNode defs = (ObjectNode) schema.get("$defs");
    if (defs != null) {
      defs.propertyNames().stream().filter(name -> name.endsWith("-nullable")).toList()
          .forEach(defs::remove);
    }
    schema.findParents("type").forEach(parent -> {
      if (parent.get("type").isArray()) {
        ArrayNode types = (ArrayNode) parent.get("type");
        types.values().stream().filter(t -> !t.asString().equals("null")).findFirst()
            .ifPresent(t -> ((ObjectNode) parent).put("type", t.asString()));
      }
    });
    schema.findParents("$ref").forEach(parent -> ((ObjectNode) parent)
        .put("$ref", parent.get("$ref").asString().replace("-nullable", "")));
    return schema;
  }

  private static String text(ObjectNode schema) {
    // Indented as the wire format's pretty documents are.
    return JsonMapper.builder().build().writer().with(WireMapper.PRETTY)
        .writeValueAsString(schema) + "\n";
  }

  private SchemaGeneratorConfigBuilder builder() {
    return new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
            Option.FLATTENED_OPTIONALS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS)
        .without(Option.GETTER_METHODS, Option.VOID_METHODS, Option.STATIC_METHODS,
            Option.PUBLIC_STATIC_FIELDS, Option.NONPUBLIC_STATIC_FIELDS,
            Option.SCHEMA_VERSION_INDICATOR);
  }

  private com.github.victools.jsonschema.generator.SchemaGeneratorConfig config() {
    SchemaGeneratorConfigBuilder builder = builder();
    builder.forMethods()
        .withIgnoreCheck(method -> accessor(method).isEmpty())
        .withRequiredCheck(method -> accessor(method).map(WireSchemaGenerator::isRequired).orElse(false))
        .withNullableCheck(method -> false)
        .withDescriptionResolver(method -> accessor(method).map(javadoc::methodDescription).orElse(null));
    builder.forTypesInGeneral()
        .withPropertySorter(Comparator.comparingInt(WireSchemaGenerator::wireIndex))
        .withDescriptionResolver(scope -> isModelType(scope.getType().getErasedType())
            ? javadoc.typeDescription(scope.getType().getErasedType()) : null)
        .withCustomDefinitionProvider((type, context) -> scalar(type));
    return builder.build();
  }

  private static CustomDefinition scalar(ResolvedType type) {
    Class<?> raw = type.getErasedType();
    ObjectNode node = NODES.objectNode();
    if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
      node.put("type", "string");
      ArrayNode codes = node.putArray("enum");
      Arrays.stream(raw.getEnumConstants()).map(c -> ((Coded) c).getCode()).forEach(codes::add);
      return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.AttributeInclusion.YES);
    }
    if (raw == int.class || raw == Integer.class) {
      node.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    } else if (raw == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (raw == BigDecimal.class) {
      node.put("type", "number");
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
        CustomDefinition.AttributeInclusion.YES);
  }

  /** The model attribute a method is: public, not static, argument-free, {@code get}/{@code is}. */
  private static Optional<Method> accessor(MethodScope scope) {
    if (scope.isFakeContainerItemScope()) {
      return Optional.empty();
    }
    Method method = scope.getRawMember();
    boolean attribute = method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
        && method.getName().matches("(get|is)[A-Z].*");
    return attribute ? Optional.of(method) : Optional.empty();
  }

  // Abstract: no @Value.Default; and neither Optional nor collection, which may be absent.
  private static boolean isRequired(Method accessor) {
    Class<?> type = accessor.getReturnType();
    return Modifier.isAbstract(accessor.getModifiers()) && type != Optional.class
        && !Collection.class.isAssignableFrom(type);
  }

  private static boolean isModelType(Class<?> type) {
    return type.getName().startsWith(MODEL_PACKAGE)
        && (type.isEnum() || Modifier.isAbstract(type.getModifiers()));
  }

  // The writer writes properties in the field order of the generated Immutable class.
  private static int wireIndex(MemberScope<?, ?> member) {
    // The type whose members these are, not the one that declares them: a policy document's
    // header is declared once, in PolicyDocument, and written in each document's own order.
    Class<?> owner = member.getDeclaringTypeMembers().mainTypeAndOverrides().get(0).getErasedType();
    try {
      Class<?> implementation = Class.forName(owner.getPackageName() + ".Immutable" + owner.getSimpleName());
      List<String> names = Arrays.stream(implementation.getDeclaredFields()).map(Field::getName).toList();
      String name = member.getDeclaredName().replaceFirst("^(get|is)(?=[A-Z])", "");
      int index = names.indexOf(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      return index < 0 ? Integer.MAX_VALUE : index;
    } catch (ClassNotFoundException notAValueType) {
      return Integer.MAX_VALUE;
    }
  }
}
