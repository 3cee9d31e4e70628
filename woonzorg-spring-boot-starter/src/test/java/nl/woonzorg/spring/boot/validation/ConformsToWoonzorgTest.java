package nl.woonzorg.spring.boot.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.validation.rule.Profile;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The constraint under plain Bean Validation, outside Spring: the validator's own constructor,
 * Dutch texts, the profile of each annotation, and the report as the violation's payload.
 */
class ConformsToWoonzorgTest {

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  /** A goal with an id and a title only: in CONCEPT incomplete, in VASTGESTELD wrong. */
  private static final Goal BARE_GOAL = JsonReader.strict().read(
      "{\"formatVersion\":\"1.0\",\"id\":\"doel-meer\",\"title\":\"Meer woningen\"}",
      DocumentType.GOAL);

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static final class Submission {
    @ConformsToWoonzorg
    final Goal adopted;
    @ConformsToWoonzorg(profile = Profile.CONCEPT)
    final Goal draft;

    Submission(Goal adopted, Goal draft) {
      this.adopted = adopted;
      this.draft = draft;
    }
  }

  static final class Twice {
    @ConformsToWoonzorg(profile = {Profile.CONCEPT, Profile.VASTGESTELD})
    final Goal goal = BARE_GOAL;
  }

  static final class NotADocument {
    @ConformsToWoonzorg
    final String text = "geen document";
  }

  @Test
  void anIncompleteGoalFailsAsAdoptedAndPassesAsADraftWithItsReportAttached() {
    Set<ConstraintViolation<Submission>> violations =
        VALIDATOR.validate(new Submission(BARE_GOAL, BARE_GOAL));
    assertEquals(1, violations.size());
    ConstraintViolation<Submission> violation = violations.iterator().next();
    assertEquals("adopted", violation.getPropertyPath().toString());
    assertEquals("does not conform to the woonzorg rules", violation.getMessage());
    HibernateConstraintViolation<?> hibernate =
        violation.unwrap(HibernateConstraintViolation.class);
    Report report = hibernate.getDynamicPayload(Report.class);
    assertEquals(List.of("WZ-SMART-T-01", "WZ-SMART-M-02", "WZ-SMART-A-01", "WZ-SMART-S-01",
        "WZ-SMART-M-01"), report.getFindings().stream().map(Finding::getRuleId).toList());
    // Outside a request, in the built-in default: Dutch.
    assertEquals("Doel doel-meer heeft geen streefwaarde.",
        report.findings("WZ-SMART-M-01").get(0).getMessage());
  }

  @Test
  void nullIsValid() {
    assertEquals(Set.of(), VALIDATOR.validate(new Submission(null, null)));
  }

  @Test
  void twoProfilesAreRefused() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> VALIDATOR.validate(new Twice()));
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals("@ConformsToWoonzorg names at most one profile, not 2", e.getCause().getMessage());
  }

  @Test
  void aValueThatIsNoDocumentIsRefused() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> VALIDATOR.validate(new NotADocument()));
    assertEquals("@ConformsToWoonzorg is on a java.lang.String, which is not a woonzorg document",
        e.getCause().getMessage());
  }
}
