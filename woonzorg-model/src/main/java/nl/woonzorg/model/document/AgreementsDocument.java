package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.time.PartialDate;
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

  /**
   * When the parties signed, where the source gives only a year, a part of a year or a month:
   * "in het voorjaar van 2021", "in 2022 ondertekend"; empty if not known or {@link
   * #getSignedOn()} gives the day. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getSignedIn();

  /** {@link #getSignedOn()} as a day, else {@link #getSignedIn()}. */
  @Override
  public Optional<PartialDate> issued() {
    return either(getSignedOn(), getSignedIn());
  }

  /** The goals the agreements serve, where the document states them; empty if none. */
  public abstract List<@Valid Goal> getGoals();

  /**
   * The ambitions the parties state (<i>ambities</i>), as a vision's, where they state an
   * ambition rather than a firm agreement: "de partijen spraken de ambitie uit"; goals name them
   * by {@link Goal#getAmbitionId()}. Empty if none. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid Ambition> getAmbitions();

  /** The agreements, in order. */
  public abstract List<@Valid PerformanceAgreement> getAgreements();

  @Override
  public HousingCareVision asVision() {
    return visionHeader().goals(getGoals()).agreements(getAgreements())
        .ambitions(getAmbitions()).currentPhase(Phase.AFSPRAKEN).build();
  }

  /** Builds an {@link AgreementsDocument}; id, title and area are required. */
  public static final class Builder extends ImmutableAgreementsDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
