package nl.woonzorg.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.report.JsonPointer;

/**
 * The reporting twin of a {@link ValueCheck}: compiled from the same metadata, it walks a value —
 * a bean, a property's value or a container's element — and reports every violation in it, where
 * the check only says whether there is one. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
interface Locator {

  /**
   * Reports to {@code sink} each violation Hibernate Validator would find in {@code value}, which
   * lies at {@code location}.
   *
   * @throws UnsupportedOperationException if it cannot tell what Hibernate Validator would find;
   *     any other exception means the same, and the violations reported so far are then void
   */
  void locate(@Nullable Object value, JsonPointer location, Violations sink);

  /** A locator that runs every one of {@code locators} in order. */
  static Locator allOf(List<Locator> locators) {
    if (locators.size() == 1) {
      return locators.get(0);
    }
    Locator[] all = locators.toArray(Locator[]::new);
    return (value, location, sink) -> {
      for (Locator locator : all) {
        locator.locate(value, location, sink);
      }
    };
  }
}
