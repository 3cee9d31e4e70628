package nl.woonzorg.model.vera;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import nl.woonzorg.model.code.CodeList;

/**
 * An entry of a VERA code list (<i>VERA referentiedata</i>): its {@linkplain #getCode() code}
 * is the VERA code and its Dutch label the VERA name (<i>Naam</i>), both exactly as the bundled
 * release {@value VeraReferenceData#RELEASE} has them.
 *
 * <p>End-dated entries are kept, so that older data still reads; new data should not use them.
 * Implementations are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface VeraCoded extends CodeList {

  /** The VERA list this entry belongs to; never null. */
  VeraCodeList getVeraCodeList();

  /**
   * The day from which VERA no longer uses this entry (<i>Einddatum</i>); empty if the entry is
   * live.
   */
  default Optional<LocalDate> getEndDate() {
    return Optional.ofNullable(codeEntry().endDate());
  }

  /** Whether VERA has given this entry an end date, i.e. withdrawn it. */
  default boolean isEndDated() {
    return getEndDate().isPresent();
  }
}
