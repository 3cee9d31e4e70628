package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Something the monitor found that asks for action (<i>signalering</i>): its kind, what it is
 * about (a goal, agreement or indicator id), when, and the measurements it came from. The typed
 * figures are in the result it was found in ({@link GoalProgress}, {@link AgreementProgress},
 * {@link FiredWarning}, {@link StaleIndicator}, {@link Disagreement}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MonitorFinding {

  private final FindingKind kind;
  private final String subjectId;
  private final @Nullable LocalDate date;
  private final List<Measurement> measurements;

  private MonitorFinding(FindingKind kind, String subjectId, @Nullable LocalDate date,
      List<Measurement> measurements) {
    this.kind = kind;
    this.subjectId = subjectId;
    this.date = date;
    this.measurements = List.copyOf(measurements);
  }

  /** Returns the finding {@code kind} about {@code subjectId} on {@code date} (null: none). */
  public static MonitorFinding of(FindingKind kind, String subjectId, @Nullable LocalDate date,
      List<Measurement> measurements) {
    return new MonitorFinding(Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(subjectId, "subjectId"), date, measurements);
  }

  /** What the finding is about. */
  public FindingKind kind() {
    return kind;
  }

  /** The id of the goal, agreement or indicator it concerns. */
  public String subjectId() {
    return subjectId;
  }

  /** When: the measurement's date or the date a measurement was due; empty if not dated. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The measurements it came from; empty if none (an indicator never measured). */
  public List<Measurement> measurements() {
    return measurements;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MonitorFinding
        && kind == ((MonitorFinding) other).kind
        && subjectId.equals(((MonitorFinding) other).subjectId)
        && Objects.equals(date, ((MonitorFinding) other).date)
        && measurements.equals(((MonitorFinding) other).measurements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subjectId, date, measurements);
  }

  /** The kind, subject and date, for debugging; the form may change. */
  @Override
  public String toString() {
    return kind + " " + subjectId + (date == null ? "" : " on " + date);
  }
}
