package nl.woonzorg.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The layering the README promises, checked on the published modules' classes: no package cycle
 * in any of them, and no import across modules that the layering forbids. A new module gets a
 * line in {@link #MAY_USE}; a new package needs nothing, since every package is a slice.
 */
class ArchitectureTest {

  private static final String ROOT = "nl.woonzorg";

  /**
   * Each published module's root package and the roots of the modules it may use; everything
   * else of woonzorg is out of bounds for it. The model depends on nothing of ours; validation,
   * io and analysis on the model only, and not on each other; the testkit on all three it tests
   * with; the CBS adapter on the model and the analysis whose inputs it makes; vera on the model
   * and io's public API (its limits and located problems); the report on the model and the
   * analysis whose results it draws; the Spring Boot starter on the public APIs of model,
   * validation and io, and of vera and analysis for its beans when they are on the class path;
   * the Spark adapter on the public APIs of the modules whose checks and analysis it runs.
   */
  private static final Map<String, List<String>> MAY_USE = Map.of(
      "nl.woonzorg.model", List.of(),
      "nl.woonzorg.validation", List.of("nl.woonzorg.model"),
      "nl.woonzorg.io", List.of("nl.woonzorg.model"),
      "nl.woonzorg.analysis", List.of("nl.woonzorg.model"),
      "nl.woonzorg.cbs", List.of("nl.woonzorg.model", "nl.woonzorg.analysis"),
      "nl.woonzorg.vera", List.of("nl.woonzorg.model", "nl.woonzorg.io"),
      "nl.woonzorg.report", List.of("nl.woonzorg.model", "nl.woonzorg.analysis"),
      "nl.woonzorg.testkit",
          List.of("nl.woonzorg.model", "nl.woonzorg.validation", "nl.woonzorg.io"),
      "nl.woonzorg.spring.boot", List.of("nl.woonzorg.model", "nl.woonzorg.validation",
          "nl.woonzorg.io", "nl.woonzorg.vera", "nl.woonzorg.analysis"),
      "nl.woonzorg.spark", List.of("nl.woonzorg.model", "nl.woonzorg.validation",
          "nl.woonzorg.io", "nl.woonzorg.vera", "nl.woonzorg.analysis"));

  /** Packages that are a module's own business: no other module may import them. */
  private static final List<String> INTERNAL = List.of(
      "nl.woonzorg.validation.internal..", "nl.woonzorg.validation.builtin..",
      "nl.woonzorg.io.internal..", "nl.woonzorg.vera.internal..",
      "nl.woonzorg.spark.internal..");

  private static final JavaClasses PUBLISHED = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(MAY_USE.keySet());

  /** Every package of every published module is a slice, and no two slices form a cycle. */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .because("a package cycle makes a module one lump that cannot be split or layered");
  }

  @Test
  void theClassesOfEveryPublishedModuleAreImported() {
    for (String module : MAY_USE.keySet()) {
      assertTrue(PUBLISHED.containPackage(module), module + " was not found on the class path");
    }
  }

  @Test
  void noPackageCycleInAnyModule() {
    noPackageCycles(ROOT).check(PUBLISHED);
  }

  @TestFactory
  Stream<DynamicTest> eachModuleUsesOnlyWhatItMay() {
    return MAY_USE.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      String[] forbidden = MAY_USE.keySet().stream()
          .filter(other -> !other.equals(entry.getKey()) && !entry.getValue().contains(other))
          .map(other -> other + "..")
          .toArray(String[]::new);
      noClasses().that().resideInAPackage(entry.getKey() + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .because("the module layering: " + entry.getKey() + " may use " + entry.getValue())
          .check(PUBLISHED);
    }));
  }

  @Test
  void internalPackagesStayInTheirModule() {
    for (String internal : INTERNAL) {
      String module = internal.substring(0, internal.indexOf('.', ROOT.length() + 1));
      noClasses().that().resideOutsideOfPackage(module + "..")
          .should().dependOnClassesThat().resideInAPackage(internal)
          .because(internal + " is not exported: it may change in any release")
          .check(PUBLISHED);
    }
  }

  /**
   * The cycle rule is not vacuous: on two packages of this test that import each other
   * ({@code cycle.a} and {@code cycle.b}), it fails.
   */
  @Test
  void theCycleRuleCatchesADeliberateCycle() {
    JavaClasses withCycle = new ClassFileImporter()
        .importPackages("nl.woonzorg.architecture.cycle");
    AssertionError failure = assertThrows(AssertionError.class,
        () -> noPackageCycles("nl.woonzorg.architecture.cycle").check(withCycle));
    assertTrue(failure.getMessage().contains("Cycle detected"), failure.getMessage());
  }
}
