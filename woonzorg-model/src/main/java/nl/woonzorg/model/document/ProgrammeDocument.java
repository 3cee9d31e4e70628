package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

  /** The programme itself: its activities, and the years it runs if it names them. */
  @Valid
  public abstract ImplementationProgramme getProgramme();

  /** Builds a {@link ProgrammeDocument}; id, title, area and programme are required. */
  @Override
  public Optional<LocalDate> documentDate() {
    return getAdoptedOn();
  }

  @Override
  public HousingCareVision asVision() {
    return visionHeader().programme(getProgramme()).currentPhase(Phase.UITVOERING)
        .build();
  }

  public static final class Builder extends ImmutableProgrammeDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
