package nl.woonzorg.analysis.pace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A periodic target with its backlog carried over (<i>achterstand</i>), as the half-year
 * <i>taakstelling</i> for housing <i>statushouders</i> works: each period's effective target is its
 * own plus the backlog of the one before, and the backlog is what stays unrealised of it. For the
 * second half of 2016: 23,000 + a backlog of 5,283 = 28,283 over six months, 4,713 5/6 a month
 * (Platform Opnieuw Thuis, 19 October 2016). A province may intervene after four consecutive missed
 * half-years, so the series counts the {@linkplain #consecutiveMissed() missed periods in a row}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BacklogSeries {

  private final Fraction openingBacklog;
  private final List<PeriodOutcome> outcomes;

  private BacklogSeries(Fraction openingBacklog, List<PeriodOutcome> outcomes) {
    this.openingBacklog = openingBacklog;
    this.outcomes = List.copyOf(outcomes);
  }

  /**
   * Returns the series of {@code periods}, oldest first, the first inheriting {@code
   * openingBacklog} from before the series.
   *
   * @throws IllegalArgumentException if {@code openingBacklog} is negative
   */
  public static BacklogSeries of(Fraction openingBacklog, List<TargetPeriod> periods) {
    if (openingBacklog.signum() < 0) {
      throw new IllegalArgumentException("a backlog cannot be negative: " + openingBacklog);
    }
    List<PeriodOutcome> outcomes = new ArrayList<>();
    Fraction backlog = openingBacklog;
    for (TargetPeriod period : periods) {
      PeriodOutcome outcome = new PeriodOutcome(Objects.requireNonNull(period, "period"), backlog);
      outcomes.add(outcome);
      backlog = outcome.backlog();
    }
    return new BacklogSeries(openingBacklog, outcomes);
  }

  /** The backlog inherited from before the first period; zero or more. */
  public Fraction openingBacklog() {
    return openingBacklog;
  }

  /** Each period's outcome, oldest first. */
  public List<PeriodOutcome> outcomes() {
    return outcomes;
  }

  /** The backlog after the last period; the opening backlog if there are no periods. */
  public Fraction backlog() {
    return outcomes.isEmpty() ? openingBacklog : outcomes.get(outcomes.size() - 1).backlog();
  }

  /**
   * The number of periods in a row, up to and including the last, that missed their target; zero
   * if the last met it or there are none.
   */
  public int consecutiveMissed() {
    int missed = 0;
    for (int i = outcomes.size() - 1; i >= 0 && outcomes.get(i).missed(); i--) {
      missed++;
    }
    return missed;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BacklogSeries
        && openingBacklog.equals(((BacklogSeries) other).openingBacklog)
        && outcomes.equals(((BacklogSeries) other).outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(openingBacklog, outcomes);
  }

  /** The outcome of each period, for debugging; the form may change. */
  @Override
  public String toString() {
    return "backlog series from " + openingBacklog.toMixedString() + ": " + outcomes;
  }
}
