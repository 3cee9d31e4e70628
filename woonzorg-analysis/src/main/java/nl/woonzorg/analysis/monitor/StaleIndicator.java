package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An indicator whose measurement is overdue (<i>verouderde indicator</i>): none within the
 * agreed reporting cycle before the as-of date.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StaleIndicator {

  private final String indicatorId;
  private final @Nullable Measurement last;
  private final LocalDate due;

  private StaleIndicator(String indicatorId, @Nullable Measurement last, LocalDate due) {
    this.indicatorId = indicatorId;
    this.last = last;
    this.due = due;
  }

  /**
   * Returns the stale indicator {@code indicatorId}, last measured by {@code last} (null: never),
   * whose next measurement was due on or after {@code due}.
   */
  public static StaleIndicator of(String indicatorId, @Nullable Measurement last, LocalDate due) {
    return new StaleIndicator(Objects.requireNonNull(indicatorId, "indicatorId"), last,
        Objects.requireNonNull(due, "due"));
  }

  /** The indicator's id. */
  public String indicatorId() {
    return indicatorId;
  }

  /** Its last measurement; empty if it was never measured. */
  public Optional<Measurement> last() {
    return Optional.ofNullable(last);
  }

  /** The earliest reference date that would have kept it current. */
  public LocalDate due() {
    return due;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StaleIndicator
        && indicatorId.equals(((StaleIndicator) other).indicatorId)
        && Objects.equals(last, ((StaleIndicator) other).last)
        && due.equals(((StaleIndicator) other).due);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorId, last, due);
  }

  /** The indicator and its dates, for debugging; the form may change. */
  @Override
  public String toString() {
    return indicatorId + ": last " + (last == null ? "never" : last.getReferenceDate())
        + ", due from " + due;
  }
}
