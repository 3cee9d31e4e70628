package nl.woonzorg.vera.mapping;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a mapping could not carry over, or had to infer (<i>vertaalopmerking</i>): where it is in
 * the source — a JSON Pointer into the VERA document for {@link DwellingMapping#toDwelling}, into
 * the dwelling's wire form for {@link DwellingMapping#fromDwelling} — why, and the value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pointer where the attribute is in the source; never null
 * @param reason why it was not mapped as it stands; never null
 * @param text what happened, for a person, in Dutch and English; never null
 * @param value the source value as text, shortened if long; null if there is none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MappingNote(JsonPointer pointer, Reason reason, ProblemText text,
    @Nullable String value) {

  /** Why an attribute was not mapped as it stands. Immutable and thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Reason {
    /** The other side has no such attribute (<i>geen tegenhanger</i>): the value is not carried. */
    NO_COUNTERPART,
    /** A code the model's mirror of the VERA list does not have. */
    UNKNOWN_CODE,
    /** A value the other side refuses: a malformed postcode, a wijk outside its gemeente. */
    INVALID_VALUE,
    /** A value the other side requires is absent, so nothing could be built. */
    MISSING,
    /** The value was absent and inferred from another attribute; the message says from which. */
    INFERRED;

    /**
     * What the reason means, for a person, in {@code locale}'s language: English for {@code en},
     * Dutch otherwise; e.g. {@code geen tegenhanger} / {@code no counterpart}.
     */
    public String label(Locale locale) {
      Language language = Language.of(locale);
      switch (this) {
        case NO_COUNTERPART:
          return language.pick("geen tegenhanger", "no counterpart");
        case UNKNOWN_CODE:
          return language.pick("onbekende code", "unknown code");
        case INVALID_VALUE:
          return language.pick("ongeldige waarde", "invalid value");
        case MISSING:
          return language.pick("ontbreekt", "missing");
        default:
          return language.pick("afgeleid", "inferred");
      }
    }
  }

  /** Checks that the required parts are there. */
  public MappingNote {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }

  /** What happened, for a person, in English. */
  public String message() {
    return text.in(Locale.ENGLISH);
  }

  /** What happened, for a person, in {@code locale}'s language: English for {@code en}, else Dutch. */
  public String message(Locale locale) {
    return text.in(locale);
  }

  /** The source value as text; empty if there is none. */
  public Optional<String> found() {
    return Optional.ofNullable(value);
  }
}
