package nl.woonzorg.analysis.gap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The calculation record (<i>rekenverantwoording</i>) of one number of an analysis: its id, the
 * formula, its result and the inputs it was computed from, each by name with its value and, for a
 * population figure or a norm, its source; an input that is itself computed is named by its id,
 * so that a number can be traced back to the data. Machine-readable: every part is a string.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Calculation {

  private final String id;
  private final String formula;
  private final String result;
  private final Map<String, String> inputs;

  private Calculation(String id, String formula, String result, Map<String, String> inputs) {
    this.id = id;
    this.formula = formula;
    this.result = result;
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
  }

  /**
   * The calculation {@code id} of {@code result} by {@code formula} from {@code inputs}, by name
   * in the order given.
   */
  public static Calculation of(String id, String formula, Amount result,
      Map<String, String> inputs) {
    return new Calculation(Objects.requireNonNull(id, "id"),
        Objects.requireNonNull(formula, "formula"), result.toString(), inputs);
  }

  /** The id of the number, e.g. {@code "vraag/GM0050/GECLUSTERD/2024/OUDEREN_65_PLUS"}. */
  public String id() {
    return id;
  }

  /** The formula in words and symbols, e.g. {@code "Σ ratio × population"}. */
  public String formula() {
    return formula;
  }

  /** The exact result as {@link Amount#toString()} writes it, e.g. {@code "2300/23"}. */
  public String result() {
    return result;
  }

  /** The inputs by name, in the order of the formula; unmodifiable. */
  public Map<String, String> inputs() {
    return inputs;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Calculation && ((Calculation) other).id.equals(id)
        && ((Calculation) other).formula.equals(formula)
        && ((Calculation) other).result.equals(result)
        && ((Calculation) other).inputs.equals(inputs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, formula, result, inputs);
  }

  /** The id, formula, result and inputs on one line, e.g. for a log. */
  @Override
  public String toString() {
    return id + " = " + formula + " = " + result + " " + inputs;
  }
}
