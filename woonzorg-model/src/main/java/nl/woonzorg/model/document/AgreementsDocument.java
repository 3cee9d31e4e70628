package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A set of prestatieafspraken published on its own (<i>prestatieafsprakendocument</i>): the
 * yearly or multi-year agreements of a municipality, its corporations and tenants' organisations,
 * often co-signed by care and welfare organisations and the zorgkantoor, with the goals they serve
 * and, per agreement, its yearly slices (<i>jaarschijven</i>).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class AgreementsDocument extends PolicyDocument {

  AgreementsDocument() {}

  /** When the parties signed; empty if not signed or not known. */
  public abstract Optional<LocalDate> getSignedOn();

  /** The goals the agreements serve, where the document states them; empty if none. */
  public abstract List<@Valid Goal> getGoals();

  /** The agreements, in order. */
  public abstract List<@Valid PerformanceAgreement> getAgreements();

  /** Builds an {@link AgreementsDocument}; id, title and area are required. */
  @Override
  public Optional<LocalDate> documentDate() {
    return getSignedOn();
  }

  @Override
  public HousingCareVision asVision() {
    return visionHeader().goals(getGoals()).agreements(getAgreements())
        .currentPhase(Phase.AFSPRAKEN).build();
  }

  public static final class Builder extends ImmutableAgreementsDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
