package nl.woonzorg.analysis.distribution;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A proposed {@link Redistribution} does not keep the sum (<i>som</i>) of the units of the parts it
 * names, as Huisvestingswet 2014 art. 29(2) requires: it says which parts, the sum they held
 * (expected) and the sum proposed (found).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SumChangedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  // An array, not a List: exceptions are Serializable and List is not declared so.
  private final String[] parts;
  private final long expected;
  private final long found;

  SumChangedException(Set<String> parts, long expected, long found) {
    super("a redistribution must keep the sum of the units of " + parts + ": expected "
        + expected + ", found " + found);
    this.parts = parts.toArray(String[]::new);
    this.expected = expected;
    this.found = found;
  }

  /** The names of the parts the proposal redistributes among, in the proposal's order; an immutable list. */
  public List<String> parts() {
    return List.of(parts);
  }

  /** The sum of their units before, which the proposal must keep. */
  public long expected() {
    return expected;
  }

  /** The sum of their units as proposed. */
  public long found() {
    return found;
  }
}
