package nl.woonzorg.vera.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of matching one household against a stock (<i>passendheidsuitslag</i>): per home,
 * by its index in the stock, whether it fits and otherwise every {@link Mismatch}; and the limits
 * applied, so that each verdict can say what it was held against.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MatchResult {

  private static final Mismatch[] REASONS = Mismatch.values();

  private final Stock stock;
  private final int[] reasons;
  private final int fitting;
  private final @Nullable BigDecimal rentLimit;
  private final int minimumRooms;

  MatchResult(Stock stock, int[] reasons, int fitting, @Nullable BigDecimal rentLimit,
      int minimumRooms) {
    this.stock = stock;
    this.reasons = reasons;
    this.fitting = fitting;
    this.rentLimit = rentLimit;
    this.minimumRooms = minimumRooms;
  }

  /** The number of homes judged: the stock's size. */
  public int size() {
    return reasons.length;
  }

  /** The number of homes that fit. */
  public int fittingCount() {
    return fitting;
  }

  /** Whether the home at {@code index} fits. */
  public boolean fits(int index) {
    return reasons[index] == 0;
  }

  /** Why the home at {@code index} does not fit; empty if it fits. A new, mutable set. */
  public Set<Mismatch> reasons(int index) {
    Set<Mismatch> set = EnumSet.noneOf(Mismatch.class);
    for (Mismatch reason : REASONS) {
      if ((reasons[index] & reason.bit()) != 0) {
        set.add(reason);
      }
    }
    return set;
  }

  /** The id of the home at {@code index}, as in the stock. */
  public String id(int index) {
    return stock.id(index);
  }

  /** The ids of the homes that fit, in the stock's order; an immutable list. */
  public List<String> fittingIds() {
    List<String> ids = new ArrayList<>(fitting);
    for (int i = 0; i < reasons.length; i++) {
      if (reasons[i] == 0) {
        ids.add(stock.id(i));
      }
    }
    return List.copyOf(ids);
  }

  /** How many homes have {@code reason} among their reasons. */
  public int count(Mismatch reason) {
    int count = 0;
    for (int homeReasons : reasons) {
      if ((homeReasons & reason.bit()) != 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The rent limit the homes' rekenhuur was held against; empty if passend toewijzen did not
   * apply (the household's income is above its limit). Its source is the matcher's {@link
   * RentLimits#source()}.
   */
  public Optional<BigDecimal> rentLimit() {
    return Optional.ofNullable(rentLimit);
  }

  /** The rooms the household needed. */
  public int minimumRooms() {
    return minimumRooms;
  }
}
