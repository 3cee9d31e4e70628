package nl.woonzorg.model.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Frequency;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A moment at which partners evaluate progress together (<i>evaluatiemoment</i>,
 * <i>voortgangsgesprek</i>): "na 4 jaar evaluatie", "monitoringsgesprek in 2026". It falls on a
 * date or in a year — exactly one of the two — and may recur.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class EvaluationMoment {

  EvaluationMoment() {}

  /** The date of the evaluation, if it is fixed to a date; empty if it is fixed to a year. */
  public abstract Optional<LocalDate> getDate();

  /** The year of the evaluation, if it is fixed to a year; empty if it is fixed to a date. */
  public abstract Optional<Integer> getYear();

  /** What is evaluated, e.g. {@code "evaluatie van de prestatieafspraken"}; never blank. */
  @NotBlank
  public abstract String getDescription();

  /** How often it recurs after the first time; empty if it is held once. */
  public abstract Optional<@Valid Frequency> getRecurrence();

  /** The ids of the parties taking part, in the order given; empty if not recorded. */
  public abstract List<@NotBlank String> getPartyIds();

  /** Returns the evaluation {@code description} in {@code year}. */
  public static EvaluationMoment ofYear(int year, String description) {
    return builder().year(year).description(description).build();
  }

  /** Returns the evaluation {@code description} on {@code date}. */
  public static EvaluationMoment ofDate(LocalDate date, String description) {
    return builder().date(date).description(description).build();
  }

  /** The year the (first) evaluation falls in: the year given, or the date's year. */
  public int evaluationYear() {
    return getDate().map(LocalDate::getYear).orElseGet(() -> getYear().orElseThrow());
  }

  @Value.Check
  final void check() {
    if (getDate().isPresent() == getYear().isPresent()) {
      throw new IllegalStateException("evaluation moment '" + getDescription() + "' has "
          + (getDate().isPresent() ? "both a date and a year" : "neither a date nor a year")
          + "; give exactly one");
    }
  }

  /**
   * Builds an {@link EvaluationMoment}. {@code build()} throws {@link IllegalStateException} if the
   * description is missing, or if not exactly one of date and year is set.
   */
  public static final class Builder extends ImmutableEvaluationMoment.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
