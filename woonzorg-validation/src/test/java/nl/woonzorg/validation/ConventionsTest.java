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
    assertEquals(61 + 1, BuiltInRules.all().size(), "the built-in cross-object rules");
  }
}
