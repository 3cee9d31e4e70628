package nl.woonzorg.vera.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a mapping (<i>vertaalresultaat</i>): the value built, and a note for everything
 * of the source that it does not carry or that had to be inferred.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type mapped to
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MappingResult<T> {

  private final @Nullable T value;
  private final List<MappingNote> notes;

  private MappingResult(@Nullable T value, List<MappingNote> notes) {
    this.value = value;
    this.notes = List.copyOf(notes);
  }

  /**
   * A result.
   *
   * @param value the value built; null if a required attribute was missing or refused
   * @param notes the notes, in source order
   * @param <T> the type mapped to
   */
  public static <T> MappingResult<T> of(@Nullable T value, List<MappingNote> notes) {
    return new MappingResult<>(value, Objects.requireNonNull(notes, "notes"));
  }

  /** The value built; empty if a required attribute was missing or refused (see the notes). */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Every note, in source order; never null. */
  public List<MappingNote> notes() {
    return notes;
  }

  /** The notes of attributes not carried over: all but the {@code INFERRED} ones. */
  public List<MappingNote> unmapped() {
    return notes.stream().filter(note -> note.reason() != MappingNote.Reason.INFERRED).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof MappingResult)) {
      return false;
    }
    MappingResult<?> that = (MappingResult<?>) other;
    return Objects.equals(value, that.value) && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, notes);
  }

  @Override
  public String toString() {
    return "MappingResult[value=" + value + ", notes=" + notes + "]";
  }
}
