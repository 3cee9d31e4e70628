package nl.woonzorg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Every public type states its API status, and every package its nullness. */
class IoConventionsTest {

  private static final Path CLASSES = Path.of("target/classes");

  private static List<Class<?>> classes() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("nl/woonzorg/io"))) {
      return files.map(CLASSES::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
              .replace('\\', '.'))
          .map(IoConventionsTest::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, IoConventionsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPublicTypeHasAnApiStatus() throws IOException {
    List<String> missing = classes().stream()
        .filter(type -> Modifier.isPublic(type.getModifiers()) && !type.getSimpleName().equals("package-info"))
        .filter(type -> type.getEnclosingClass() == null && !type.isAnnotationPresent(API.class))
        .map(Class::getName).toList();

    assertEquals(List.of(), missing);
  }

  @Test
  void everyPackageIsNullMarked() throws IOException {
    List<String> unmarked = classes().stream().map(Class::getPackage).distinct()
        .filter(pkg -> !pkg.isAnnotationPresent(NullMarked.class))
        .map(Package::getName).toList();

    assertEquals(List.of(), unmarked);
  }
}
