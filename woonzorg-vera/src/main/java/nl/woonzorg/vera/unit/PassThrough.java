package nl.woonzorg.vera.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The part of a VERA object that woonzorg does not bind (<i>doorgegeven attributen</i>), and the
 * order of all its properties, bound ones included, as read: what makes writing an object give
 * back what was read.
 *
 * <p>{@link #order()} lists every property name of the object in document order; {@link
 * #values()} holds the values of those that are not bound to a typed attribute — attributes of
 * the spec woonzorg does not model, a vendor's {@code extra-attributen}, unknown properties, and
 * bound attributes whose value did not have the spec's type (read leniently). A writer writes the
 * properties in this order, bound ones from their typed attributes, and then any bound attribute
 * that was set later, in the spec's order.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PassThrough {

  private static final PassThrough EMPTY = new PassThrough(List.of(), Map.of());

  private final List<String> order;
  private final Map<String, RawJson> values;

  private PassThrough(List<String> order, Map<String, RawJson> values) {
    this.order = order;
    this.values = values;
  }

  /** Nothing passed through and no order: an object built in code. */
  public static PassThrough empty() {
    return EMPTY;
  }

  /**
   * The given order and values. A name of {@code values} that {@code order} lacks is added at the
   * end, so that every value is written.
   *
   * @param order property names in document order, each once
   * @param values the unbound values by name, in any order
   * @throws IllegalArgumentException if {@code order} names a property twice
   */
  public static PassThrough of(List<String> order, Map<String, RawJson> values) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String name : order) {
      if (!names.add(Objects.requireNonNull(name, "name"))) {
        throw new IllegalArgumentException("property " + name + " is named twice in the order");
      }
    }
    names.addAll(values.keySet());
    LinkedHashMap<String, RawJson> ordered = new LinkedHashMap<>();
    for (String name : names) {
      RawJson value = values.get(name);
      if (value != null) {
        ordered.put(name, value);
      }
    }
    if (names.isEmpty()) {
      return EMPTY;
    }
    return new PassThrough(List.copyOf(names), Collections.unmodifiableMap(ordered));
  }

  /**
   * This pass-through with {@code name} set to {@code value}: in its place if the name is in the
   * order, at the end otherwise.
   */
  public PassThrough with(String name, RawJson value) {
    LinkedHashMap<String, RawJson> changed = new LinkedHashMap<>(values);
    changed.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return of(order, changed);
  }

  /** Every property name of the object, bound or not, in document order; never null. */
  public List<String> order() {
    return order;
  }

  /** The values of the properties not bound, in document order; never null, unmodifiable. */
  public Map<String, RawJson> values() {
    return values;
  }

  /** The value passed through under {@code name}; empty if there is none. */
  public Optional<RawJson> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof PassThrough)) {
      return false;
    }
    PassThrough that = (PassThrough) other;
    // The maps' equals ignores order; the order list carries it.
    return order.equals(that.order) && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, values);
  }

  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    order.forEach(name -> shown.add(values.containsKey(name) ? name + "=" + values.get(name)
        : name));
    return "PassThrough" + shown;
  }
}
