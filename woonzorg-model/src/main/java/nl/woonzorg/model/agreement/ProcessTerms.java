package nl.woonzorg.model.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Frequency;

/**
 * The terms of a process agreement (<i>procesafspraak</i>, {@link AgreementType#PROCESAFSPRAAK}):
 * how the parties cooperate, consult, plan, monitor, evaluate and decide. Overzicht 2's example:
 * "the cycle of consultation and agreements is: administrative consultation twice a year, the
 * agreements renewed every two years in a monitoring talk, an evaluation after four years".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class ProcessTerms {

  ProcessTerms() {}

  /** The cycle in words: what is consulted, planned, monitored and evaluated; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getCycle();

  /** How often the parties consult, e.g. twice a year; empty if not fixed. */
  public abstract Optional<@Valid Frequency> getFrequency();

  /** Every how many years the agreements are renewed, at least 1; empty if not fixed. */
  public abstract Optional<@Positive Integer> getRenewalIntervalYears();

  /** After how many years the agreements are evaluated, at least 1; empty if not fixed. */
  public abstract Optional<@Positive Integer> getEvaluationAfterYears();

  /**
   * Returns the terms with {@code cycle} only.
   *
   * @param cycle the cycle in words
   * @return the terms, never null
   */
  public static ProcessTerms of(String cycle) {
    return ImmutableProcessTerms.of(cycle);
  }

  /** A builder for process terms; {@code cycle} must be set. */
  public static final class Builder extends ImmutableProcessTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
