package nl.woonzorg.analysis.supply;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The supply (<i>aanbod</i>) of homes in one area: how many count in each {@link
 * ProgrammeCategory} of the programme <i>Wonen en zorg voor ouderen</i>, and how many count in
 * none. Each home counts once, in its most specific category ({@link Dwelling#programmeCategory()}),
 * so the counts add up to the {@linkplain #total() total}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AreaSupply {

  private static final ProgrammeCategory[] CATEGORIES = ProgrammeCategory.values();
  /** The slot of the homes outside the programme, after one slot per category by ordinal. */
  private static final int OUTSIDE = CATEGORIES.length;

  private final long[] counts;

  private AreaSupply(long[] counts) {
    this.counts = counts;
  }

  /**
   * Returns the supply with {@code inCategory} homes per category (a category left out has none)
   * and {@code outsideProgramme} homes in no category.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static AreaSupply of(Map<ProgrammeCategory, Long> inCategory, long outsideProgramme) {
    long[] counts = emptyCounts();
    inCategory.forEach((category, count) -> counts[category.ordinal()] = count);
    counts[OUTSIDE] = outsideProgramme;
    if (Arrays.stream(counts).anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("a number of homes cannot be negative: " + inCategory
          + ", outside the programme " + outsideProgramme);
    }
    return new AreaSupply(counts);
  }

  /** The number of homes in {@code category}; zero if none. */
  public long count(ProgrammeCategory category) {
    return counts[category.ordinal()];
  }

  /** The number of homes in no programme category; zero if none. */
  public long outsideProgramme() {
    return counts[OUTSIDE];
  }

  /**
   * The number of homes in each category, every category present, in declaration order;
   * unmodifiable.
   */
  public Map<ProgrammeCategory, Long> byCategory() {
    Map<ProgrammeCategory, Long> byCategory = new EnumMap<>(ProgrammeCategory.class);
    for (ProgrammeCategory category : CATEGORIES) {
      byCategory.put(category, count(category));
    }
    return Collections.unmodifiableMap(byCategory);
  }

  /**
   * The number of homes, in a category or not.
   *
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}
   */
  public long total() {
    return Arrays.stream(counts).reduce(0, Math::addExact);
  }

  /** Zero homes in every slot, for a tally to fill with {@link #count(long[], Optional)}. */
  static long[] emptyCounts() {
    return new long[OUTSIDE + 1];
  }

  /** Counts one more home in {@code category}, or outside the programme if it is empty. */
  static void count(long[] counts, Optional<ProgrammeCategory> category) {
    counts[category.map(Enum::ordinal).orElse(OUTSIDE)]++;
  }

  /** The supply {@code counts} hold; they are copied, so the tally may go on counting. */
  static AreaSupply copyOf(long[] counts) {
    return new AreaSupply(counts.clone());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AreaSupply && Arrays.equals(counts, ((AreaSupply) other).counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** The counts per category and outside the programme, for debugging; the form may change. */
  @Override
  public String toString() {
    return byCategory() + " and " + outsideProgramme() + " outside the programme";
  }
}
