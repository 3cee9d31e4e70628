package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

  /** The indicators, measurements, thresholds and reporting rhythm, as in a vision's borging. */
  @Valid
  public abstract Monitoring getMonitoring();

  /** The conclusions, in order; empty if the report draws none. */
  public abstract List<@Valid MonitorConclusion> getConclusions();

  /** Builds a {@link MonitorReport}; id, title, area and monitoring are required. */
  @Override
  public Optional<LocalDate> documentDate() {
    return getPublishedOn();
  }

  @Override
  public HousingCareVision asVision() {
    return visionHeader().monitoring(getMonitoring()).currentPhase(Phase.BORGING).build();
  }

  public static final class Builder extends ImmutableMonitorReport.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
