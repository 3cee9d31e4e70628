package nl.woonzorg.architecture.cycle.a;

import nl.woonzorg.architecture.cycle.b.Right;

/** One half of a deliberate package cycle, for {@code ArchitectureTest}. */
public final class Left {

  private Left() {}

  /** Reaches into package {@code b}, which reaches back. */
  public static String name() {
    return "left of " + Right.class.getSimpleName();
  }
}
