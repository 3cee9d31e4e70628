package nl.woonzorg.model.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A party (<i>partij</i>) involved in a woonzorgvisie, its agreements or its programme: a
 * gemeente, woningcorporatie, care provider, welfare organisation, zorgkantoor, market party and so
 * on. Goals, agreements and activities refer to it by {@link #getId() id}. A group the document
 * names as one party is a {@linkplain #getCollective() collective}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Party {

  Party() {}

  /** The identifier other objects use to refer to this party; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The name, e.g. {@code "Gemeente A"} or {@code "Woningcorporatie X"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /** The kind of party. */
  @Value.Parameter
  public abstract PartyType getType();

  /** Official identifiers of the party, in the order given; empty if none are given. */
  public abstract List<@Valid PartyIdentifier> getIdentifiers();

  /**
   * The id of the {@linkplain nl.woonzorg.model.area.Area area} the party works in or governs, e.g.
   * a gemeente's own area; empty if not given.
   */
  public abstract Optional<@NotBlankWhenPresent String> getAreaId();

  /**
   * Present if the party is a collective — "de zorgaanbieders in de regio" — with its members
   * where they are named; empty for a single organisation. Since format 1.1.
   */
  public abstract Optional<@Valid Collective> getCollective();

  /** Returns the party {@code id} with the given name and type, without identifiers or area. */
  public static Party of(String id, String name, PartyType type) {
    return ImmutableParty.of(id, name, type);
  }

  /** The first of the party's identifiers in {@code scheme}; empty if it has none there. */
  public Optional<PartyIdentifier> identifier(IdentifierScheme scheme) {
    return getIdentifiers().stream().filter(i -> i.getScheme() == scheme).findFirst();
  }

  /**
   * Builds a {@link Party}. {@code build()} throws {@link IllegalStateException} if id, name or
   * type is missing.
   */
  public static final class Builder extends ImmutableParty.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
