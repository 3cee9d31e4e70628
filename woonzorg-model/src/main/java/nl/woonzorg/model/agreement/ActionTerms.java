package nl.woonzorg.model.agreement;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * The terms of an action agreement (<i>handelingsafspraak</i>,
 * {@link AgreementType#HANDELINGSAFSPRAAK}): activities the parties plan or coordinate. Overzicht
 * 2's example: "in the Week against Loneliness, care organisations A and B together with the
 * welfare organisation organise various activities aimed at meeting, for seniors".
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class ActionTerms {

  ActionTerms() {}

  /** The activities, in words and in order; empty if not listed yet. */
  public abstract List<@NotBlank String> getActivities();

  /** When the activities take place, in words, e.g. "Week tegen Eenzaamheid"; empty if open. */
  public abstract Optional<@NotBlankWhenPresent String> getTiming();

  /** A builder for action terms; every attribute is optional. */
  public static final class Builder extends ImmutableActionTerms.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
