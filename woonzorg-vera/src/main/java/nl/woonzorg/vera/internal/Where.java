package nl.woonzorg.vera.internal;

import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * Where a value is: its JSON Pointer and the line and column its text starts at. A value inside
 * a passed-through value shares the position of the attribute it is in, since it is bound from
 * the kept text, not from the document.
 *
 * @param pointer the value's JSON Pointer in the document
 * @param position where its text starts; null if unknown
 */
public record Where(JsonPointer pointer, @Nullable SourcePosition position) {

  /** The member {@code name} of the object here, at the same position. */
  public Where member(String name) {
    return new Where(pointer.append(name), position);
  }

  /** The element {@code index} of the array here, at the same position. */
  public Where element(int index) {
    return new Where(pointer.append(index), position);
  }
}
