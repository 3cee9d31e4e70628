package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.vision.VisionStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An uitvoeringsprogramma (or uitvoeringsagenda) published on its own (<i>programmadocument</i>),
 * e.g. Rotterdam's "Ouder en Wijzer": its activities with owners, planning, budget and area. Goals
 * and agreements it serves usually live in another document, so its activities' goal and agreement
 * ids are not resolved within it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class ProgrammeDocument extends PolicyDocument {

  ProgrammeDocument() {}

  /** The ids of the parties that adopted the programme; empty if not stated. */
  public abstract List<@NotBlank String> getAdoptedByPartyIds();

  /** When it was adopted; empty if not adopted or not known. */
  public abstract Optional<LocalDate> getAdoptedOn();

  /**
   * When it was adopted, where the source gives only a year, a part of a year or a month: "in
   * 2019 volgde de uitvoeringsagenda"; empty if not known or {@link #getAdoptedOn()} gives the
   * day. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getAdoptedIn();

  /** {@link #getAdoptedOn()} as a day, else {@link #getAdoptedIn()}. */
  @Override
  public Optional<PartialDate> issued() {
    return either(getAdoptedOn(), getAdoptedIn());
  }

  /**
   * The programme's own local analysis (<i>lokale analyse</i>): figures and findings, as in a
   * vision; empty if it has none. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Analysis> getAnalysis();

  /**
   * Its vision and pillars (<i>pijlers</i>), as a vision's statement and themes; empty if it has
   * none of its own. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid VisionStatement> getVision();

  /** Its ambitions (<i>ambities</i>), as a vision's; empty if none. Since format 1.1. */
  public abstract List<@Valid Ambition> getAmbitions();

  /**
   * Its goals (<i>doelen</i>), as a vision's: "in 2030 8.400 woningen voor wonen met zorg";
   * empty if it states none. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid Goal> getGoals();

  /**
   * How it monitors progress (<i>monitoring</i>), as a vision's borging; empty if it does not
   * say. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Monitoring> getMonitoring();

  /** The programme itself: its activities, and the years it runs if it names them. */
  @Valid
  public abstract ImplementationProgramme getProgramme();

  @Override
  public HousingCareVision asVision() {
    return visionHeader().programme(getProgramme()).analysis(getAnalysis())
        .vision(getVision()).ambitions(getAmbitions()).goals(getGoals())
        .monitoring(getMonitoring()).currentPhase(Phase.UITVOERING).build();
  }

  /** Builds a {@link ProgrammeDocument}; id, title, area and programme are required. */
  public static final class Builder extends ImmutableProgrammeDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
