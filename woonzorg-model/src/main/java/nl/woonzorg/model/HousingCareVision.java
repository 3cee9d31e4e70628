package nl.woonzorg.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vision.VisionStatement;

/**
 * A municipality's or region's housing-and-care vision (<i>woonzorgvisie</i>): the root of the
 * model. It holds the building blocks of the Handreiking woonzorgvisie — the analysis (<i>inzicht
 * in de opgave</i>), the vision itself, ambitions and SMART goals, cooperation — and what follows
 * from them: prestatieafspraken, the implementation programme and monitoring (<i>borging</i>).
 *
 * <p>Objects refer to each other by id: a goal names its owner parties, an agreement its goals,
 * an indicator its area. The model keeps what it is given; whether every reference resolves and
 * whether the vision is complete enough for its status and phase is for validation to report.
 *
 * <p>Every attribute is non-null; absent blocks are empty {@link Optional}s and absent lists are
 * empty. Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class HousingCareVision {

  HousingCareVision() {}

  /** The vision's id, unique among the visions a system exchanges. */
  @NotBlank
  public abstract String getId();

  /** The title, e.g. "Woonzorgvisie gemeente A 2024–2030". */
  @NotBlank
  public abstract String getTitle();

  /**
   * The area the vision covers: a municipality, or a region of several. Mandatory: without it a
   * vision cannot be told apart from another municipality's, even as a draft.
   */
  @Valid
  public abstract Area getArea();

  /**
   * The years the vision covers; empty where the vision names none, as many real ones do not.
   * Whether a period is needed is for validation to say, per profile (rule WZ-DOC-01).
   */
  public abstract Optional<@Valid YearPeriod> getPeriod();

  /** Where the vision stands in its adoption; {@link VisionStatus#CONCEPT} unless set. */
  @Value.Default
  public VisionStatus getStatus() {
    return VisionStatus.CONCEPT;
  }

  /** The day the council adopted the vision (<i>vaststellingsdatum</i>); empty if not adopted. */
  public abstract Optional<LocalDate> getAdoptedOn();

  /** The phase the process is in now; {@link Phase#ANALYSE} unless set. */
  @Value.Default
  public Phase getCurrentPhase() {
    return Phase.ANALYSE;
  }

  /** The phases passed so far, oldest first, over as many yearly cycles as there were. */
  public abstract List<@Valid PhaseEntry> getPhaseHistory();

  /** The parties taking part: municipality, corporations, tenants, care and welfare, … */
  public abstract List<@Valid Party> getParties();

  /** The areas within the vision's area that goals, figures and activities refer to. */
  public abstract List<@Valid Area> getAreas();

  /** The analysis (<i>woonzorganalyse</i>); empty until made. */
  public abstract Optional<@Valid Analysis> getAnalysis();

  /** The vision proper: principles, themes, Taskforce topics; empty until written. */
  public abstract Optional<@Valid VisionStatement> getVision();

  /** The ambitions (<i>ambities</i>) the goals serve. */
  public abstract List<@Valid Ambition> getAmbitions();

  /** The SMART goals (<i>doelen</i>). */
  public abstract List<@Valid Goal> getGoals();

  /** The performance agreements (<i>prestatieafspraken</i>). */
  public abstract List<@Valid PerformanceAgreement> getAgreements();

  /** Who works with whom and how (<i>samenwerking</i>); empty until agreed. */
  public abstract Optional<@Valid Cooperation> getCooperation();

  /** The implementation programme (<i>uitvoeringsprogramma</i>); empty until drawn up. */
  public abstract Optional<@Valid ImplementationProgramme> getProgramme();

  /** Monitoring and steering (<i>borging</i>); empty until arranged. */
  public abstract Optional<@Valid Monitoring> getMonitoring();

  /**
   * The other policy documents this vision builds on, replaces or refers to, in the order given;
   * empty if none. Since format 1.1.
   */
  public abstract List<@Valid DocumentLink> getLinks();

  /** The party with id {@code id}, if the vision has one. */
  public Optional<Party> findParty(String id) {
    return find(getParties(), Party::getId, id);
  }

  /**
   * The area with id {@code id}: the vision's own {@link #getArea() area} or one of {@link
   * #getAreas()}.
   */
  public Optional<Area> findArea(String id) {
    return getArea().getId().equals(id) ? Optional.of(getArea()) : find(getAreas(), Area::getId, id);
  }

  /** The goal with id {@code id}, if the vision has one. */
  public Optional<Goal> findGoal(String id) {
    return find(getGoals(), Goal::getId, id);
  }

  /** The agreement with id {@code id}, if the vision has one. */
  public Optional<PerformanceAgreement> findAgreement(String id) {
    return find(getAgreements(), PerformanceAgreement::getId, id);
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> idOf, String id) {
    Objects.requireNonNull(id, "id");
    return items.stream().filter(item -> idOf.apply(item).equals(id)).findFirst();
  }

  /** Builds {@link HousingCareVision} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableHousingCareVision.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
