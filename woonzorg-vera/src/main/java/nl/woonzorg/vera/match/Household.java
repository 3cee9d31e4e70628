package nl.woonzorg.vera.match;

import java.util.List;
import nl.woonzorg.vera.style.VeraStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A household looking for a home, and what it needs (<i>huishouden en woonbehoefte</i>): its
 * members' ages, wheelchair use, a walking aid, a care indication, a wish for clustered living
 * and its income band. Its size is the number of ages.
 *
 * <p>Immutable and thread-safe. Build it with {@code Household.builder()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@VeraStyle
public abstract class Household {

  /** The oldest age a member can be given. */
  static final int MAX_AGE = 130;

  Household() {}

  /** Each member's age in whole years (<i>leeftijden</i>); at least one member. */
  public abstract List<Integer> getAges();

  /**
   * Whether a member uses a wheelchair (<i>rolstoelgebruik</i>): the home must be
   * wheelchair-accessible, and so zero-step. Default false.
   */
  @Value.Default
  public boolean isWheelchairUser() {
    return false;
  }

  /** Whether a member uses a walking aid such as a rollator: the home must be zero-step. */
  @Value.Default
  public boolean isWalkingAid() {
    return false;
  }

  /** Whether a member has a care indication (<i>zorgindicatie</i>): the home must be care-ready. */
  @Value.Default
  public boolean isCareIndication() {
    return false;
  }

  /**
   * Whether the household seeks clustered living (<i>geclusterd wonen</i>): the home must be in a
   * clustered form with a meeting room. Default false.
   */
  @Value.Default
  public boolean isSeekingClustered() {
    return false;
  }

  /** Where the household's income lies against the passend-toewijzen limit. */
  public abstract IncomeBand getIncomeBand();

  /** The number of members. */
  public int size() {
    return getAges().size();
  }

  /** The oldest member's age. */
  public int oldest() {
    return getAges().stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  @Value.Check
  void check() {
    if (getAges().isEmpty()) {
      throw new IllegalStateException("a household has at least one member");
    }
    for (int age : getAges()) {
      if (age < 0 || age > MAX_AGE) {
        throw new IllegalStateException("an age is from 0 to " + MAX_AGE + ", not " + age);
      }
    }
  }

  /** The builder: {@code ages}, {@code incomeBand} and the needs that apply. */
  public static final class Builder extends ImmutableHousehold.Builder {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }
}
