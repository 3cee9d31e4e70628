package nl.woonzorg.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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

/** Every public type of the testkit states its API status; every package its nullness. */
class TestkitConventionsTest {

  private static List<Class<?>> classes() throws IOException, URISyntaxException {
    Path root = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          // The module descriptor is no class to load.
          .filter(f -> !f.endsWith("module-info.class")).<Class<?>>map(f -> {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          return Class.forName(name, false, Samples.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  @Test
  void everyPublicTypeCarriesItsApiStatus() throws Exception {
    Set<String> missing = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    for (Class<?> type : classes()) {
      if (type.getSimpleName().equals("package-info")) {
        continue;
      }
      packages.add(type.getPackageName());
      boolean visible = Modifier.isPublic(type.getModifiers())
          && (type.getEnclosingClass() == null
              || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
      if (visible && !type.isAnnotationPresent(API.class)) {
        missing.add(type.getName());
      }
    }
    assertEquals(Set.of(), missing);
    Set<String> unmarked = new TreeSet<>();
    for (String name : packages) {
      Package pkg = Class.forName(name + ".package-info").getPackage();
      if (!pkg.isAnnotationPresent(NullMarked.class)) {
        unmarked.add(name);
      }
    }
    assertEquals(Set.of(), unmarked);
    assertEquals(Set.of("nl.woonzorg.testkit", "nl.woonzorg.testkit.assertion",
        "nl.woonzorg.testkit.defect", "nl.woonzorg.testkit.gen"), packages);
  }
}
