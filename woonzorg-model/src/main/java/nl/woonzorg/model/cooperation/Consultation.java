package nl.woonzorg.model.cooperation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A standing consultation (<i>overleg</i>) of partners: "2× per jaar bestuurlijk overleg", a
 * monthly official working group, a residents' panel.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Consultation {

  Consultation() {}

  /** The identifier of this consultation; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The name, e.g. {@code "Bestuurlijk overleg wonen en zorg"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /** The level at which it takes place. */
  @Value.Parameter
  public abstract ConsultationLevel getLevel();

  /** How often it meets; empty if not agreed. */
  public abstract Optional<@Valid Frequency> getFrequency();

  /** Since when it meets, as precisely as known: "sinds 2018"; empty if not given. Since format 1.1. */
  public abstract Optional<@Valid PartialDate> getSince();

  /** The ids of the parties taking part, in the order given; empty if not recorded. */
  public abstract List<@NotBlank String> getPartyIds();

  /** Returns the consultation {@code id} with the given name and level and nothing else. */
  public static Consultation of(String id, String name, ConsultationLevel level) {
    return ImmutableConsultation.of(id, name, level);
  }

  /**
   * Builds a {@link Consultation}. {@code build()} throws {@link IllegalStateException} if id, name
   * or level is missing.
   */
  public static final class Builder extends ImmutableConsultation.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
