package nl.woonzorg.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.validation.rule.RuleContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the built-in rules of one validation call work out about its vision once and then share,
 * such as every id it declares or its agreements by goal. Several rules need the same walk over
 * the vision, and a goal or agreement rule runs once for every goal or agreement: without the memo
 * a rule that looks across the vision would redo that work for each of them, which made the cost
 * of a vision grow with the square of its size.
 *
 * <p>The validator makes one memo per call of {@code validate} and drops it when the call returns,
 * so nothing is kept from one call to the next, and a vision is never seen stale. A memo holds the
 * facts of one vision: asked about another, it works the fact out without keeping it. Not
 * thread-safe: a validation call runs on one thread. A fact must be immutable, since every rule of
 * the call gets the same one.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Memo {

  /**
   * Carries the memo of its validation call: implemented by the {@link RuleContext} the validator
   * gives its rules.
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public interface Holder {

    /** The memo of the validation call this context belongs to; never null. */
    Memo memo();
  }

  /**
   * Something the rules work out from a vision, and the key of its entry in a memo. Keep one
   * instance per fact, in a constant: facts are told apart by identity.
   *
   * @param <T> the type of what is worked out; immutable
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public static final class Fact<T> {

    private final Function<HousingCareVision, T> derivation;

    private Fact(Function<HousingCareVision, T> derivation) {
      this.derivation = derivation;
    }

    /** The fact that {@code derivation} works out; the function must not return null. */
    public static <T> Fact<T> of(Function<HousingCareVision, T> derivation) {
      return new Fact<>(Objects.requireNonNull(derivation, "derivation"));
    }

    T derive(HousingCareVision vision) {
      return Objects.requireNonNull(derivation.apply(vision), "a fact must not be null");
    }
  }

  private @Nullable HousingCareVision vision;
  private final Map<Fact<?>, Object> facts = new HashMap<>();

  /** An empty memo, for one validation call. */
  public Memo() {}

  /**
   * {@code fact} of {@code vision}: from the memo of the validation call that {@code context}
   * belongs to, worked out on the first request of the call; worked out afresh if the context
   * carries no memo, as a context made outside the validator does not.
   */
  public static <T> T get(Fact<T> fact, HousingCareVision vision, RuleContext context) {
    return context instanceof Holder holder
        ? holder.memo().get(fact, vision)
        : fact.derive(vision);
  }

  private <T> T get(Fact<T> fact, HousingCareVision subject) {
    if (vision == null) {
      vision = subject;
    } else if (vision != subject) {
      return fact.derive(subject);
    }
    @SuppressWarnings("unchecked") // put below with the same fact as key, so of type T
    T known = (T) facts.get(fact);
    if (known == null) {
      // Not computeIfAbsent: a derivation may ask for another fact, which would modify the map
      // while computeIfAbsent runs.
      known = fact.derive(subject);
      facts.put(fact, known);
    }
    return known;
  }
}
