package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

  /** What it is about; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSubject();

  /** The tasks it gives its parties (<i>opdrachten</i>), in order; empty if none are stated. */
  public abstract List<@Valid CovenantTask> getTasks();

  /** The working arrangements under it (<i>werkafspraken</i>), in order; empty if none. */
  public abstract List<@Valid CovenantTask> getWorkingArrangements();

  /** Its consultations, funding and any covenants it bundles; empty if not stated. */
  public abstract Optional<@Valid Cooperation> getCooperation();

  /** Builds a {@link CovenantDocument}; id, title, area and kind are required. */
  @Override
  public Optional<LocalDate> documentDate() {
    return getSignedOn();
  }

  @Override
  public HousingCareVision asVision() {
    return visionHeader().cooperation(getCooperation()).currentPhase(Phase.AFSPRAKEN)
        .build();
  }

  public static final class Builder extends ImmutableCovenantDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
