package nl.woonzorg.model.cooperation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A covenant, pact or other written cooperation agreement (<i>convenant</i>, <i>pact</i>) between
 * partners, e.g. "Pact wonen en zorg Breda" or "Koepelconvenant huisvesting zorgdoelgroepen 2020".
 * Performance agreements refer to it by {@link #getId() id} instead of repeating it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Covenant {

  Covenant() {}

  /** The identifier agreements use to refer to this covenant; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The title, e.g. {@code "Convenant Langer en Weer Thuis"} (Delft); never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getTitle();

  /** The kind of agreement. */
  @Value.Parameter
  public abstract CovenantKind getKind();

  /** The ids of the parties to it, in the order given; empty if not recorded. */
  public abstract List<@NotBlank String> getPartyIds();

  /** When it was signed; empty if not signed or not known. */
  public abstract Optional<LocalDate> getSignedOn();

  /** The years it runs; empty if open-ended or not known. */
  public abstract Optional<@Valid YearPeriod> getPeriod();

  /** What it is about; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getSubject();

  /**
   * The documents this covenant stands in relation to — the covenant it is an addendum to, the
   * pact it replaces — in the order given; empty if none. Since format 1.1.
   */
  public abstract List<@Valid DocumentLink> getLinks();

  /** Returns the covenant {@code id} with the given title and kind and nothing else. */
  public static Covenant of(String id, String title, CovenantKind kind) {
    return ImmutableCovenant.of(id, title, kind);
  }

  /**
   * Builds a {@link Covenant}. {@code build()} throws {@link IllegalStateException} if id, title or
   * kind is missing.
   */
  public static final class Builder extends ImmutableCovenant.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
