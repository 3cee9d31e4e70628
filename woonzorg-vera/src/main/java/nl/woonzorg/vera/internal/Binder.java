package nl.woonzorg.vera.internal;

import nl.woonzorg.vera.unit.RawJson;

/**
 * Binds a kept value to a typed attribute, reporting what it cannot take inside the value and
 * failing when it cannot take the value at all.
 *
 * @param <T> the attribute's type
 */
@FunctionalInterface
interface Binder<T> {

  /**
   * The typed value of {@code raw}, found at {@code where}.
   *
   * @throws BindFailure if the value cannot be bound; the caller keeps it passed through
   */
  T bind(RawJson raw, Where where, Problems problems) throws BindFailure;
}
