package nl.woonzorg.model.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.woonzorg.model.goal.Goal;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NotBlankWhenPresentTest {

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> violations(Optional<String> description) {
    Goal goal = Goal.builder().id("g").title("t").description(description).build();
    return VALIDATOR.validate(goal).stream()
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.toSet());
  }

  @Test
  void absentTextIsFine() {
    assertEquals(Set.of(), violations(Optional.empty()));
  }

  @Test
  void presentTextMustNotBeBlankAsNotBlankSeesIt() {
    for (String blank : List.of("", " ", "\t\n", "\u2003", "\u2003 \u2028")) {
      assertEquals(Set.of("must not be blank"), violations(Optional.of(blank)), "'" + blank + "'");
    }
    assertEquals(Set.of(), violations(Optional.of(" x ")));
  }
}
