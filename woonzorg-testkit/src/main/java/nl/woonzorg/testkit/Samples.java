package nl.woonzorg.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.jspecify.annotations.Nullable;
import org.quicktheories.impl.ConcreteDetachedSource;
import org.quicktheories.impl.Constraint;
import org.quicktheories.impl.ExtendedRandomnessSource;
import org.quicktheories.impl.Precursor;

/**
 * Reproducible samples from a generator, for test suites that do not use QuickTheories' runner:
 * the same generator and seed give equal samples on every run and every machine.
 *
 * <pre>{@code
 * for (HousingCareVision vision : Samples.of(WoonzorgGen.visions(), 42).take(100)) {
 *   myImporter.accept(WoonzorgJson.write(vision));
 * }
 * }</pre>
 *
 * <p>Values are drawn uniformly within the bounds each generator asks for, from a {@link
 * SplittableRandom} seeded with the seed: value {@code i} of a sample depends only on the seed and
 * {@code i}. (QuickTheories' own runner is not used: it skips values it has seen before and skews
 * its first draws towards bounds, so it would not give exactly {@code n} values, nor the same
 * first values for every {@code n}.) Immutable and thread-safe.
 *
 * @param <T> the type of the values drawn
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Samples<T> {

  private final Gen<T> gen;
  private final long seed;

  private Samples(Gen<T> gen, long seed) {
    this.gen = gen;
    this.seed = seed;
  }

  /**
   * Samples of {@code gen} drawn with {@code seed}.
   *
   * @throws NullPointerException if {@code gen} is null
   */
  public static <T> Samples<T> of(Gen<T> gen, long seed) {
    return new Samples<>(Objects.requireNonNull(gen, "gen"), seed);
  }

  /** The seed these samples are drawn with. */
  public long seed() {
    return seed;
  }

  /**
   * The first {@code count} values the generator gives with this seed, in the order drawn; an
   * immutable list. {@code take(n)} is a prefix of {@code take(m)} for every {@code n <= m}.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<T> take(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, not " + count);
    }
    if (count == 0) {
      return List.of();
    }
    List<T> out = new ArrayList<>(count);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      out.add(gen.generate(new Source(random.split())));
    }
    return Collections.unmodifiableList(out);
  }

  /** A source of uniform draws within each constraint. */
  private static final class Source implements DetatchedRandomnessSource {

    private final SplittableRandom random;

    Source(SplittableRandom random) {
      this.random = random;
    }

    @Override
    public long next(Constraint constraint) {
      Precursor bounds = Bounds.of(constraint);
      long min = bounds.min(0);
      long max = bounds.max(0);
      if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
        return random.nextLong();
      }
      // max - min + 1 overflows for ranges wider than Long.MAX_VALUE: draw until inside.
      long span = max - min + 1;
      if (span > 0) {
        return min + random.nextLong(span);
      }
      long value;
      do {
        value = random.nextLong();
      } while (value < min || value > max);
      return value;
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {
      // A filtered generator simply draws again; there is no budget of attempts to keep.
    }

    @Override
    public void commit() {
      // Draws are not recorded for shrinking, so there is nothing to commit.
    }
  }

  /**
   * Reads the bounds of a constraint, which {@link Constraint} keeps package-private, through
   * QuickTheories' public API: a {@link ConcreteDetachedSource} records each constraint it draws
   * within in a {@link Precursor}, whose bounds are public, and hands that precursor to its parent
   * on {@link ConcreteDetachedSource#commit() commit}. This parent is only there to receive it.
   */
  private static final class Bounds implements ExtendedRandomnessSource {

    private @Nullable Precursor committed;

    /** A precursor whose only constraint, number 0, is {@code constraint}. */
    static Precursor of(Constraint constraint) {
      Bounds parent = new Bounds();
      ConcreteDetachedSource probe = new ConcreteDetachedSource(parent);
      probe.next(constraint);
      probe.commit();
      return Objects.requireNonNull(parent.committed, "QuickTheories committed no precursor");
    }

    @Override
    public long tryNext(Constraint constraint) {
      // Only the constraint is wanted, not a value: any value will do.
      return 0;
    }

    @Override
    public void add(Precursor precursor) {
      committed = precursor;
    }

    // The probe asks for nothing else.

    @Override
    public long next(Constraint constraint) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerFailedAssumption() {
      throw new UnsupportedOperationException();
    }
  }
}
