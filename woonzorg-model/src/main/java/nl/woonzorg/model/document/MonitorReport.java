package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A monitor or progress report published on its own (<i>monitor</i>, <i>voortgangsrapportage</i>),
 * e.g. "Wonen en Zorg op de kaart" of the regio Zuid-Kennemerland &amp; IJmond: its indicators and
 * their measurements per area and reference date, thresholds to compare them with, and the
 * conclusions drawn. Its {@link #getPeriod() period} is the years reported on.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class MonitorReport extends PolicyDocument {

  MonitorReport() {}

  /** The ids of the parties that drew it up; empty if not stated. */
  public abstract List<@NotBlank String> getAuthorPartyIds();

  /** When it was published; empty if not stated. */
  public abstract Optional<LocalDate> getPublishedOn();

  /**
   * When it was published, where the source gives only a year, a part of a year or a month;
   * empty if not known or {@link #getPublishedOn()} gives the day. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getPublishedIn();

  /** {@link #getPublishedOn()} as a day, else {@link #getPublishedIn()}. */
  @Override
  public Optional<PartialDate> issued() {
    return either(getPublishedOn(), getPublishedIn());
  }

  /**
   * What it is for (<i>doel</i>), e.g. "ter ondersteuning van het Wonen, Welzijn en Zorgbeleid in
   * de regio"; empty if not stated. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@NotBlankWhenPresent String> getPurpose();

  /** The indicators, measurements, thresholds and reporting rhythm, as in a vision's borging. */
  @Valid
  public abstract Monitoring getMonitoring();

  /** The conclusions, in order; empty if the report draws none. */
  public abstract List<@Valid MonitorConclusion> getConclusions();

  @Override
  public HousingCareVision asVision() {
    return visionHeader().monitoring(getMonitoring()).currentPhase(Phase.BORGING).build();
  }

  /** Builds a {@link MonitorReport}; id, title, area and monitoring are required. */
  public static final class Builder extends ImmutableMonitorReport.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
