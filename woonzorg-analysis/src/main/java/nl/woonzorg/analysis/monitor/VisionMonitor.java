package nl.woonzorg.analysis.monitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.progress.GoalSeries;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.EarlyWarningThreshold;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.time.Frequency;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The BORGING monitor of one vision as of a date (<i>monitor</i>): each goal's {@link
 * GoalProgress}, the verdict per half year (quarter, month) of each goal with {@linkplain
 * PeriodicProgress#ofGoal periodic targets}, each agreement's jaarschijven, the early warnings
 * that fired, the indicators whose measurement is overdue, the measurements whose sources
 * disagree, and the {@link MonitorFinding findings} all these give.
 *
 * <p>What it reads, and why:
 *
 * <ul>
 *   <li>A goal's plan capacity is the output of the programme's activities for it, in the unit of
 *       its target: what the partners committed to build.
 *   <li>An agreement's realisation in a year is the rise of its first indicator's level over that
 *       year, from zero before the first measurement: the indicator counts from the agreement's
 *       start. Only years ended by the as-of date count; see {@link AgreementProgress}.
 *   <li>An indicator is stale when the monitoring's reporting frequency is given and none of its
 *       measurements falls in the cycle before the as-of date; without an agreed cycle nothing is
 *       stale.
 *   <li>Only measurements on or before the as-of date count: the monitor can be rerun for any
 *       date in the past and gives what was known then.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VisionMonitor {

  private final HousingCareVision vision;
  private final LocalDate asOf;
  private final List<GoalProgress> goals;
  private final Map<String, PeriodicProgress> periods;
  private final List<AgreementProgress> agreements;
  private final List<FiredWarning> firedWarnings;
  private final List<StaleIndicator> staleIndicators;
  private final List<Disagreement> disagreements;

  private VisionMonitor(HousingCareVision vision, LocalDate asOf, List<GoalProgress> goals,
      Map<String, PeriodicProgress> periods, List<AgreementProgress> agreements,
      List<FiredWarning> firedWarnings, List<StaleIndicator> staleIndicators,
      List<Disagreement> disagreements) {
    this.vision = vision;
    this.asOf = asOf;
    this.goals = List.copyOf(goals);
    this.periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
    this.agreements = List.copyOf(agreements);
    this.firedWarnings = List.copyOf(firedWarnings);
    this.staleIndicators = List.copyOf(staleIndicators);
    this.disagreements = List.copyOf(disagreements);
  }

  /** Monitors {@code vision} as of {@code asOf} with {@code settings}. */
  public static VisionMonitor of(HousingCareVision vision, LocalDate asOf,
      MonitorSettings settings) {
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    Monitoring monitoring = vision.getMonitoring().orElseGet(() -> Monitoring.builder().build());
    List<Measurement> known = monitoring.getMeasurements().stream()
        .filter(m -> !m.getReferenceDate().isAfter(asOf))
        .toList();
    List<GoalProgress> goals = vision.getGoals().stream()
        .map(goal -> GoalProgress.of(GoalSeries.of(goal, monitoring), planned(vision, goal),
            asOf, settings))
        .toList();
    Map<String, PeriodicProgress> periods = new LinkedHashMap<>();
    for (Goal goal : vision.getGoals()) {
      try {
        PeriodicProgress.ofGoal(GoalSeries.of(goal, monitoring), asOf, settings)
            .ifPresent(progress -> periods.putIfAbsent(goal.getId(), progress));
      } catch (IllegalArgumentException levelFalls) {
        // A cumulative level that falls within a period is a correction for the monitor's
        // makers to resolve; the goal's periods are not judged, its GoalProgress still stands.
      }
    }
    List<AgreementProgress> agreements = vision.getAgreements().stream()
        .filter(agreement -> agreement.getYearSlices().stream()
            .anyMatch(slice -> slice.getValue().isPresent()))
        .map(agreement -> AgreementProgress.of(agreement, known, asOf, settings))
        .toList();
    List<FiredWarning> fired = new ArrayList<>();
    for (EarlyWarningThreshold threshold : monitoring.getThresholds()) {
      known.stream()
          .filter(m -> m.getIndicatorId().equals(threshold.getIndicatorId()))
          .filter(threshold::isTriggeredBy)
          .sorted(Comparator.comparing(Measurement::getReferenceDate))
          .forEach(m -> fired.add(FiredWarning.of(threshold, m)));
    }
    List<StaleIndicator> stale = monitoring.getReportingFrequency()
        .map(frequency -> stale(monitoring, known, due(asOf, frequency)))
        .orElse(List.of());
    return new VisionMonitor(vision, asOf, goals, periods, agreements, fired, stale,
        SourceReconciliation.of(known).disagreements());
  }

  private static Fraction planned(HousingCareVision vision, Goal goal) {
    return goal.getTarget().map(target -> vision.getProgramme().stream()
        .flatMap(programme -> programme.getActivities().stream())
        .filter(activity -> activity.getGoalIds().contains(goal.getId()))
        .map(Activity::getOutput)
        .flatMap(Optional::stream)
        .filter(output -> output.getUnit() == target.getUnit())
        .map(Quantity::getValue)
        .map(Fraction::from)
        .reduce(Fraction.ZERO, Fraction::add)).orElse(Fraction.ZERO);
  }

  /** The first day of the reporting cycle that ends on {@code asOf}. */
  private static LocalDate due(LocalDate asOf, Frequency frequency) {
    // `times` a year per `every` years: a cycle is 12 * every / times months long ("elke vier
    // jaar": 48). Without an every (format 1.0) it is 1, and times is the times per year.
    long every = frequency.getEvery().orElse(1);
    long times = (long) frequency.getTimes() * frequency.getPer().getPeriodsPerYear();
    return times <= 12 * every
        ? asOf.minusMonths(12 * every / times) : asOf.minusDays(365 * every / times);
  }

  private static List<StaleIndicator> stale(Monitoring monitoring, List<Measurement> known,
      LocalDate due) {
    List<StaleIndicator> stale = new ArrayList<>();
    for (Indicator indicator : monitoring.getIndicators()) {
      Measurement last = known.stream()
          .filter(m -> m.getIndicatorId().equals(indicator.getId()))
          .max(Comparator.comparing(Measurement::getReferenceDate))
          .orElse(null);
      if (last == null || last.getReferenceDate().isBefore(due)) {
        stale.add(StaleIndicator.of(indicator.getId(), last, due));
      }
    }
    return stale;
  }

  /** The vision. */
  public HousingCareVision vision() {
    return vision;
  }

  /** The date monitored as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Each goal's progress, in the order of the vision's goals. */
  public List<GoalProgress> goals() {
    return goals;
  }

  /**
   * The verdict per period of the goal {@code goalId}, each ended period's effective target,
   * realisation and backlog; empty if the goal has no periodic targets that can be judged (see
   * {@link PeriodicProgress#ofGoal}), or its cumulative level falls within a period.
   */
  public Optional<PeriodicProgress> periods(String goalId) {
    return Optional.ofNullable(periods.get(goalId));
  }

  /** Each agreement with quantified jaarschijven, in the order of the vision. */
  public List<AgreementProgress> agreements() {
    return agreements;
  }

  /** Each early warning that fired, by threshold, then date. */
  public List<FiredWarning> firedWarnings() {
    return firedWarnings;
  }

  /** Each indicator not measured in its cycle, in the order of the monitoring. */
  public List<StaleIndicator> staleIndicators() {
    return staleIndicators;
  }

  /** Each indicator, area and date whose measurements disagree. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /**
   * The findings: goals behind, agreements behind, agreements that missed their jaarschijven too
   * often, goals that missed their periodic targets too often (dated the end of the last period
   * missed), warnings fired, stale indicators and disagreeing sources, in that order; empty if
   * none.
   */
  public List<MonitorFinding> findings() {
    List<MonitorFinding> findings = new ArrayList<>();
    goals.stream().filter(goal -> goal.status() == ProgressStatus.BEHIND)
        .forEach(goal -> findings.add(behind(FindingKind.GOAL_BEHIND, goal.goal().getId(),
            goal.latest())));
    agreements.stream().filter(agreement -> agreement.status() == ProgressStatus.BEHIND)
        .forEach(agreement -> findings.add(behind(FindingKind.AGREEMENT_BEHIND,
            agreement.agreement().getId(), agreement.latest())));
    agreements.stream().filter(AgreementProgress::missedTooOften)
        .forEach(agreement -> findings.add(MonitorFinding.of(FindingKind.PERIODS_MISSED,
            agreement.agreement().getId(), null, List.of())));
    periods.forEach((goalId, progress) -> progress.finding().ifPresent(finding -> findings.add(
        MonitorFinding.of(FindingKind.PERIODS_MISSED, goalId, finding.date().orElse(null),
            List.of()))));
    firedWarnings.forEach(warning -> findings.add(MonitorFinding.of(FindingKind.WARNING_FIRED,
        warning.threshold().getIndicatorId(), warning.measurement().getReferenceDate(),
        List.of(warning.measurement()))));
    staleIndicators.forEach(indicator -> findings.add(MonitorFinding.of(
        FindingKind.STALE_INDICATOR, indicator.indicatorId(), indicator.due(),
        indicator.last().stream().toList())));
    disagreements.forEach(disagreement -> findings.add(MonitorFinding.of(
        FindingKind.SOURCES_DISAGREE, disagreement.indicatorId(), disagreement.date(),
        disagreement.measurements())));
    return findings;
  }

  /** A finding that {@code subjectId} is behind, dated the end of its latest level's year. */
  private static MonitorFinding behind(FindingKind kind, String subjectId,
      Optional<YearLevel> latest) {
    return MonitorFinding.of(kind, subjectId,
        latest.map(level -> LocalDate.of(level.year(), 12, 31)).orElse(null),
        latest.flatMap(YearLevel::measurement).stream().toList());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VisionMonitor
        && vision.equals(((VisionMonitor) other).vision)
        && asOf.equals(((VisionMonitor) other).asOf)
        && goals.equals(((VisionMonitor) other).goals)
        && periods.equals(((VisionMonitor) other).periods)
        && agreements.equals(((VisionMonitor) other).agreements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vision.getId(), asOf, goals);
  }

  /** The vision's id, date and findings, for debugging; the form may change. */
  @Override
  public String toString() {
    return "monitor of " + vision.getId() + " as of " + asOf + ": " + findings();
  }
}
