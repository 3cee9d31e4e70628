package nl.woonzorg.validation;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the plan's reporting walk does with beans of a caller's own, beyond what the model
 * declares: where it can tell, it reports what Hibernate Validator reports — rule, place, value
 * and arguments; where it cannot, it says so, and Hibernate Validator decides.
 */
class ConstraintPlanLocateTest {

  /** A code: not blank and capitals only, each part reported on its own when broken. */
  @NotBlank
  @Pattern(regexp = "[A-Z]+")
  @Constraint(validatedBy = {})
  @Target(TYPE_USE)
  @Retention(RUNTIME)
  public @interface Code {
    String message() default "geen code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Codes in a list and a name in an optional. */
  public static final class Coded {
    public List<@Code String> getCodes() {
      return List.of("AB", "", "ab", " ", "");
    }

    public Optional<@NotBlank String> getName() {
      return Optional.empty();
    }
  }

  /** Codes in the list of a bean, twice in a list of its holder. */
  public static final class Holder {
    private final Coded coded = new Coded();

    public List<@Valid Coded> getAll() {
      return List.of(coded, coded);
    }
  }

  public static final class InASet {
    public Set<@Valid Coded> getAll() {
      return Set.of(new Coded());
    }
  }

  public static final class InACollection {
    public Collection<@NotBlank String> getIds() {
      return List.of("", "");
    }
  }

  /** A list of strings that an unchecked cast has given a number. */
  public static final class Polluted {
    @SuppressWarnings("unchecked")
    public List<@NotBlank String> getIds() {
      List<Object> ids = new ArrayList<>(List.of("a", 1));
      return (List<String>) (List<?>) ids;
    }
  }

  @Test
  void aCompositionReportsEachPartThatFailsAndAnEmptyOptionalIsNull() {
    List<String> found = located(new Coded());
    assertEquals(hibernateValidator(new Coded()), found);
    assertTrue(found.contains("/codes/1 WZ-BEAN-NOTBLANK  [codes]"), found.toString());
    assertTrue(found.contains("/codes/2 WZ-BEAN-PATTERN ab [codes, [A-Z]+]"), found.toString());
    assertTrue(found.contains("/name WZ-BEAN-NOTBLANK  [name]"), found.toString());
  }

  @Test
  void aSharedBeanIsReportedWhereverItIs() {
    assertEquals(hibernateValidator(new Holder()), located(new Holder()));
    assertEquals(2 * located(new Coded()).size(), located(new Holder()).size());
  }

  @Test
  void whatHibernateValidatorsPathsDoNotPlaceIsLeftToIt() {
    for (Object subject : List.of(new InASet(), new InACollection(), new Polluted(),
        new ConstraintPlanTest.Labelled(), new ConstraintPlanTest.Listing(),
        new ConstraintPlanTest.Broken(), new ConstraintPlanCycleTest.Ring())) {
      assertFalse(ConstraintPlan.locate(subject, (constraint, location, value, property) -> { }),
          subject.getClass().getSimpleName());
    }
  }

  @Test
  void aSinkThatThrowsEndsTheWalk() {
    assertFalse(ConstraintPlan.locate(new Coded(), (constraint, location, value, property) -> {
      throw new UnsupportedOperationException("no message");
    }));
  }

  /** What the plan reports, as pointer, rule id, value and arguments, sorted. */
  private static List<String> located(Object subject) {
    List<String> found = new ArrayList<>();
    assertTrue(ConstraintPlan.locate(subject, (constraint, location, value, property) ->
        found.add(location + " " + BeanConstraints.ruleId(constraint) + " "
            + Values.render(value).orElse("") + " " + Arrays.toString(
                BeanConstraints.arguments(constraint, property, () -> fail("no message"))))));
    return found.stream().sorted().toList();
  }

  /** What Hibernate Validator reports, alike. */
  private static List<String> hibernateValidator(Object subject) {
    return BeanConstraints.validator().validate(subject).stream()
        .map(v -> PropertyPaths.toPointer(v) + " "
            + BeanConstraints.ruleId(v.getConstraintDescriptor()) + " "
            + Values.render(v.getInvalidValue()).orElse("") + " " + Arrays.toString(
                BeanConstraints.arguments(v.getConstraintDescriptor(),
                    PropertyPaths.propertyName(v), v::getMessage)))
        .sorted().toList();
  }
}
