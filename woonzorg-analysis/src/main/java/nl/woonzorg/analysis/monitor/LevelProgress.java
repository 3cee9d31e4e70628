package nl.woonzorg.analysis.monitor;

import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.pace.Direction;
import nl.woonzorg.analysis.pace.PaceComparison;
import nl.woonzorg.analysis.pace.Projection;
import nl.woonzorg.analysis.pace.RealisedPace;
import nl.woonzorg.analysis.pace.RequiredPace;
import org.apiguardian.api.API;

/**
 * The figures that a goal's {@link GoalProgress} and an agreement's {@link AgreementProgress} both
 * give (<i>voortgang</i>): yearly levels held against a target and a deadline, with the share
 * realised, the required and realised pace, their ratio, the projected year and the status. Both
 * compute them the same way, with the same {@link MonitorSettings}; {@link GoalProgress} says how.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public abstract sealed class LevelProgress permits GoalProgress, AgreementProgress {

  private final LevelTrack track;

  LevelProgress(LevelTrack track) {
    this.track = track;
  }

  /** The track, for the subclasses' equality. */
  final LevelTrack track() {
    return track;
  }

  /** The status. */
  public ProgressStatus status() {
    return track.status();
  }

  /** Why it is not measurable; empty unless the status is {@code NOT_MEASURABLE}. */
  public Optional<Unmeasurable> reason() {
    return track.reason();
  }

  /** The target, exact; empty if there is none. */
  public Optional<Fraction> target() {
    return track.target();
  }

  /** The year by whose end the target is to be reached; empty if there is none. */
  public Optional<Integer> deadlineYear() {
    return track.deadlineYear();
  }

  /**
   * The direction from the baseline (zero if none) to the target: {@link Direction#DOWN} if the
   * target is below it; {@link Direction#UP} if not, or if there is no target.
   */
  public Direction direction() {
    return track.direction();
  }

  /** The level of each year, the baseline's included, oldest first; empty if none. */
  public List<YearLevel> levels() {
    return track.levels();
  }

  /** The latest measured level, what is realised; empty if nothing was measured. */
  public Optional<YearLevel> latest() {
    return track.latest();
  }

  /**
   * The share of the way from baseline to target that is realised, {@code (realised − baseline) /
   * (target − baseline)}, for a target that counts down as well (from 120 to 80, at 100: 1/2);
   * empty without a measurement, or if target and baseline are equal.
   */
  public Optional<Fraction> share() {
    return track.share();
  }

  /** The level the realised pace is taken from; empty if there is no realised pace. */
  public Optional<YearLevel> windowStart() {
    return track.windowStart();
  }

  /** The realised pace a year, from {@link #windowStart()} to {@link #latest()}; may be empty. */
  public Optional<RealisedPace> realisedPace() {
    return track.realisedPace();
  }

  /** The pace a year still required to the deadline; empty if no year is left or not measurable. */
  public Optional<RequiredPace> requiredPace() {
    return track.requiredPace();
  }

  /** The realised pace held against the required pace; empty unless both are there. */
  public Optional<PaceComparison> comparison() {
    return track.comparison();
  }

  /** When the target is reached at the realised pace; empty without a realised pace. */
  public Optional<Projection> projection() {
    return track.projection();
  }

  /**
   * The year the target is reached at the realised pace, exact; empty at a pace of 0 or one that
   * goes away from the target.
   */
  public Optional<Fraction> projectedYear() {
    return track.projectedYear();
  }
}
