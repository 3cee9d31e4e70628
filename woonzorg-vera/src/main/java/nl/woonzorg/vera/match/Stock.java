package nl.woonzorg.vera.match;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apiguardian.api.API;

/**
 * A stock of homes in the form matching reads (<i>woningvoorraad</i>): per home its id, what it
 * offers, its rent and its rooms, in flat arrays built once, so that a household is matched
 * against 100,000 homes in a few milliseconds.
 *
 * <p>What a home offers is read from its VERA codes, as VERA's reference data defines them:
 *
 * <ul>
 *   <li><b>zero-step</b> (<i>nultredenwoning</i>): a {@code toegankelijkheidslabel} that is
 *       zero-step ({@code NUL}, {@code ROA}, {@code ROL}, {@code RUI}; see {@link
 *       AccessibilityLabel#isZeroStep()}), or a {@code woonvorm} {@code GEC} or {@code ZWO},
 *       which VERA defines as meeting the zero-step criteria;
 *   <li><b>wheelchair-accessible</b>: label {@code ROL} or {@code RUI}, or woonvorm {@code ADL}
 *       (adapted for wheelchair users by definition), and so zero-step as well. A {@code ZWO} is
 *       not, by itself: VERA lets a rebuilt one be only rollator-accessible;
 *   <li><b>clustered with a meeting room</b>: woonvorm {@code GEC} (at least 12 homes and a
 *       meeting room, by definition) or {@code ZWO} (the GEC criteria and more);
 *   <li><b>care-ready</b> (<i>zorggeschikt</i>): woonvorm {@code ZWO}, {@code ADL} (a 24-hour care
 *       post) or {@code SEN} (senior home with care);
 *   <li><b>for older people</b>: woonvorm {@code GEC} (for residents of 55 and over, by
 *       definition) or {@code doelgroep} {@code SEN};
 *   <li><b>rent</b>: {@code rekenhuur}, the rent that counts for huurtoeslag and so for passend
 *       toewijzen, in cents rounded up (so that a rent of a fraction of a cent above a limit in
 *       whole cents stays above it);
 *   <li><b>rooms</b>: {@code kamersAantal}.
 * </ul>
 *
 * <p>A home without a label or woonvorm offers none of these: what is not recorded cannot be
 * shown to fit. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Stock {

  // What a home offers, each as the bit of the reason a home lacking it gets: a household's
  // needs then give a home's reasons in one step, need & ~offers.
  static final int ZERO_STEP = Mismatch.ZERO_STEP.bit();
  static final int WHEELCHAIR = Mismatch.WHEELCHAIR.bit();
  static final int CLUSTERED = Mismatch.CLUSTERED.bit();
  static final int CARE_READY = Mismatch.CARE_READY.bit();
  /** For older people: not a need but a condition, judged against the household's ages. */
  static final int FOR_OLDER = Mismatch.AGE.bit();
  /** Rent or rooms not recorded. */
  static final long UNKNOWN = -1;

  private static final Set<String> ZERO_STEP_LABELS = Arrays.stream(AccessibilityLabel.values())
      .filter(AccessibilityLabel::isZeroStep).map(Coded::getCode).collect(Collectors.toSet());
  private static final Set<String> ZERO_STEP_FORMS =
      codes(HousingForm.GECLUSTERDE_WOONVORM, HousingForm.ZORGGESCHIKTE_WONING);
  private static final Set<String> WHEELCHAIR_LABELS = codes(AccessibilityLabel.ROLSTOELWONING,
      AccessibilityLabel.EXTRA_RUIME_ROLSTOELWONING);
  private static final Set<String> WHEELCHAIR_FORMS = codes(HousingForm.ADL_CLUSTERWONING);
  private static final Set<String> CLUSTERED_FORMS = ZERO_STEP_FORMS;
  private static final Set<String> CARE_READY_FORMS = codes(HousingForm.ZORGGESCHIKTE_WONING,
      HousingForm.ADL_CLUSTERWONING, HousingForm.SENIORENWONING_MET_ZORG);
  private static final Set<String> FOR_OLDER_FORMS = codes(HousingForm.GECLUSTERDE_WOONVORM);
  private static final Set<String> FOR_OLDER_GROUPS = codes(VeraTargetGroup.SENIOREN);

  private final String[] ids;
  private final int[] offers;
  private final long[] rentCents;
  private final int[] rooms;

  private Stock(String[] ids, int[] offers, long[] rentCents, int[] rooms) {
    this.ids = ids;
    this.offers = offers;
    this.rentCents = rentCents;
    this.rooms = rooms;
  }

  private static Set<String> codes(Coded... entries) {
    return Arrays.stream(entries).map(Coded::getCode).collect(Collectors.toUnmodifiableSet());
  }

  /** The homes of {@code units}, in their order. */
  public static Stock of(List<VeraUnit> units) {
    Builder builder = builder();
    units.forEach(builder::add);
    return builder.build();
  }

  /** A builder, to add units one at a time (from a stream, say). */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of homes. */
  public int size() {
    return ids.length;
  }

  /** The id of the home at {@code index} ({@code id} of its unit; empty if it had none). */
  public String id(int index) {
    return ids[index];
  }

  int offers(int index) {
    return offers[index];
  }

  long rentCents(int index) {
    return rentCents[index];
  }

  int rooms(int index) {
    return rooms[index];
  }

  /** Adds units one at a time; not thread-safe, and spent by {@link #build()}. */
  public static final class Builder {
    private final List<String> ids = new ArrayList<>();
    private int[] offers = new int[16];
    private long[] rentCents = new long[16];
    private int[] rooms = new int[16];

    private Builder() {}

    /** Adds the home {@code unit} describes. */
    public Builder add(VeraUnit unit) {
      Objects.requireNonNull(unit, "unit");
      int index = ids.size();
      if (index == offers.length) {
        offers = Arrays.copyOf(offers, index * 2);
        rentCents = Arrays.copyOf(rentCents, index * 2);
        rooms = Arrays.copyOf(rooms, index * 2);
      }
      ids.add(unit.getId().orElse(""));
      offers[index] = offersOf(unit);
      rentCents[index] = unit.getEligibleRent()
          .map(rent -> rent.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact())
          .orElse(UNKNOWN);
      rooms[index] = unit.getRooms().orElse((int) UNKNOWN);
      return this;
    }

    /** The stock of the units added. */
    public Stock build() {
      int size = ids.size();
      return new Stock(ids.toArray(String[]::new), Arrays.copyOf(offers, size),
          Arrays.copyOf(rentCents, size), Arrays.copyOf(rooms, size));
    }
  }

  private static int offersOf(VeraUnit unit) {
    String label = code(unit.getAccessibilityLabel());
    String form = code(unit.getHousingForm());
    String group = code(unit.getTargetGroup());
    int offers = 0;
    if (ZERO_STEP_LABELS.contains(label) || ZERO_STEP_FORMS.contains(form)) {
      offers |= ZERO_STEP;
    }
    if (WHEELCHAIR_LABELS.contains(label) || WHEELCHAIR_FORMS.contains(form)) {
      offers |= WHEELCHAIR | ZERO_STEP;
    }
    if (CLUSTERED_FORMS.contains(form)) {
      offers |= CLUSTERED;
    }
    if (CARE_READY_FORMS.contains(form)) {
      offers |= CARE_READY;
    }
    if (FOR_OLDER_FORMS.contains(form) || FOR_OLDER_GROUPS.contains(group)) {
      offers |= FOR_OLDER;
    }
    return offers;
  }

  private static String code(Optional<VeraCode> value) {
    return value.map(VeraCode::getCode).orElse("");
  }
}
