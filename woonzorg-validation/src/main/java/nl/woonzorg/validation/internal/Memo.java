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
 * facts of one vision: asked about another, it works the fact out without keeping it. A fact of a
 * part, such as a goal's amounts ({@link PartFact}), it holds for the last part asked about. Not
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

  /**
   * Something the rules work out from one part of a vision, such as a goal's amounts, and the key
   * of its entry in a memo. A memo keeps it for the last part asked about only: the validator runs
   * every rule of a part before it goes on to the next part, so the rules of one part share it,
   * and a memo holds one per fact at most. Keep one instance per fact, in a constant.
   *
   * @param <P> the type of the part
   * @param <T> the type of what is worked out; immutable
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public static final class PartFact<P, T> {

    private final Function<P, T> derivation;

    private PartFact(Function<P, T> derivation) {
      this.derivation = derivation;
    }

    /** The fact that {@code derivation} works out; the function must not return null. */
    public static <P, T> PartFact<P, T> of(Function<P, T> derivation) {
      return new PartFact<>(Objects.requireNonNull(derivation, "derivation"));
    }

    T derive(P part) {
      return Objects.requireNonNull(derivation.apply(part), "a fact must not be null");
    }
  }

  private @Nullable HousingCareVision vision;
  private final Map<Fact<?>, Object> facts = new HashMap<>();
  private final Map<PartFact<?, ?>, LastPart> lastParts = new HashMap<>();

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

  /**
   * {@code fact} of {@code part}: from the memo of the validation call that {@code context}
   * belongs to if {@code part} is the part it was last asked about, by identity; otherwise worked
   * out afresh and kept in place of the last one. Worked out each time if the context carries no
   * memo.
   */
  public static <P, T> T get(PartFact<P, T> fact, P part, RuleContext context) {
    return context instanceof Holder holder
        ? holder.memo().get(fact, part)
        : fact.derive(part);
  }

  private <P, T> T get(PartFact<P, T> fact, P part) {
    LastPart last = lastParts.get(fact);
    if (last != null && last.part() == part) {
      @SuppressWarnings("unchecked") // put below with the same fact as key, so of type T
      T known = (T) last.fact();
      return known;
    }
    T derived = fact.derive(part);
    lastParts.put(fact, new LastPart(part, derived));
    return derived;
  }

  /** The part a part fact was last asked about, and the fact of it. */
  private record LastPart(Object part, Object fact) {}

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
