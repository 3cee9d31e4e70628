package nl.woonzorg.vera.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.woonzorg.model.monitoring.Measurement;
import org.apiguardian.api.API;

/**
 * The allocations of one period in one area, counted (<i>toewijzingscijfers</i>): in total, per
 * target group, per kind of priority, per passendheid, and to older households — each count exact
 * and each share of the total a {@link Share}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period's label, {@code 2024} or {@code 2024-K1}
 * @param periodEnd the period's last day, the reference date of its measurements
 * @param area the area's code, or {@link AllocationTally#UNKNOWN_AREA}
 * @param total how many homes were allocated
 * @param byTargetGroup per {@code doelgroep} code, how many; {@code ""} for none sent
 * @param byPriority per {@code voorrangsregeling} kind ({@code URG}, {@code IND}, …), how many
 *     allocations had one; an allocation with two kinds counts for each
 * @param bySuitability per {@code passendheidsoort} code ({@code PAS}, {@code NIE}, {@code NVT}),
 *     how many; {@code ""} for none sent
 * @param olderHouseholds how many went to an older household ({@code isOuderenhuishouden} true)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AllocationFacts(String period, LocalDate periodEnd, String area, long total,
    SortedMap<String, Long> byTargetGroup, SortedMap<String, Long> byPriority,
    SortedMap<String, Long> bySuitability, long olderHouseholds) {

  /** The indicator id of the total; the others add {@code .doelgroep.SEN} and the like. */
  public static final String INDICATOR = "toewijzingen";
  /** The source of every measurement made from these facts. */
  public static final String SOURCE = "VERA Toewijzing (woonruimteverdeling)";

  /** Copies the maps, sorted and unmodifiable. */
  public AllocationFacts {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(periodEnd, "periodEnd");
    Objects.requireNonNull(area, "area");
    byTargetGroup = copy(byTargetGroup);
    byPriority = copy(byPriority);
    bySuitability = copy(bySuitability);
  }

  private static SortedMap<String, Long> copy(Map<String, Long> counts) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  /** The share of the total that {@code part} is; the total is at least 1 for every fact. */
  public Share share(long part) {
    return new Share(part, total);
  }

  /**
   * The facts as the monitor's measurements, each dated the period's last day, in this area and
   * with {@link #SOURCE}: counts as they are ({@code toewijzingen},
   * {@code toewijzingen.doelgroep.SEN}, {@code toewijzingen.voorrang.URG},
   * {@code toewijzingen.passendheid.PAS}, {@code toewijzingen.ouderenhuishouden}), and each but
   * the total also as a share of it in percent ({@code ….aandeel}), to {@code scale} decimals
   * rounded with {@code rounding} — the only rounding, named by the caller.
   */
  public List<Measurement> toMeasurements(int scale, RoundingMode rounding) {
    List<Measurement> measurements = new ArrayList<>();
    measurements.add(measurement(INDICATOR, BigDecimal.valueOf(total)));
    addAll(measurements, ".doelgroep.", byTargetGroup, scale, rounding);
    addAll(measurements, ".voorrang.", byPriority, scale, rounding);
    addAll(measurements, ".passendheid.", bySuitability, scale, rounding);
    add(measurements, INDICATOR + ".ouderenhuishouden", olderHouseholds, scale, rounding);
    return measurements;
  }

  private void addAll(List<Measurement> measurements, String dimension, Map<String, Long> counts,
      int scale, RoundingMode rounding) {
    counts.forEach((code, count) -> {
      if (!code.isEmpty()) {
        add(measurements, INDICATOR + dimension + code, count, scale, rounding);
      }
    });
  }

  private void add(List<Measurement> measurements, String indicator, long count, int scale,
      RoundingMode rounding) {
    measurements.add(measurement(indicator, BigDecimal.valueOf(count)));
    measurements.add(measurement(indicator + ".aandeel", share(count).percent(scale, rounding)));
  }

  private Measurement measurement(String indicator, BigDecimal value) {
    return Measurement.builder().indicatorId(indicator).referenceDate(periodEnd).value(value)
        .source(SOURCE).areaId(area).build();
  }
}
