package nl.woonzorg.validation.rule;

import nl.woonzorg.model.VisionStatus;
import org.apiguardian.api.API;

/**
 * How strict a validation is (<i>toetsingsprofiel</i>). A rule declares its default severity per
 * profile: what a draft may still lack is a {@link nl.woonzorg.model.report.Severity#WARNING} in
 * {@link #CONCEPT} and an {@link nl.woonzorg.model.report.Severity#ERROR} in {@link #VASTGESTELD};
 * contradictions, such as a reference that does not resolve or parts that do not add up, are errors
 * in both.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Profile {
  /** Concept: a draft; incompleteness is a warning. */
  CONCEPT,
  /** Vastgesteld: adopted by the council; it must be complete and exact. */
  VASTGESTELD;

  /**
   * The profile that fits a vision's status: {@link #VASTGESTELD} for an adopted or withdrawn
   * vision, which was complete when adopted, and {@link #CONCEPT} for a draft or one out for
   * consultation.
   */
  public static Profile forStatus(VisionStatus status) {
    switch (status) {
      case VASTGESTELD:
      case INGETROKKEN:
        return VASTGESTELD;
      default:
        return CONCEPT;
    }
  }
}
