package nl.woonzorg.testkit.defect;

import java.util.Objects;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An object with one injected defect, and the finding it must produce: the rule id and the JSON
 * Pointer, relative to the object. It keeps the valid object the defect was injected into: a rule
 * that is only a warning or advice may report the valid object already, elsewhere, so the finding
 * the defect adds shows only beside the findings of the {@linkplain #original() original}.
 * Immutable and thread-safe.
 *
 * @param <T> the type of the object
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Defective<T> {

  private final Defect<T> defect;
  private final T original;
  private final T value;
  private final JsonPointer pointer;

  Defective(Defect<T> defect, T original, T value, JsonPointer pointer) {
    this.defect = defect;
    this.original = original;
    this.value = value;
    this.pointer = pointer;
  }

  /** The defect injected. */
  public Defect<T> defect() {
    return defect;
  }

  /** The valid object the defect was injected into. */
  public T original() {
    return original;
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

  /** Equal if of the same defect, broken object and pointer, whatever the original. */
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
