package nl.woonzorg.model.vera;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.style.WoonzorgStyle;

/**
 * One row of the VERA reference data (<i>referentiedata-regel</i>): a code of a code list with its
 * name, description, validity dates and parent, as the release publishes it.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class VeraEntry {

  VeraEntry() {}

  /** The list the row belongs to (VERA <i>Soort</i>); never null. */
  public abstract VeraCodeList getCodeList();

  /** The VERA code (<i>Code</i>), e.g. {@code "GEC"}; never null or blank. */
  @NotBlank
  public abstract String getCode();

  /** The Dutch name (<i>Naam</i>), e.g. "Geclusterde woonvorm"; never null or blank. */
  @NotBlank
  public abstract String getName();

  /** The Dutch definition (<i>Omschrijving</i>); empty if the release gives none. */
  public abstract Optional<String> getDescription();

  /** The first day the code is valid (<i>Begindatum</i>); empty if the release gives none. */
  public abstract Optional<LocalDate> getBeginDate();

  /**
   * The day from which the code is no longer used (<i>Einddatum</i>); empty if the code is live.
   */
  public abstract Optional<LocalDate> getEndDate();

  /**
   * The entry this one refines (<i>Parent</i>), written as VERA writes it: list and code joined by
   * a dot, e.g. {@code "EENHEIDSOORT.WOO"}; empty if there is none.
   */
  public abstract Optional<String> getParent();

  /** Whether the release has given this row an end date. */
  public boolean endDated() {
    return getEndDate().isPresent();
  }

  /** The code part of {@link #getParent()}, e.g. {@code "WOO"}; empty if there is no parent. */
  public Optional<String> parentCode() {
    return getParent().map(parent -> parent.substring(parent.indexOf('.') + 1));
  }

  @Value.Check
  final void check() {
    if (getBeginDate().isPresent() && getEndDate().isPresent()
        && getEndDate().get().isBefore(getBeginDate().get())) {
      throw new IllegalStateException("VERA entry " + getCodeList() + "." + getCode() + " ends ("
          + getEndDate().get() + ") before it begins (" + getBeginDate().get() + ")");
    }
  }

  /** Builds a {@link VeraEntry}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableVeraEntry.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
