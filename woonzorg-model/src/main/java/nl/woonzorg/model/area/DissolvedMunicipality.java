package nl.woonzorg.model.area;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente that a municipal reorganisation (<i>gemeentelijke herindeling</i>) dissolved
 * (<i>opgeheven</i>): its CBS gemeentecode, its name, the day the new situation started — the
 * first day on which its code no longer holds — and the gemeente or gemeenten its territory went
 * to (<i>opvolgers</i>). {@link MunicipalReorganisations} holds the bundled history.
 *
 * <p>A gemeente split over several others (Littenseradiel in 2018, Haaren in 2021) has several
 * successors; which part went where is not recorded, so a code of such a gemeente cannot be
 * translated to one successor without knowing the place.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class DissolvedMunicipality {

  DissolvedMunicipality() {}

  /** The CBS gemeentecode it had, {@code GM} and four digits, e.g. {@code "GM0457"} (Weesp). */
  @Value.Parameter
  public abstract String getCode();

  /** The name as CBS wrote it, e.g. {@code "Weesp"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * The day the reorganisation took effect (<i>datum herindeling</i>): the first day on which the
   * gemeente no longer existed, e.g. 24 March 2022 for Weesp. On the day before, its code held.
   */
  @Value.Parameter
  public abstract LocalDate getDissolvedOn();

  /**
   * The CBS gemeentecodes of the gemeenten its territory went to, as the history lists them (the
   * bundled file: in code order); at least one, none twice. A successor may itself have been
   * dissolved later: {@link MunicipalReorganisations#currentSuccessors(String)} follows the chain.
   */
  @Value.Parameter
  public abstract List<String> getSuccessorCodes();

  /**
   * Returns the dissolved gemeente with the given code, name, date and successors.
   *
   * @throws IllegalStateException if a code is not of the form {@code GMnnnn}, there is no
   *     successor, a successor is named twice or is the gemeente itself
   */
  public static DissolvedMunicipality of(String code, String name, LocalDate dissolvedOn,
      List<String> successorCodes) {
    return ImmutableDissolvedMunicipality.of(code, name, dissolvedOn, successorCodes);
  }

  /** Whether the gemeente no longer existed on {@code date}: the date is on or after the day. */
  public boolean isDissolvedOn(LocalDate date) {
    return !date.isBefore(getDissolvedOn());
  }

  @Value.Check
  final void check() {
    if (!AreaType.GEMEENTE.hasCodeFormat(getCode())) {
      throw new IllegalStateException(
          "a CBS gemeentecode is of the form GMnnnn, not '" + getCode() + "'");
    }
    if (getSuccessorCodes().isEmpty()) {
      throw new IllegalStateException("dissolved gemeente " + getCode() + " has no successor");
    }
    Set<String> seen = new HashSet<>();
    for (String successor : getSuccessorCodes()) {
      if (!AreaType.GEMEENTE.hasCodeFormat(successor)) {
        throw new IllegalStateException("successor of " + getCode()
            + ": a CBS gemeentecode is of the form GMnnnn, not '" + successor + "'");
      }
      if (successor.equals(getCode()) || !seen.add(successor)) {
        throw new IllegalStateException("dissolved gemeente " + getCode()
            + " names successor " + successor + " twice or as itself");
      }
    }
  }

  /**
   * Builds a {@link DissolvedMunicipality}. {@code build()} throws {@link IllegalStateException}
   * if an attribute is missing or a code is malformed.
   */
  public static final class Builder extends ImmutableDissolvedMunicipality.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
