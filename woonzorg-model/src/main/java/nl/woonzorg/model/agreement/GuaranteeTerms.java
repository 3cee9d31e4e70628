package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The terms of a guarantee agreement (<i>garantieafspraak</i>,
 * {@link AgreementType#GARANTIEAFSPRAAK}): a safeguard the parties honour at all times, and who
 * bears the costs. Overzicht 2's example: "on an eviction after leaving an institution, the
 * municipality, the shelter organisation and the housing corporation share the costs".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class GuaranteeTerms {

  GuaranteeTerms() {}

  /** What is guaranteed, in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getObligation();

  /** The ids of the parties that bear the costs, in order; empty if not named. */
  public abstract List<@NotBlank String> getCostBearerPartyIds();

  /** How the costs are shared, in words, e.g. "in equal parts"; empty if not fixed. */
  public abstract Optional<@NotBlankWhenPresent String> getCostSharing();

  /**
   * Returns the terms guaranteeing {@code obligation}, without cost bearers.
   *
   * @param obligation what is guaranteed
   * @return the terms, never null
   */
  public static GuaranteeTerms of(String obligation) {
    return ImmutableGuaranteeTerms.of(obligation);
  }

  /** A builder for guarantee terms; {@code obligation} must be set. */
  public static final class Builder extends ImmutableGuaranteeTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
