package nl.woonzorg.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A one-class module {@code consumer}, as a user of the published jars writes it: its class
 * {@code consumer.Main} is compiled and run with the jars and their run-time dependencies on the
 * module path, not the class path, so that what the module descriptors leave out (an export, an
 * open, a requires) shows as an error here.
 *
 * <p>The module path is the list maven-dependency-plugin writes before the tests (see this
 * module's pom): in a reactor {@code verify}, the packaged jars of this build.
 */
final class ConsumerModule {

  private static final String MODULE_PATH = readModulePath();

  private final Path directory;
  private final List<String> requires;
  private final List<String> opensTo = new ArrayList<>();
  private final Map<String, String> resources = new LinkedHashMap<>();

  /**
   * A consumer in {@code directory} (empty, e.g. a JUnit {@code @TempDir}) that requires
   * {@code modules}.
   */
  ConsumerModule(Path directory, String... modules) {
    this.directory = directory;
    this.requires = List.of(modules);
  }

  /**
   * Opens the package {@code consumer} to {@code module} and puts a resource {@code name} with
   * {@code content} in it, as a rule author does with the messages of a rule of their own.
   */
  ConsumerModule withResourceOpenTo(String module, String name, String content) {
    opensTo.add(module);
    resources.put(name, content);
    return this;
  }

  private static String readModulePath() {
    String file = Objects.requireNonNull(System.getProperty("woonzorg.modulePath"),
        "the system property woonzorg.modulePath names the module path file: run with Maven");
    return read(Path.of(file)).strip();
  }

  /** The errors of compiling {@code main}, the source of {@code consumer.Main}; empty if none. */
  List<String> compile(String main) {
    Path sources = directory.resolve("src");
    Path classes = classes();
    try {
      Files.createDirectories(sources.resolve("consumer"));
      Files.createDirectories(classes);
      Path moduleInfo = Files.writeString(sources.resolve("module-info.java"), Stream.concat(
              requires.stream().map(module -> "requires " + module + ";"),
              opensTo.stream().map(module -> "opens consumer to " + module + ";"))
          .collect(Collectors.joining(" ", "module consumer { ", " }")));
      Files.createDirectories(classes.resolve("consumer"));
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        Files.writeString(classes.resolve("consumer").resolve(resource.getKey()),
            resource.getValue(), StandardCharsets.UTF_8);
      }
      Path mainFile = Files.writeString(sources.resolve("consumer").resolve("Main.java"), main);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files =
          javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        // Not the class path of this test, which javac would take by default: only the module path.
        files.setLocation(StandardLocation.CLASS_PATH, List.of());
        javac.getTask(null, files, diagnostics,
            List.of("--module-path", MODULE_PATH, "-d", classes.toString()), null,
            files.getJavaFileObjects(moduleInfo, mainFile)).call();
      }
      return diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles {@code main}, runs it as {@code java --module consumer/consumer.Main} in the JDK that
   * runs this test, and returns what it printed to standard output, in lines.
   */
  List<String> run(String main) {
    assertEquals(List.of(), compile(main), "the consumer compiles");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(List.of("--module-path", MODULE_PATH + File.pathSeparator + classes(),
        "--module", "consumer/consumer.Main"));
    Path out = directory.resolve("stdout.txt");
    Path err = directory.resolve("stderr.txt");
    try {
      Process java = new ProcessBuilder(command)
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(java.waitFor(2, TimeUnit.MINUTES), "the consumer ends within two minutes");
      assertEquals(0, java.exitValue(), () -> "the consumer runs; it wrote to standard error:\n"
          + read(err));
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the consumer ran", e);
    }
  }

  /**
   * Asserts that the package of {@code type} (a fully qualified class name) is not exported: a
   * consumer that names the type does not compile, for that reason.
   */
  void assertNotExported(String type) {
    String pkg = type.substring(0, type.lastIndexOf('.'));
    List<String> errors = compile("package consumer;\n"
        + "public class Main {\n"
        + "  static final Class<?> TYPE = " + type + ".class;\n"
        + "}\n");
    assertTrue(errors.stream().anyMatch(e -> e.contains("package " + pkg + " is declared in module")
            && e.contains("does not export it")),
        () -> pkg + " must not be exported, but compiling against it gave " + errors);
  }

  private Path classes() {
    return directory.resolve("classes");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
