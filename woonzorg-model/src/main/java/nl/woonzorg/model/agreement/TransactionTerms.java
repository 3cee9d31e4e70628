package nl.woonzorg.model.agreement;

import jakarta.validation.Valid;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The terms of a transaction agreement (<i>transactieafspraak</i>,
 * {@link AgreementType#TRANSACTIEAFSPRAAK}): an exchange between parties and the contributions
 * that make it happen. Overzicht 2's example: "care provider x transfers property to housing
 * corporation y in return for renovation of the complex" — two {@link Exchange}s, one per side.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class TransactionTerms {

  TransactionTerms() {}

  /** Each party's side of the exchange, in order; empty if not worked out yet. */
  public abstract List<@Valid Exchange> getExchanges();

  /**
   * Returns the terms made of {@code exchanges}.
   *
   * @param exchanges each party's side, in order
   * @return the terms, never null
   */
  public static TransactionTerms of(Exchange... exchanges) {
    return builder().addExchanges(exchanges).build();
  }

  /** A builder for transaction terms; every attribute is optional. */
  public static final class Builder extends ImmutableTransactionTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
