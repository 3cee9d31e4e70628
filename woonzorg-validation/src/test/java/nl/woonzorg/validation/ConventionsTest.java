package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import nl.woonzorg.validation.builtin.BuiltInRuleList;
import nl.woonzorg.validation.rule.Rule;

/**
 * The module's promises over every class it ships: API status on every public type, nullness per
 * package, and no dependency on the io module.
 */
class ConventionsTest {

  private static final List<Class<?>> CLASSES = load();

  private static List<Class<?>> load() {
    try {
      Path root = Path.of(WoonzorgValidator.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(f -> f.toString().endsWith(".class"))
            // The module descriptor is no class to load.
            .filter(f -> !f.endsWith("module-info.class"))
            .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
            .map(ConventionsTest::forName)
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> forName(String name) {
    try {
      return Class.forName(name, false, WoonzorgValidator.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPublicTypeCarriesItsApiStatus() {
    Set<String> missing = new TreeSet<>();
    CLASSES.stream()
        .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.getSimpleName().equals("package-info"))
        .filter(c -> !c.isAnnotationPresent(API.class))
        .forEach(c -> missing.add(c.getName()));
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyPackageIsNullMarked() {
    Set<String> missing = new TreeSet<>();
    CLASSES.stream().map(Class::getPackage).distinct()
        .filter(p -> !p.isAnnotationPresent(NullMarked.class))
        .forEach(p -> missing.add(p.getName()));
    assertEquals(Set.of(), missing);
  }

  @Test
  void validationDoesNotKnowTheIoModule() {
    assertEquals(List.of(), CLASSES.stream().map(Class::getName)
        .filter(name -> name.startsWith("nl.woonzorg.io")).toList());
  }

  /**
   * The catalogue is what the build registered, not a number kept by hand: every concrete rule
   * class among the built-in rules is registered, so a rule written without {@code @BuiltInRule}
   * fails here, by name.
   */
  @Test
  void everyBuiltInRuleClassIsRegistered() {
    Set<String> classes = new TreeSet<>();
    CLASSES.stream()
        .filter(c -> c.getPackageName().startsWith("nl.woonzorg.validation.builtin."))
        .filter(c -> Rule.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()))
        .forEach(c -> classes.add(c.getName()));
    Set<String> registered = new TreeSet<>();
    BuiltInRuleList.all().forEach(rule -> registered.add(rule.getClass().getName()));
    assertEquals(classes, registered, "rule classes without @BuiltInRule, or registered twice");
  }
}
