package nl.woonzorg.model.cooperation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The <i>samenwerking</i> (cooperation) of a woonzorgvisie, building block 4: the partners, the
 * covenants and pacts they signed, the consultations they hold, and how the work is funded.
 *
 * <p>Every part is optional, so that a draft can be recorded as it grows.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Cooperation {

  Cooperation() {}

  /** The ids of the partner parties, in the order given; empty if not recorded. */
  public abstract List<@NotBlank String> getPartnerIds();

  /** The covenants, pacts and other cooperation agreements, in the order given; empty if none. */
  public abstract List<@Valid Covenant> getCovenants();

  /** The standing consultations, in the order given; empty if none. */
  public abstract List<@Valid Consultation> getConsultations();

  /**
   * How the cooperation and its provisions are funded (<i>financieringsafspraak</i>), e.g. "the
   * partners share the costs of the meeting rooms"; empty if not agreed.
   */
  public abstract Optional<@NotBlankWhenPresent String> getFundingArrangement();

  /** Builds a {@link Cooperation}; every attribute is optional. */
  public static final class Builder extends ImmutableCooperation.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
