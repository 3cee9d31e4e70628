package nl.woonzorg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Coded;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The model's promises to its users, checked over every class it ships: API status on every public
 * type, nullness stated per package, users never meeting generated names, attributes and only
 * attributes looking like JSON properties, and well-formed code lists.
 */
class ModelConventionsTest {

  private static final List<Class<?>> CLASSES = loadModelClasses();

  private static List<Class<?>> loadModelClasses() {
    try {
      Path root = Path.of(HousingCareVision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<Class<?>> classes = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")
            // The module descriptor is no class to load.
            && !f.endsWith("module-info.class"))::iterator) {
          String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
          classes.add(Class.forName(name, false, HousingCareVision.class.getClassLoader()));
        }
      }
      return List.copyOf(classes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Class<?>> publicTopLevelTypes() {
    return CLASSES.stream()
        .filter(c -> c.getEnclosingClass() == null && Modifier.isPublic(c.getModifiers()));
  }

  private static Stream<Class<?>> valueTypes() {
    return CLASSES.stream()
        .filter(c -> c.getSimpleName().startsWith("Immutable") && c.getEnclosingClass() == null)
        .map(Class::getSuperclass);
  }

  @Test
  void theScanSeesTheWholeModel() {
    Set<Class<?>> found = Set.copyOf(valueTypes().toList());
    assertTrue(found.containsAll(Set.of(HousingCareVision.class,
        nl.woonzorg.model.goal.Goal.class,
        nl.woonzorg.model.agreement.PerformanceAgreement.class,
        nl.woonzorg.model.dwelling.Dwelling.class,
        nl.woonzorg.model.monitoring.Measurement.class,
        nl.woonzorg.model.report.Finding.class)), "value types found: " + found);
  }

  @Test
  void everyPublicTypeCarriesItsApiStatus() {
    Set<String> missing = new TreeSet<>();
    publicTopLevelTypes().filter(c -> !c.isAnnotationPresent(API.class)).forEach(c -> missing.add(c.getName()));
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyPackageStatesNullnessOnce() {
    Set<String> missing = new TreeSet<>();
    CLASSES.stream().map(Class::getPackageName).distinct().forEach(pkg -> {
      try {
        Class<?> info = Class.forName(pkg + ".package-info");
        if (!info.isAnnotationPresent(NullMarked.class)) {
          missing.add(pkg);
        }
      } catch (ClassNotFoundException e) {
        missing.add(pkg + " (no package-info)");
      }
    });
    assertEquals(Set.of(), missing);
  }

  @Test
  void generatedClassesAreHiddenBehindBuilder() throws NoSuchMethodException {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : valueTypes().toList()) {
      Class<?> generated = generatedOf(type);
      if (Modifier.isPublic(generated.getModifiers())) {
        problems.add(generated.getName() + " is public");
      }
      if (!Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        problems.add(type.getName() + " is not a public abstract class");
      }
      Method builder = type.getMethod("builder");
      Class<?> builderType = builder.getReturnType();
      if (!Modifier.isStatic(builder.getModifiers())
          || !builderType.getName().equals(type.getName() + "$Builder")
          || !Modifier.isPublic(builderType.getModifiers())) {
        problems.add(type.getName() + ".builder() does not return the public " + type.getSimpleName() + ".Builder");
      }
      for (Method method : builderType.getMethods()) {
        boolean leaks = method.getReturnType().getSimpleName().startsWith("Immutable")
            || Arrays.stream(method.getParameterTypes()).anyMatch(p -> p.getSimpleName().startsWith("Immutable"));
        if (leaks) {
          problems.add(type.getSimpleName() + ".Builder." + method.getName() + " shows a generated type");
        }
      }
      if (builderType.getMethod("build").getReturnType() != type) {
        problems.add(type.getSimpleName() + ".Builder.build() does not return " + type.getSimpleName());
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Jackson takes every public {@code getX()}/{@code isX()} for a property; only attributes may look
   * like that, or derived values would be written to JSON and refused on reading.
   */
  @Test
  void onlyAttributesUseGetterNames() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : valueTypes().toList()) {
      Class<?> generated = generatedOf(type);
      for (Method method : type.getDeclaredMethods()) {
        String name = method.getName();
        boolean getterLike = Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0
            && (name.matches("get[A-Z].*") || name.matches("is[A-Z].*"));
        if (getterLike && !hasField(generated, attributeName(name))) {
          problems.add(type.getSimpleName() + "." + name + "() looks like a property but is no attribute");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** A nested value type's own constraints count only if the validator is told to cascade. */
  @Test
  void everyNestedValueTypeIsValidatedInCascade() {
    Set<Class<?>> valueTypes = Set.copyOf(valueTypes().toList());
    List<String> missing = new ArrayList<>();
    for (Class<?> type : valueTypes) {
      for (Method accessor : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(accessor.getModifiers()) || accessor.getParameterCount() != 0
            || !accessor.getName().startsWith("get")) {
          continue;
        }
        AnnotatedType returned = accessor.getAnnotatedReturnType();
        AnnotatedType element = returned instanceof AnnotatedParameterizedType parameterized
            ? parameterized.getAnnotatedActualTypeArguments()[0]
            : returned;
        boolean nested = element.getType() instanceof Class<?> c && valueTypes.contains(c);
        boolean cascades = accessor.isAnnotationPresent(Valid.class) || element.isAnnotationPresent(Valid.class);
        if (nested && !cascades) {
          missing.add(type.getSimpleName() + "." + accessor.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyCodeListHasUniqueCodesLabelsAndFromCode() throws ReflectiveOperationException {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : CLASSES) {
      if (!type.isEnum() || !Coded.class.isAssignableFrom(type)) {
        continue;
      }
      Method fromCode = type.getMethod("fromCode", String.class);
      Set<String> codes = new TreeSet<>();
      for (Object constant : type.getEnumConstants()) {
        Coded coded = (Coded) constant;
        if (!codes.add(coded.getCode())) {
          problems.add(type.getSimpleName() + " repeats code " + coded.getCode());
        }
        if (coded.getLabelNl().isBlank() || coded.getLabelEn().isBlank()) {
          problems.add(type.getSimpleName() + "." + constant + " lacks a label");
        }
        if (fromCode.invoke(null, coded.getCode()) != constant) {
          problems.add(type.getSimpleName() + ".fromCode(" + coded.getCode() + ") is not " + constant);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static Class<?> generatedOf(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    return CLASSES.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
  }

  private static String attributeName(String accessor) {
    String bare = accessor.startsWith("is") ? accessor.substring(2) : accessor.substring(3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static boolean hasField(Class<?> generated, String field) {
    return Arrays.stream(generated.getDeclaredFields()).anyMatch(f -> f.getName().equals(field));
  }
}
