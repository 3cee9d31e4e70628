package nl.woonzorg.cbs.kwb;

import nl.woonzorg.cbs.CbsProblem;
import nl.woonzorg.cbs.CbsProblemKind;
import org.jspecify.annotations.Nullable;

/**
 * A place in an input, which makes the problem found there. A reader passes one per cell without
 * building the place's text, which only a problem needs.
 */
@FunctionalInterface
interface Where {

  /** The problem of {@code kind} here. */
  CbsProblem problem(CbsProblemKind kind, String message, String expected, @Nullable String found);
}
