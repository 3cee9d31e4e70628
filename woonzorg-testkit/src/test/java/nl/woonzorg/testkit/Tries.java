package nl.woonzorg.testkit;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * How many examples each property of this module tries: the system property {@code
 * woonzorg.tries} (the build sets it; default 200), so that a longer run needs no code change.
 * Properties that cost more per example take a fixed fraction of it.
 */
public final class Tries {

  /** The system property that sets the number of examples per property. */
  public static final String PROPERTY = "woonzorg.tries";

  private Tries() {}

  /** The number of examples per property. */
  public static int count() {
    return Integer.getInteger(PROPERTY, 200);
  }

  /** A theory with {@link #count()} examples. */
  public static QuickTheory theory() {
    return qt().withExamples(count());
  }

  /** A theory with {@link #count()} divided by {@code divisor}, at least 1, examples. */
  public static QuickTheory theory(int divisor) {
    return qt().withExamples(Math.max(1, count() / divisor));
  }
}
