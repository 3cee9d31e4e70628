package nl.woonzorg.vera.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;

/** Each reason on a small stock, the rent limits at their boundary, and the policy's tables. */
class MatcherTest {

  private static final Matcher MATCHER = Matcher.of(RentLimits.published(2025));

  private static VeraUnit.Builder home(String id) {
    return VeraUnit.builder().id(id).kind(VeraCode.of("WOO")).rooms(3)
        .eligibleRent(new BigDecimal("600.00"));
  }

  private static Household.Builder couple() {
    return Household.builder().addAges(70, 68).incomeBand(IncomeBand.PASSEND_TOEWIJZEN);
  }

  /** The reasons of each home of {@code homes} for {@code household}. */
  private static List<Set<Mismatch>> reasons(Household household, VeraUnit... homes) {
    MatchResult result = MATCHER.match(household, Stock.of(List.of(homes)));
    return IntStream.range(0, result.size()).mapToObj(result::reasons).toList();
  }

  @Test
  void aWalkingAidNeedsAZeroStepHome() {
    Household household = couple().walkingAid(true).build();

    assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of(Mismatch.ZERO_STEP),
            Set.of(Mismatch.ZERO_STEP), Set.of(Mismatch.ZERO_STEP)),
        reasons(household,
            home("nul").accessibilityLabel(VeraCode.of("NUL")).build(),
            home("roa").accessibilityLabel(VeraCode.of("ROA")).build(),
            home("gec").housingForm(VeraCode.of("GEC")).build(),
            home("rog").accessibilityLabel(VeraCode.of("ROG")).build(),
            home("gnv").accessibilityLabel(VeraCode.of("GNV")).build(),
            home("unlabelled").build()));
  }

  @Test
  void aWheelchairUserNeedsAWheelchairHomeWhichIsZeroStepToo() {
    Household household = couple().wheelchairUser(true).build();

    assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of(Mismatch.WHEELCHAIR),
            Set.of(Mismatch.WHEELCHAIR), EnumSet.of(Mismatch.ZERO_STEP, Mismatch.WHEELCHAIR)),
        reasons(household,
            home("rol").accessibilityLabel(VeraCode.of("ROL")).build(),
            home("rui").accessibilityLabel(VeraCode.of("RUI")).build(),
            home("adl").housingForm(VeraCode.of("ADL")).build(),
            home("nul").accessibilityLabel(VeraCode.of("NUL")).build(),
            home("zwo").housingForm(VeraCode.of("ZWO")).accessibilityLabel(VeraCode.of("ROA"))
                .build(),
            home("zon").accessibilityLabel(VeraCode.of("ZON")).build()));
  }

  @Test
  void clusteredLivingNeedsAClusteredFormAndACareIndicationACareReadyHome() {
    Household clustered = couple().seekingClustered(true).build();
    Household care = couple().careIndication(true).build();
    VeraUnit gec = home("gec").housingForm(VeraCode.of("GEC")).build();
    VeraUnit zwo = home("zwo").housingForm(VeraCode.of("ZWO")).build();
    VeraUnit sen = home("sen").housingForm(VeraCode.of("SEN")).build();
    VeraUnit gro = home("gro").housingForm(VeraCode.of("GRO")).build();

    assertEquals(List.of(Set.of(), Set.of(), Set.of(Mismatch.CLUSTERED),
        Set.of(Mismatch.CLUSTERED)), reasons(clustered, gec, zwo, sen, gro));
    assertEquals(List.of(Set.of(Mismatch.CARE_READY), Set.of(), Set.of(),
        Set.of(Mismatch.CARE_READY)), reasons(care, gec, zwo, sen, gro));
  }

  @Test
  void aHomeForOlderPeopleNeedsAMemberOfTheSeniorAge() {
    VeraUnit gec = home("gec").housingForm(VeraCode.of("GEC")).build();
    VeraUnit senioren = home("sen").targetGroup(VeraCode.of("SEN")).build();
    VeraUnit regular = home("regular").build();
    Household young = Household.builder().addAges(54, 30).incomeBand(IncomeBand.ABOVE).build();
    Household mixed = Household.builder().addAges(55, 30).incomeBand(IncomeBand.ABOVE).build();

    assertEquals(List.of(Set.of(Mismatch.AGE), Set.of(Mismatch.AGE), Set.of()),
        reasons(young, gec, senioren, regular));
    assertEquals(List.of(Set.of(), Set.of(), Set.of()), reasons(mixed, gec, senioren, regular));
    assertEquals(List.of(Set.of(), Set.of(), Set.of()), IntStream.range(0, 3)
        .mapToObj(MATCHER.withSeniorAge(50).match(young, Stock.of(List.of(gec, senioren,
            regular)))::reasons).toList());
  }

  /**
   * 2025: a one- or two-person household up to the low capping limit, € 682.96, a larger one up
   * to the high limit, € 731.93; a fraction of a cent above is above.
   */
  @Test
  void theRentIsHeldAgainstTheYearsCappingLimitForTheHouseholdsSize() {
    VeraUnit atLow = home("682.96").eligibleRent(new BigDecimal("682.96")).build();
    VeraUnit aboveLow = home("682.961").eligibleRent(new BigDecimal("682.961")).build();
    VeraUnit atHigh = home("731.93").eligibleRent(new BigDecimal("731.93")).build();
    VeraUnit aboveHigh = home("731.94").eligibleRent(new BigDecimal("731.94")).build();
    VeraUnit unknown = VeraUnit.builder().id("no rent").rooms(3).build();
    Household three = Household.builder().addAges(40, 38, 8)
        .incomeBand(IncomeBand.PASSEND_TOEWIJZEN).build();

    assertEquals(List.of(Set.of(), Set.of(Mismatch.RENT), Set.of(Mismatch.RENT),
            Set.of(Mismatch.RENT), Set.of(Mismatch.RENT_UNKNOWN)),
        reasons(couple().build(), atLow, aboveLow, atHigh, aboveHigh, unknown));
    assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of(Mismatch.RENT),
            Set.of(Mismatch.RENT_UNKNOWN)),
        reasons(three, atLow, aboveLow, atHigh, aboveHigh, unknown));
    assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
        reasons(couple().incomeBand(IncomeBand.ABOVE).build(), atLow, aboveLow, atHigh,
            aboveHigh, unknown));
  }

  @Test
  void aHouseholdNeedsARoomPerMemberUnlessTheTableSaysOtherwise() {
    VeraUnit one = home("1").rooms(1).build();
    VeraUnit two = home("2").rooms(2).build();
    VeraUnit none = VeraUnit.builder().id("?").eligibleRent(BigDecimal.TEN).build();
    Household couple = couple().build();

    assertEquals(List.of(Set.of(Mismatch.ROOMS), Set.of(), Set.of(Mismatch.ROOMS_UNKNOWN)),
        reasons(couple, one, two, none));
    Matcher lenient = MATCHER.withMinimumRooms(1, 1, 2);
    assertEquals(1, lenient.minimumRooms(2));
    assertEquals(2, lenient.minimumRooms(7));
    assertEquals(List.of(true, true), List.of(lenient.match(couple, Stock.of(List.of(one, two)))
        .fits(0), lenient.match(couple, Stock.of(List.of(one, two))).fits(1)));
  }

  @Test
  void aHomeHasEveryReasonThatAppliesAndTheResultCountsThem() {
    Household household = couple().wheelchairUser(true).careIndication(true)
        .seekingClustered(true).build();
    VeraUnit bad = home("bad").accessibilityLabel(VeraCode.of("ZON")).rooms(1)
        .eligibleRent(new BigDecimal("900")).build();
    VeraUnit good = home("good").housingForm(VeraCode.of("ZWO"))
        .accessibilityLabel(VeraCode.of("ROL")).build();

    MatchResult result = MATCHER.match(household, Stock.of(List.of(bad, good)));

    assertEquals(EnumSet.of(Mismatch.ZERO_STEP, Mismatch.WHEELCHAIR, Mismatch.CLUSTERED,
        Mismatch.CARE_READY, Mismatch.RENT, Mismatch.ROOMS), result.reasons(0));
    assertEquals(List.of("good"), result.fittingIds());
    assertEquals(1, result.fittingCount());
    assertEquals(1, result.count(Mismatch.WHEELCHAIR));
    assertEquals(new BigDecimal("682.96"), result.rentLimit().orElseThrow());
    assertEquals(2, result.minimumRooms());
  }

  @Test
  void eachReasonHasAStableCodeAndLabelsInBothLanguages() {
    assertEquals(List.of("NULTREDEN", "ROLSTOEL", "GECLUSTERD", "ZORGGESCHIKT", "LEEFTIJD",
        "HUUR", "HUUR-ONBEKEND", "KAMERS", "KAMERS-ONBEKEND"),
        Arrays.stream(Mismatch.values()).map(Mismatch::getCode).toList());
    assertEquals("geen nultredenwoning", Mismatch.ZERO_STEP.getLabel(Locale.forLanguageTag("nl")));
    assertEquals("rent above the capping limit", Mismatch.RENT.getLabel(Locale.ENGLISH));
  }

  @Test
  void limitsNeedASourceWholeCentsAndOrder() {
    assertEquals(2025, RentLimits.published(2025).year());
    assertThrows(IllegalArgumentException.class, () -> RentLimits.published(2026));
    assertThrows(IllegalArgumentException.class, () -> RentLimits.of(2026,
        new BigDecimal("700.00"), new BigDecimal("750.00"), " "));
    assertThrows(IllegalArgumentException.class, () -> RentLimits.of(2026,
        new BigDecimal("700.001"), new BigDecimal("750.00"), "x"));
    assertThrows(IllegalArgumentException.class, () -> RentLimits.of(2026,
        new BigDecimal("750.00"), new BigDecimal("700.00"), "x"));
    assertEquals(new BigDecimal("750.00"), RentLimits.of(2026, new BigDecimal("700.00"),
        new BigDecimal("750.00"), "the user's figures").limitFor(3));
    assertThrows(IllegalStateException.class,
        () -> Household.builder().incomeBand(IncomeBand.ABOVE).build());
    assertThrows(IllegalStateException.class,
        () -> Household.builder().addAges(131).incomeBand(IncomeBand.ABOVE).build());
  }
}
