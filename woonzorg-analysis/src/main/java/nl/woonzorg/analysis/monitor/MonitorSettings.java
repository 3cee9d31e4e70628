package nl.woonzorg.analysis.monitor;

import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's parameters (<i>monitorinstellingen</i>), each with a default that {@link
 * #defaults()} gives and justifies:
 *
 * <ul>
 *   <li>{@link #windowYears()}, 3: the realised pace is taken over the last three years, which
 *       evens out one year's swing (a complex that opens in January rather than December) and
 *       still turns within one cycle; the Kamerbrief of 5 June 2024 uses two years for a national
 *       figure that swings less.
 *   <li>{@link #onTrackRatio()}, 1: on track means at least the required pace — a goal exactly on
 *       its path from baseline to target is on track, and one a unit slower is not.
 *   <li>{@link #atRiskRatio()}, 9/10: up to a tenth short of the required pace is at risk, more is
 *       behind. A tenth is within what one project slipping a year does to a gemeente's yearly
 *       figure; the national building pace of 2024, 63/80 of what is required, is behind.
 *   <li>{@link #missedPeriodsForFinding()}, 4: a province may intervene after four consecutive
 *       missed half-years of the statushouders' taakstelling, so four missed periods in a row are
 *       a finding.
 *   <li>{@link #planFailureRate()}, 3/10: the share of plan capacity not yet built that is
 *       expected to fail (<i>planuitval</i>). No official rate exists; a gemeente sets its own.
 *       The ministry's ask for 130 % plan capacity allows 30 of every 130 planned homes, 3/13, to
 *       fail, so 3/10 is on the cautious side of it: the pipeline is counted low rather than high.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MonitorSettings {

  private static final MonitorSettings DEFAULTS = builder().build();

  private final int windowYears;
  private final Fraction onTrackRatio;
  private final Fraction atRiskRatio;
  private final int missedPeriodsForFinding;
  private final Fraction planFailureRate;

  private MonitorSettings(Builder builder) {
    this.windowYears = builder.windowYears;
    this.onTrackRatio = builder.onTrackRatio;
    this.atRiskRatio = builder.atRiskRatio;
    this.missedPeriodsForFinding = builder.missedPeriodsForFinding;
    this.planFailureRate = builder.planFailureRate;
  }

  /** The defaults, as the class documentation gives and justifies them. */
  public static MonitorSettings defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The years the realised pace is taken over, at least 1. */
  public int windowYears() {
    return windowYears;
  }

  /** The ratio of realised to required pace from which a goal is on track; above zero. */
  public Fraction onTrackRatio() {
    return onTrackRatio;
  }

  /** The ratio from which a goal short of on track is at risk rather than behind. */
  public Fraction atRiskRatio() {
    return atRiskRatio;
  }

  /** The number of missed periods in a row that makes a finding, at least 1. */
  public int missedPeriodsForFinding() {
    return missedPeriodsForFinding;
  }

  /** The share of unbuilt plan capacity expected to fail, from 0 to 1. */
  public Fraction planFailureRate() {
    return planFailureRate;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MonitorSettings
        && windowYears == ((MonitorSettings) other).windowYears
        && onTrackRatio.equals(((MonitorSettings) other).onTrackRatio)
        && atRiskRatio.equals(((MonitorSettings) other).atRiskRatio)
        && missedPeriodsForFinding == ((MonitorSettings) other).missedPeriodsForFinding
        && planFailureRate.equals(((MonitorSettings) other).planFailureRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(windowYears, onTrackRatio, atRiskRatio, missedPeriodsForFinding,
        planFailureRate);
  }

  /** The settings, for debugging; the form may change. */
  @Override
  public String toString() {
    return "window " + windowYears + " years, on track from " + onTrackRatio + ", at risk from "
        + atRiskRatio + ", finding after " + missedPeriodsForFinding + " missed, planuitval "
        + planFailureRate;
  }

  /** Builds {@link MonitorSettings}; starts from the defaults; not thread-safe. */
  public static final class Builder {
    private int windowYears = 3;
    private Fraction onTrackRatio = Fraction.ONE;
    private Fraction atRiskRatio = Fraction.of(9, 10);
    private int missedPeriodsForFinding = 4;
    private Fraction planFailureRate = Fraction.of(3, 10);

    private Builder() {}

    /**
     * Sets the years the realised pace is taken over.
     *
     * @throws IllegalArgumentException if {@code years} is below 1
     */
    public Builder windowYears(int years) {
      if (years < 1) {
        throw new IllegalArgumentException("a pace window needs at least one year, not " + years);
      }
      this.windowYears = years;
      return this;
    }

    /**
     * Sets the ratios of realised to required pace from which a goal is on track and at risk.
     *
     * @throws IllegalArgumentException unless {@code 0 < atRisk <= onTrack}
     */
    public Builder ratios(Fraction onTrack, Fraction atRisk) {
      if (atRisk.signum() <= 0 || atRisk.compareTo(onTrack) > 0) {
        throw new IllegalArgumentException("need 0 < at-risk ratio <= on-track ratio, not "
            + atRisk + " and " + onTrack);
      }
      this.onTrackRatio = onTrack;
      this.atRiskRatio = atRisk;
      return this;
    }

    /**
     * Sets the number of missed periods in a row that makes a finding.
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder missedPeriodsForFinding(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("the count of missed periods must be at least 1, not "
            + count);
      }
      this.missedPeriodsForFinding = count;
      return this;
    }

    /**
     * Sets the share of unbuilt plan capacity expected to fail.
     *
     * @throws IllegalArgumentException unless {@code 0 <= rate <= 1}
     */
    public Builder planFailureRate(Fraction rate) {
      if (rate.signum() < 0 || rate.compareTo(Fraction.ONE) > 0) {
        throw new IllegalArgumentException("a plan-failure rate lies from 0 to 1, not " + rate);
      }
      this.planFailureRate = rate;
      return this;
    }

    /** The settings. */
    public MonitorSettings build() {
      return new MonitorSettings(this);
    }
  }
}
