package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * One party's side of a transaction agreement (<i>ruil</i>): what it gives and what it gets in
 * return, e.g. a care provider gives its property and gets the complex renovated.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Exchange {

  Exchange() {}

  /** The id of the party whose side this is; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getPartyId();

  /** What the party gives or contributes, in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getGives();

  /** What the party gets in return, in words; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getGets();

  /**
   * Returns party {@code partyId}'s side: it gives {@code gives} and gets {@code gets}.
   *
   * @param partyId the id of the party
   * @param gives what it gives
   * @param gets what it gets in return
   * @return the exchange, never null
   */
  public static Exchange of(String partyId, String gives, String gets) {
    return ImmutableExchange.of(partyId, gives, gets);
  }

  /** A builder for exchanges; every attribute must be set. */
  public static final class Builder extends ImmutableExchange.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
