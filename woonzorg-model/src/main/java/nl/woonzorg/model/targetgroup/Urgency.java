package nl.woonzorg.model.targetgroup;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.vera.PriorityKind;
import nl.woonzorg.model.vera.PriorityReason;

/**
 * An urgency (<i>urgentie</i>): the category a home-seeker's priority falls under in the housing
 * ordinance, and optionally its reason in VERA terms, e.g. statutorily urgent because of informal
 * care ({@link PriorityReason#MANTELZORG}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Urgency {

  Urgency() {}

  /** Whether the urgency is statutory or the municipality's own; never null. */
  @Value.Parameter
  public abstract UrgencyCategory getCategory();

  /**
   * The reason for the urgency (VERA <i>voorrangdetailsoort</i>), always one of kind {@link
   * PriorityKind#URGENTIE}; empty if not recorded.
   */
  public abstract Optional<PriorityReason> getReason();

  /** Returns an urgency of {@code category} without a recorded reason. */
  public static Urgency of(UrgencyCategory category) {
    return ImmutableUrgency.of(category);
  }

  /**
   * Returns an urgency of {@code category} for {@code reason}.
   *
   * @throws IllegalStateException if {@code reason} is not of kind {@link PriorityKind#URGENTIE}
   */
  public static Urgency of(UrgencyCategory category, PriorityReason reason) {
    return builder().category(category).reason(reason).build();
  }

  /** A ground for priority of another kind, such as local ties, is never an urgency. */
  @Value.Check
  final void check() {
    if (getReason().isPresent() && getReason().get().getPriorityKind() != PriorityKind.URGENTIE) {
      PriorityReason reason = getReason().get();
      throw new IllegalStateException("priority reason " + reason.name() + " (" + reason.getCode()
          + ") is of kind " + reason.getPriorityKind().name() + ", not URGENTIE, so it is no "
          + "reason for an urgency");
    }
  }

  /** Builds an {@link Urgency}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableUrgency.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
