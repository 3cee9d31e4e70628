package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 */
class ConstraintPlanCoverageTest {

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
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type.getName() + " has no Immutables implementation", e);
    }
  }
}
