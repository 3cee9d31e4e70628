package nl.woonzorg.vera.match;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Matches a household against a stock (<i>passendheidstoets</i>) under a year's rent limits and
 * a policy: the age from which a member counts as older, for homes meant for older people, and
 * the rooms a household of each size needs.
 *
 * <p>A home fits when it offers all the household needs and meets its conditions:
 *
 * <ul>
 *   <li>a wheelchair user needs a wheelchair-accessible home, which is zero-step too; a walking
 *       aid needs a zero-step home; a care indication a care-ready home; the wish for clustered
 *       living a clustered home with a meeting room (what each is: {@link Stock});
 *   <li>a home for older people needs a member at least {@link #seniorAge()} old — 55 by default,
 *       the age in VERA's definition of the geclusterde woonvorm;
 *   <li>for a household in {@link IncomeBand#PASSEND_TOEWIJZEN}, the {@code rekenhuur} at most the
 *       year's capping limit for its size ({@link RentLimits#limitFor}); a home without a
 *       rekenhuur cannot be shown to fit;
 *   <li>at least the rooms ({@code kamersAantal}, the living room counted) the household's size
 *       needs: by default one per member, so a single person needs one and a couple two; {@link
 *       #withMinimumRooms} sets another table.
 * </ul>
 *
 * <p>Each condition not met is a {@link Mismatch}; a home has all that apply. Immutable and
 * thread-safe: one matcher serves every application of a year.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Matcher {

  /** The default age from which a member counts as older: VERA's GEC is for 55 and over. */
  public static final int DEFAULT_SENIOR_AGE = 55;

  private final RentLimits rentLimits;
  private final int seniorAge;
  /** Rooms needed by a household of size i + 1; the last entry for every larger size. */
  private final int[] minimumRooms;

  private Matcher(RentLimits rentLimits, int seniorAge, int[] minimumRooms) {
    this.rentLimits = rentLimits;
    this.seniorAge = seniorAge;
    this.minimumRooms = minimumRooms;
  }

  /** A matcher under {@code rentLimits}, with the default policy. */
  public static Matcher of(RentLimits rentLimits) {
    return new Matcher(Objects.requireNonNull(rentLimits, "rentLimits"), DEFAULT_SENIOR_AGE,
        new int[0]);
  }

  /** This matcher with homes for older people open from {@code age}. */
  public Matcher withSeniorAge(int age) {
    if (age < 0 || age > Household.MAX_AGE) {
      throw new IllegalArgumentException("an age is from 0 to " + Household.MAX_AGE);
    }
    return new Matcher(rentLimits, age, minimumRooms);
  }

  /**
   * This matcher with the rooms a household needs by size: {@code bySize[0]} for one member,
   * {@code bySize[1]} for two, …, the last for that size and every larger one.
   */
  public Matcher withMinimumRooms(int... bySize) {
    if (bySize.length == 0 || Arrays.stream(bySize).anyMatch(rooms -> rooms < 1)) {
      throw new IllegalArgumentException("at least one size, each needing at least one room");
    }
    return new Matcher(rentLimits, seniorAge, bySize.clone());
  }

  /** The rent limits this matcher holds rents against. */
  public RentLimits rentLimits() {
    return rentLimits;
  }

  /** The age from which a member counts as older. */
  public int seniorAge() {
    return seniorAge;
  }

  /** The rooms a household of {@code size} members needs. */
  public int minimumRooms(int size) {
    if (minimumRooms.length == 0) {
      return size;
    }
    return minimumRooms[Math.min(size, minimumRooms.length) - 1];
  }

  /**
   * Which homes of {@code stock} fit {@code household}, and every reason for each that does not.
   * Time in proportion to the stock; one {@code int} of memory per home.
   */
  public MatchResult match(Household household, Stock stock) {
    int need = 0;
    if (household.isWheelchairUser()) {
      need |= Stock.WHEELCHAIR | Stock.ZERO_STEP;
    }
    if (household.isWalkingAid()) {
      need |= Stock.ZERO_STEP;
    }
    if (household.isCareIndication()) {
      need |= Stock.CARE_READY;
    }
    if (household.isSeekingClustered()) {
      need |= Stock.CLUSTERED;
    }
    // A home for older people is closed to a household without an older member.
    int closed = household.oldest() >= seniorAge ? 0 : Stock.FOR_OLDER;
    boolean capped = household.getIncomeBand() == IncomeBand.PASSEND_TOEWIJZEN;
    long cap = rentLimits.centsFor(household.size());
    int rooms = minimumRooms(household.size());
    int[] reasons = new int[stock.size()];
    int fitting = 0;
    for (int i = 0; i < reasons.length; i++) {
      int offers = stock.offers(i);
      int reason = (need & ~offers) | (closed & offers);
      if (capped) {
        long rent = stock.rentCents(i);
        reason |= rent == Stock.UNKNOWN ? Mismatch.RENT_UNKNOWN.bit()
            : rent > cap ? Mismatch.RENT.bit() : 0;
      }
      int homeRooms = stock.rooms(i);
      reason |= homeRooms == Stock.UNKNOWN ? Mismatch.ROOMS_UNKNOWN.bit()
          : homeRooms < rooms ? Mismatch.ROOMS.bit() : 0;
      reasons[i] = reason;
      if (reason == 0) {
        fitting++;
      }
    }
    return new MatchResult(stock, reasons, fitting, capped ? rentLimits.limitFor(household.size())
        : null, rooms);
  }
}
