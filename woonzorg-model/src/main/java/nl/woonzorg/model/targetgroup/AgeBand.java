package nl.woonzorg.model.targetgroup;

import java.util.Optional;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An age band as a target group (<i>leeftijdsgroep</i>): "65- tot 75-jarigen", "85-plussers",
 * "jongeren tot 23 jaar" — the parameterised form of the age-bound {@link TargetGroup}s, for any
 * band a document uses. Ages are whole years, both bounds inclusive; at least one is given.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class AgeBand {

  AgeBand() {}

  /** The lowest age in the band; empty if the band has no lower bound. */
  public abstract Optional<Integer> getMinimumAge();

  /** The highest age in the band, inclusive; empty if the band has no upper bound. */
  public abstract Optional<Integer> getMaximumAge();

  /** People aged {@code minimumAge} and over: {@code AgeBand.from(85)} for 85-plussers. */
  public static AgeBand from(int minimumAge) {
    return builder().minimumAge(minimumAge).build();
  }

  /** People aged {@code minimumAge} to {@code maximumAge} inclusive: 65 to 74 for "65-74". */
  public static AgeBand between(int minimumAge, int maximumAge) {
    return builder().minimumAge(minimumAge).maximumAge(maximumAge).build();
  }

  /** Whether a person of {@code age} belongs to the band. */
  public boolean contains(int age) {
    return getMinimumAge().map(min -> age >= min).orElse(true)
        && getMaximumAge().map(max -> age <= max).orElse(true);
  }

  @Value.Check
  final void check() {
    if (getMinimumAge().isEmpty() && getMaximumAge().isEmpty()) {
      throw new IllegalStateException("an age band needs a minimum or a maximum age");
    }
    for (Optional<Integer> age : java.util.List.of(getMinimumAge(), getMaximumAge())) {
      if (age.isPresent() && (age.get() < 0 || age.get() > 150)) {
        throw new IllegalStateException("an age must be 0 to 150, not " + age.get());
      }
    }
    if (getMinimumAge().isPresent() && getMaximumAge().isPresent()
        && getMaximumAge().get() < getMinimumAge().get()) {
      throw new IllegalStateException("an age band ends (" + getMaximumAge().get()
          + ") below where it starts (" + getMinimumAge().get() + ")");
    }
  }

  /** {@code "65-74"}, {@code "85+"} or {@code "-22"}. */
  @Override
  public String toString() {
    return getMinimumAge().map(String::valueOf).orElse("")
        + getMaximumAge().map(max -> "-" + max).orElse("+");
  }

  /** Builds an {@link AgeBand}; {@code build()} throws if neither bound is given. */
  public static final class Builder extends ImmutableAgeBand.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
