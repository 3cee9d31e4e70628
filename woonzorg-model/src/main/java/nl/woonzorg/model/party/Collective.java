package nl.woonzorg.model.party;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What makes a {@link Party} a collective (<i>collectieve partij</i>): a group that a document
 * names as one party — "de zorgaanbieders in de regio", "de gemeenten van regio Noord-Veluwe",
 * "de corporaties" — with its members where the document names them. The party's {@linkplain
 * Party#getType() type} is the type of its members, so a collective of corporations signs as a
 * corporation.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Collective {

  Collective() {}

  /**
   * The ids of the member parties, in the order given; empty if the document does not name them
   * ("alle zorgaanbieders in de regio").
   */
  public abstract List<@NotBlank String> getMemberPartyIds();

  /**
   * Who belongs to it in words, e.g. {@code "zorgaanbieders met een Wlz-contract in de regio"};
   * empty if not given.
   */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /** A collective whose members are not named. */
  public static Collective unnamed() {
    return builder().build();
  }

  /** A collective of the parties {@code memberPartyIds}. */
  public static Collective of(String... memberPartyIds) {
    return builder().addMemberPartyIds(memberPartyIds).build();
  }

  /** Builds a {@link Collective}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableCollective.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
