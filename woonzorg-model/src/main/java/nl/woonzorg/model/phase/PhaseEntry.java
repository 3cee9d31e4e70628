package nl.woonzorg.model.phase;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * One step in a vision's phase history (<i>fasering</i>): which phase started when, when it ended,
 * and — if phases were skipped to get here — why.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class PhaseEntry {

  PhaseEntry() {}

  /** The phase entered. */
  public abstract Phase getPhase();

  /** The day the phase started. */
  public abstract LocalDate getStartDate();

  /** The day the phase ended; empty while it is under way. Never before the start date. */
  public abstract Optional<LocalDate> getEndDate();

  /**
   * Why the phases between the previous entry and this one were skipped; empty if none were
   * skipped. The Taskforce's cycle allows a skip only for a recorded reason.
   */
  public abstract Optional<@NotBlankWhenPresent String> getSkipReason();

  /** A remark, e.g. the decision that closed the phase; empty if none. */
  public abstract Optional<@NotBlankWhenPresent String> getNote();

  /** {@code phase} started on {@code startDate}, still under way. */
  public static PhaseEntry of(Phase phase, LocalDate startDate) {
    return builder().phase(phase).startDate(startDate).build();
  }

  /** {@code phase} from {@code startDate} to {@code endDate}. */
  public static PhaseEntry of(Phase phase, LocalDate startDate, LocalDate endDate) {
    return builder().phase(phase).startDate(startDate).endDate(endDate).build();
  }

  @Value.Check
  final void check() {
    if (getEndDate().isPresent() && getEndDate().get().isBefore(getStartDate())) {
      throw new IllegalStateException("phase " + getPhase() + " ends (" + getEndDate().get()
          + ") before it starts (" + getStartDate() + ")");
    }
  }

  /** Builds {@link PhaseEntry} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutablePhaseEntry.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
