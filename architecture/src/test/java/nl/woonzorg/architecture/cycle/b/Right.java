package nl.woonzorg.architecture.cycle.b;

import nl.woonzorg.architecture.cycle.a.Left;

/** The other half of a deliberate package cycle, for {@code ArchitectureTest}. */
public final class Right {

  private Right() {}

  /** Reaches into package {@code a}, closing the cycle. */
  public static String name() {
    return "right of " + Left.class.getSimpleName();
  }
}
