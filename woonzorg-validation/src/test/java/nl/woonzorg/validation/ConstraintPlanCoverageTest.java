package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.document.DocumentType;

import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.time.Frequency;
import org.junit.jupiter.api.Test;

/**
 * Every model class a vision or a dwelling record cascades into has a compiled plan, and so does
 * its Immutables implementation, the class validation meets at run time. A constraint the plan
 * does not know, added to the model, fails here by name, rather than quietly sending every object
 * back to the slow path.
 *
 * <p>The plans of every model class a document of any type cascades into are written to {@link
 * PlanText#RESOURCE} as Hibernate Validator's metadata makes them, and checked from there at run
 * time: the file must equal what the metadata makes now.
 */
class ConstraintPlanCoverageTest {

  private static final Path WRITTEN = Path.of("src", "main", "resources", "nl", "woonzorg",
      "validation", PlanText.RESOURCE);

  private static final Path WRITTEN_CHECKS = Path.of("src", "main", "java", "nl", "woonzorg",
      "validation", "WrittenChecks.java");

  static final String REGENERATE = "./mvnw -pl woonzorg-validation -am test"
      + " -Dtest=ConstraintPlanCoverageTest -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dwoonzorg.regenerate=true";

  @Test
  void theWrittenPlansAreThoseTheMetadataMakes() throws IOException {
    Map<String, List<String>> plans = new LinkedHashMap<>();
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> type : reachableFrom(DocumentType.all().stream()
        .map(DocumentType::modelType).toArray(Class<?>[]::new))) {
      classes.add(type);
      implementationOf(type).ifPresent(classes::add);
    }
    classes.sort(Comparator.comparing(Class::getName));
    for (Class<?> type : classes) {
      ConstraintPlan plan = ConstraintPlan.reporting(type);
      assertEquals(Optional.empty(), plan.unsupported(), type.getName());
      plans.put(type.getName(), plan.lines());
    }
    String generated = PlanText.render(plans);
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      Files.writeString(WRITTEN, generated, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(WRITTEN) ? Files.readString(WRITTEN, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, PlanText.RESOURCE + " is stale; regenerate it with: "
        + REGENERATE);
    // What the validator reads is what was written, and every class of it is checked from it.
    assertEquals(plans, PlanText.parse(generated.lines().toList()));
    for (Class<?> type : classes) {
      assertEquals(Optional.of(plans.get(type.getName())), PlanText.linesOf(type));
      assertEquals(plans.get(type.getName()), ConstraintPlan.of(type).lines());
    }
  }

  /**
   * The written plans' checks in Java ({@link WrittenChecks}) are those {@link PlanSource} makes
   * of the committed {@link PlanText#RESOURCE}, and every concrete class of it has one.
   */
  @Test
  void theWrittenChecksAreThoseOfTheWrittenPlans() throws IOException {
    Map<String, List<String>> plans = PlanText.parse(
        Files.readAllLines(WRITTEN, StandardCharsets.UTF_8));
    String generated = PlanSource.render(plans);
    if (Boolean.getBoolean("woonzorg.regenerate")) {
      Files.writeString(WRITTEN_CHECKS, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(WRITTEN_CHECKS)
        ? Files.readString(WRITTEN_CHECKS, StandardCharsets.UTF_8) : "";
    assertEquals(generated, committed, WRITTEN_CHECKS + " is stale; regenerate it with: "
        + REGENERATE);
    List<String> without = new ArrayList<>();
    for (String name : plans.keySet()) {
      Class<?> type = loaded(name);
      if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())
          && WrittenChecks.of(type) == null) {
        without.add(name);
      }
    }
    assertEquals(List.of(), without);
  }

  private static Class<?> loaded(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  @Test
  void everyClassReachableFromAVisionOrADwellingIsCompiled() {
    Set<Class<?>> reachable = reachableFrom(HousingCareVision.class, Dwelling.class);
    assertTrue(reachable.containsAll(List.of(AgreementParty.class, Budget.class,
        Frequency.class)), reachable.toString());
    List<String> notCompiled = new ArrayList<>();
    for (Class<?> type : reachable) {
      for (Class<?> compiled : List.of(type, implementation(type))) {
        ConstraintPlan.of(compiled).unsupported()
            .ifPresent(why -> notCompiled.add(compiled.getName() + ": " + why));
      }
    }
    assertEquals(List.of(), notCompiled);
  }

  /** The classes Hibernate Validator cascades into from {@code roots}, roots included. */
  private static Set<Class<?>> reachableFrom(Class<?>... roots) {
    Set<Class<?>> reachable = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>(List.of(roots));
    while (!next.isEmpty()) {
      Class<?> type = next.removeFirst();
      if (!reachable.add(type)) {
        continue;
      }
      for (PropertyDescriptor property :
          BeanConstraints.validator().getConstraintsForClass(type).getConstrainedProperties()) {
        if (property.isCascaded()) {
          next.add(property.getElementClass());
        }
        for (ContainerElementTypeDescriptor element :
            property.getConstrainedContainerElementTypes()) {
          if (element.isCascaded()) {
            next.add(element.getElementClass());
          }
        }
      }
    }
    return reachable;
  }

  /** The Immutables class that implements model type {@code type}. */
  private static Class<?> implementation(Class<?> type) {
    return implementationOf(type).orElseThrow(() ->
        new AssertionError(type.getName() + " has no Immutables implementation"));
  }

  private static Optional<Class<?>> implementationOf(Class<?> type) {
    try {
      return Optional.of(
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
