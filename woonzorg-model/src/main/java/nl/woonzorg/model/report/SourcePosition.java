package nl.woonzorg.model.report;

import jakarta.validation.constraints.Positive;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * A place in a text file (<i>positie</i>): line and column, both counted from 1, as editors show
 * them. Parse problems carry one beside their JSON Pointer.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class SourcePosition {

  SourcePosition() {}

  /** The line, from 1. */
  @Value.Parameter
  @Positive
  public abstract int getLine();

  /** The column, from 1. */
  @Value.Parameter
  @Positive
  public abstract int getColumn();

  /** Line {@code line}, column {@code column}. */
  public static SourcePosition of(int line, int column) {
    return ImmutableSourcePosition.of(line, column);
  }

  /** {@code line:column}, as compilers and editors print positions. */
  @Override
  public String toString() {
    return getLine() + ":" + getColumn();
  }

  /** Builds {@link SourcePosition} values; a builder is not thread-safe. */
  public static final class Builder extends ImmutableSourcePosition.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
