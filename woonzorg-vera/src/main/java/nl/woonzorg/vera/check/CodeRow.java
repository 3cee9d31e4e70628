package nl.woonzorg.vera.check;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One row of a bundled VERA code list (<i>referentiedata-regel</i>), as far as the checks need it.
 * A code is valid from its begin date (inclusive) to its end date (exclusive: the release's
 * Einddatum is the first day the code is no longer used). Immutable and thread-safe.
 *
 * @param list the list (VERA <i>Soort</i>), e.g. {@code EENHEIDDETAILSOORT}
 * @param code the code
 * @param begin the first valid day; null if open
 * @param end the first day no longer valid; null if live
 * @param parentCode the code of the parent entry (the part after the dot), null if none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CodeRow(String list, String code, @Nullable LocalDate begin, @Nullable LocalDate end,
    @Nullable String parentCode) {

  /** Whether the row is valid on {@code day}. */
  public boolean validAt(LocalDate day) {
    return (begin == null || !day.isBefore(begin)) && (end == null || day.isBefore(end));
  }

  /** The validity as {@code begin – end}, an open side as {@code …}: the same in every language. */
  String validity() {
    return Optional.ofNullable(begin).map(LocalDate::toString).orElse("…") + " – "
        + Optional.ofNullable(end).map(LocalDate::toString).orElse("…");
  }
}
