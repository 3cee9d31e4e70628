package nl.woonzorg.rule.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor lists exactly the annotated rule classes, and refuses one it cannot list. */
class BuiltInRuleProcessorTest {

  /** The two types of woonzorg-validation the processor knows by name, as small stand-ins. */
  private static final Map<String, String> API = Map.of(
      "nl/woonzorg/validation/rule/Rule.java",
      "package nl.woonzorg.validation.rule; public interface Rule {}",
      "nl/woonzorg/validation/internal/BuiltInRule.java",
      "package nl.woonzorg.validation.internal; public @interface BuiltInRule {}");

  @TempDir Path dir;

  private record Outcome(List<String> errors, Path out) {
    String registry() throws IOException {
      return Files.readString(out.resolve("nl/woonzorg/validation/builtin/BuiltInRuleList.java"));
    }
  }

  private Outcome compile(Map<String, String> sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Map<String, String> set : List.of(API, sources)) {
      for (Map.Entry<String, String> source : set.entrySet()) {
        Path file = dir.resolve("src").resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue());
        files.add(file);
      }
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fileManager, diagnostics,
          List.of("-d", out.toString(), "-s", out.toString(),
              "-classpath", System.getProperty("java.class.path")),
          null, fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new BuiltInRuleProcessor()));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
    return new Outcome(errors, out);
  }

  private static String rule(String pkg, String name, String body) {
    return "package " + pkg + "; @nl.woonzorg.validation.internal.BuiltInRule public final class "
        + name + " implements nl.woonzorg.validation.rule.Rule {" + body + "}";
  }

  @Test
  void listsEveryAnnotatedRuleOnceByClassName() throws IOException {
    Outcome outcome = compile(Map.of(
        "a/Zeta.java", rule("a", "Zeta", ""),
        "b/Alpha.java", rule("b", "Alpha", "public Alpha() {}"),
        "a/Helper.java", "package a; public final class Helper {}"));
    assertEquals(List.of(), outcome.errors());
    String registry = outcome.registry();
    assertTrue(registry.contains("List.of(\n      new b.Alpha(),\n      new a.Zeta());"), registry);
  }

  @Test
  void refusesARuleItCannotInstantiate() throws IOException {
    Outcome outcome = compile(Map.of(
        "a/NeedsArgument.java", rule("a", "NeedsArgument", "public NeedsArgument(int x) {}")));
    assertEquals(List.of("a built-in rule has a public constructor without arguments: the"
        + " registry makes one instance of it: a.NeedsArgument"), outcome.errors());
  }

  @Test
  void refusesAnAnnotatedClassThatIsNoRule() throws IOException {
    Outcome outcome = compile(Map.of("a/NotARule.java",
        "package a; @nl.woonzorg.validation.internal.BuiltInRule public final class NotARule {}"));
    assertEquals(List.of("a built-in rule implements nl.woonzorg.validation.rule.Rule:"
        + " a.NotARule"), outcome.errors());
  }

  @Test
  void refusesAClassThatIsNotPublic() throws IOException {
    Outcome outcome = compile(Map.of("a/Hidden.java", "package a;"
        + " @nl.woonzorg.validation.internal.BuiltInRule final class Hidden"
        + " implements nl.woonzorg.validation.rule.Rule {}"));
    assertEquals(List.of("a built-in rule is a public, concrete, top-level class: a.Hidden"),
        outcome.errors());
  }
}
