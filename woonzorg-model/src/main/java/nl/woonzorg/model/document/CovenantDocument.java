package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A samenwerkingsovereenkomst, convenant or pact published on its own (<i>samenwerkingsdocument</i>),
 * regional or local as its {@link #getArea() area} says: e.g. the pact "Wonen met ondersteuning,
 * commitment op leefbaarheid" of the regio Alkmaar, or Delft's "Convenant Langer en Weer Thuis".
 * It names its parties and signatories, the tasks it gives them and the working arrangements
 * (<i>werkafspraken</i>) made under it; its consultations and funding sit in {@link
 * #getCooperation()}, as in a vision.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class CovenantDocument extends PolicyDocument {

  CovenantDocument() {}

  /** What kind of written agreement it is. */
  public abstract CovenantKind getKind();

  /** The ids of the parties that signed it, in order; empty if not recorded. */
  public abstract List<@NotBlank String> getSignatoryPartyIds();

  /** When it was signed; empty if not signed or not known. */
  public abstract Optional<LocalDate> getSignedOn();

  /**
   * When it was signed, where the source gives only a year, a part of a year or a month: "al in
   * 2018 ondertekend", "sinds 2018"; empty if not known or {@link #getSignedOn()} gives the day.
   * Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getSignedIn();

  /** {@link #getSignedOn()} as a day, else {@link #getSignedIn()}. */
  @Override
  public Optional<PartialDate> issued() {
    return either(getSignedOn(), getSignedIn());
  }

  /** What it is about; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSubject();

  /**
   * Whom and what it is for (<i>reikwijdte</i>): the target groups, dwelling types and areas the
   * cooperation is about; empty if the document does not narrow it down. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Scope> getScope();

  /**
   * What the parties found that led to it, e.g. "de regio kent delen die tot de meest vergrijsde
   * van Nederland behoren", as an analysis with findings; empty if it states none. Since 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Analysis> getAnalysis();

  /**
   * The goals its tasks work towards, as a vision's goals; empty if it states none. Since 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid Goal> getGoals();

  /**
   * The agreements made in it (<i>afspraken</i>), e.g. the pact's agreements on leefbaarheid, as
   * performance agreements; empty if it makes none. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid PerformanceAgreement> getAgreements();

  /**
   * How the parties follow and evaluate it, as a vision's borging: "deze afspraken worden
   * periodiek geëvalueerd en waar nodig bijgesteld" is an evaluation moment; empty if it does not
   * say. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Monitoring> getMonitoring();

  /** The tasks it gives its parties (<i>opdrachten</i>), in order; empty if none are stated. */
  public abstract List<@Valid CovenantTask> getTasks();

  /** The working arrangements under it (<i>werkafspraken</i>), in order; empty if none. */
  public abstract List<@Valid CovenantTask> getWorkingArrangements();

  /** Its consultations, funding and any covenants it bundles; empty if not stated. */
  public abstract Optional<@Valid Cooperation> getCooperation();

  @Override
  public HousingCareVision asVision() {
    return visionHeader().cooperation(getCooperation()).analysis(getAnalysis())
        .goals(getGoals()).agreements(getAgreements()).monitoring(getMonitoring())
        .currentPhase(Phase.AFSPRAKEN).build();
  }

  /** Builds a {@link CovenantDocument}; id, title, area and kind are required. */
  public static final class Builder extends ImmutableCovenantDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
