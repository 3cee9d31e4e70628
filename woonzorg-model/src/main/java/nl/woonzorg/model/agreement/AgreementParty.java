package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * A party to a performance agreement (<i>partij bij de afspraak</i>) and the roles it plays in it,
 * e.g. the municipality as signatory and funder.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class AgreementParty {

  AgreementParty() {}

  /** The id of the party; never blank. */
  @NotBlank
  public abstract String getPartyId();

  /** The roles the party plays in the agreement; at least one. */
  @NotEmpty
  public abstract Set<PartyRole> getRoles();

  /**
   * Returns party {@code partyId} in {@code roles}, e.g.
   * {@code AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.FINANCIER)}.
   *
   * @param partyId the id of the party
   * @param roles the roles it plays; should not be empty, which validation reports
   * @return the agreement party, never null
   */
  public static AgreementParty of(String partyId, PartyRole... roles) {
    return builder().partyId(partyId).addRoles(roles).build();
  }

  /** A builder for agreement parties; {@code partyId} must be set. */
  public static final class Builder extends ImmutableAgreementParty.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
