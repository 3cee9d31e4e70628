package nl.woonzorg.testkit.defect;

import java.util.Objects;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An object with one injected defect, and the finding it must produce: the rule id and the JSON
 * Pointer, relative to the object. Immutable and thread-safe.
 *
 * @param <T> the type of the object
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Defective<T> {

  private final Defect<T> defect;
  private final T value;
  private final JsonPointer pointer;

  Defective(Defect<T> defect, T value, JsonPointer pointer) {
    this.defect = defect;
    this.value = value;
    this.pointer = pointer;
  }

  /** The defect injected. */
  public Defect<T> defect() {
    return defect;
  }

  /** The broken object. */
  public T value() {
    return value;
  }

  /** The id of the rule that must report the defect. */
  public String ruleId() {
    return defect.ruleId();
  }

  /** Where the finding must point, e.g. {@code /goals/0/breakdowns/1}. */
  public JsonPointer pointer() {
    return pointer;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Defective<?> that && defect.name().equals(that.defect.name())
        && value.equals(that.value) && pointer.equals(that.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(defect.name(), value, pointer);
  }

  /** The defect, rule id and pointer, e.g. {@code "missing-signatory: WZ-SIGN-01 at /agreements/0/parties"}. */
  @Override
  public String toString() {
    return defect.name() + ": " + ruleId() + " at " + (pointer.isRoot() ? "/" : pointer);
  }
}
