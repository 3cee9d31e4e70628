package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/**
 * The rules that look up other parts of the vision through the per-call index report what a
 * straightforward scan of the vision finds: goal owners that take part (WZ-SMART-A-02),
 * signatories (WZ-SIGN-01, WZ-SIGN-02) and agreements measured through their goals
 * (WZ-SMART-M-03), on visions where several agreements serve several goals, ids repeat and
 * references dangle.
 */
class IndexedRulesTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  private static final String UNKNOWN_PARTY = "partij-onbekend";
  private static final List<String> PARTY_IDS = List.of(GemeenteA.GEMEENTE,
      GemeenteA.CORPORATIE_X, GemeenteA.CORPORATIE_Y, GemeenteA.HUURDERS, GemeenteA.WELZIJN,
      UNKNOWN_PARTY);
  private static final Set<PartyType> CARE_AND_WELFARE =
      EnumSet.of(PartyType.ZORGAANBIEDER, PartyType.WELZIJNSORGANISATIE, PartyType.ZORGKANTOOR);

  @Test
  void ownersAreLookedUpInEveryAgreementThatServesTheirGoal() {
    Goal base = GemeenteA.clusteredHousingGoal();
    PerformanceAgreement agreement = GemeenteA.clusteredHousingAgreement();
    HousingCareVision vision = Fixtures.vision(v -> v
        .goals(List.of(
            goal(base, "doel-1", GemeenteA.CORPORATIE_X, GemeenteA.HUURDERS),
            goal(base, "doel-2", GemeenteA.HUURDERS, GemeenteA.CORPORATIE_Y),
            goal(base, "doel-3", GemeenteA.CORPORATIE_X),
            goal(base, "doel-4", GemeenteA.WELZIJN)))
        .agreements(List.of(
            agreement(agreement, "afspraak-1", List.of("doel-1", "doel-2"),
                GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X),
            agreement(agreement, "afspraak-2", List.of("doel-2", "doel-3"), GemeenteA.HUURDERS),
            agreement(agreement, "afspraak-3", List.of("doel-1", "doel-1"),
                GemeenteA.GEMEENTE))));

    assertEquals(List.of(
            "/goals/0/ownerPartyIds/1 huurdersorganisatie-a",
            "/goals/1/ownerPartyIds/1 corporatie-y",
            "/goals/2/ownerPartyIds/0 corporatie-x"),
        found(VALIDATOR.validate(vision), "WZ-SMART-A-02"),
        "doel-1 is served by afspraak-1 and -3, doel-2 by -1 and -2, doel-3 by -2, doel-4 by none");
  }

  @Test
  void theIndexedRulesReportWhatAScanOfTheVisionFinds() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      HousingCareVision vision = vision(new Random(seed));
      Report report = VALIDATOR.validate(vision);
      assertEquals(ownersNotTakingPart(vision), found(report, "WZ-SMART-A-02"), "WZ-SMART-A-02");
      assertEquals(statutorySignatoriesMissing(vision), found(report, "WZ-SIGN-01"), "WZ-SIGN-01");
      assertEquals(notCoSigned(vision), found(report, "WZ-SIGN-02"), "WZ-SIGN-02");
      assertEquals(notMeasurable(vision), found(report, "WZ-SMART-M-03"), "WZ-SMART-M-03");
    });
  }

  /** Up to six goals and five agreements on a few ids each, with a party id used twice. */
  private static HousingCareVision vision(Random random) {
    Goal baseGoal = GemeenteA.clusteredHousingGoal();
    PerformanceAgreement baseAgreement = GemeenteA.clusteredHousingAgreement();
    List<Goal> goals = new ArrayList<>();
    for (int i = random.nextInt(7); i > 0; i--) {
      Goal.Builder goal = Goal.builder().from(baseGoal).id("doel-" + random.nextInt(5))
          .ownerPartyIds(pick(random, PARTY_IDS, 3));
      if (random.nextBoolean()) {
        goal.target(Optional.empty());
      }
      if (random.nextBoolean()) {
        goal.indicator(Optional.empty()).indicatorId(Optional.empty());
      }
      goals.add(goal.build());
    }
    List<PerformanceAgreement> agreements = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      List<AgreementParty> parties = new ArrayList<>();
      for (String party : pick(random, PARTY_IDS, 4)) {
        parties.add(random.nextInt(4) == 0 ? AgreementParty.of(party, PartyRole.UITVOERDER)
            : AgreementParty.of(party, PartyRole.ONDERTEKENAAR));
      }
      PerformanceAgreement.Builder agreement = PerformanceAgreement.builder().from(baseAgreement)
          .id("afspraak-" + i)
          .goalIds(pick(random, List.of("doel-0", "doel-1", "doel-2", "doel-3", "doel-4",
              "doel-5"), 3))
          .parties(parties);
      if (random.nextBoolean()) {
        agreement.target(Optional.empty());
      }
      if (random.nextBoolean()) {
        agreement.indicatorIds(List.of());
      }
      agreements.add(agreement.build());
    }
    // The second party with this id is a care provider; lookups find the first, the tenants.
    Party duplicate = Party.of(GemeenteA.HUURDERS, "Zorgaanbieder onder dezelfde id",
        PartyType.ZORGAANBIEDER);
    return Fixtures.vision(v -> v.addParties(duplicate).goals(goals).agreements(agreements));
  }

  private static List<String> pick(Random random, List<String> from, int most) {
    List<String> picked = new ArrayList<>();
    for (int i = random.nextInt(most + 1); i > 0; i--) {
      picked.add(from.get(random.nextInt(from.size())));
    }
    return picked;
  }

  private static Goal goal(Goal base, String id, String... owners) {
    return Goal.builder().from(base).id(id).ownerPartyIds(List.of(owners)).build();
  }

  private static PerformanceAgreement agreement(PerformanceAgreement base, String id,
      List<String> goalIds, String... parties) {
    List<AgreementParty> taking = new ArrayList<>();
    for (String party : parties) {
      taking.add(AgreementParty.of(party, PartyRole.ONDERTEKENAAR));
    }
    return PerformanceAgreement.builder().from(base).id(id).goalIds(goalIds).parties(taking)
        .build();
  }

  private static List<String> found(Report report, String ruleId) {
    return report.findings(ruleId).stream()
        .map(f -> f.getLocation() + f.getValue().map(value -> " " + value).orElse(""))
        .sorted().toList();
  }

  private static String at(JsonPointer pointer, Object value) {
    return pointer + " " + value;
  }

  // The oracles below scan the vision as the rules did before they had an index.

  private static List<String> ownersNotTakingPart(HousingCareVision vision) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < vision.getGoals().size(); i++) {
      Goal goal = vision.getGoals().get(i);
      List<PerformanceAgreement> serving = vision.getAgreements().stream()
          .filter(agreement -> agreement.getGoalIds().contains(goal.getId())).toList();
      Set<String> parties = serving.stream().flatMap(agreement -> agreement.getParties().stream())
          .map(AgreementParty::getPartyId).collect(Collectors.toSet());
      for (int j = 0; j < goal.getOwnerPartyIds().size(); j++) {
        String owner = goal.getOwnerPartyIds().get(j);
        if (!serving.isEmpty() && !parties.contains(owner)) {
          out.add(at(JsonPointer.of("goals").append(i).append("ownerPartyIds").append(j), owner));
        }
      }
    }
    return out.stream().sorted().toList();
  }

  private static Set<PartyType> signingTypes(HousingCareVision vision,
      PerformanceAgreement agreement) {
    return agreement.partyIdsWithRole(PartyRole.ONDERTEKENAAR).stream()
        .flatMap(id -> vision.findParty(id).map(Party::getType).stream())
        .collect(Collectors.toSet());
  }

  private static List<String> statutorySignatoriesMissing(HousingCareVision vision) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      Set<PartyType> signing = signingTypes(vision, vision.getAgreements().get(i));
      for (PartyType type : List.of(PartyType.GEMEENTE, PartyType.WONINGCORPORATIE,
          PartyType.HUURDERSORGANISATIE)) {
        if (!signing.contains(type)) {
          out.add(at(JsonPointer.of("agreements").append(i).append("parties"), type.getCode()));
        }
      }
    }
    return out.stream().sorted().toList();
  }

  private static List<String> notCoSigned(HousingCareVision vision) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      if (signingTypes(vision, vision.getAgreements().get(i)).stream()
          .noneMatch(CARE_AND_WELFARE::contains)) {
        out.add(JsonPointer.of("agreements").append(i).append("parties").toString());
      }
    }
    return out.stream().sorted().toList();
  }

  private static List<String> notMeasurable(HousingCareVision vision) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      PerformanceAgreement agreement = vision.getAgreements().get(i);
      List<Goal> served = agreement.getGoalIds().stream()
          .flatMap(id -> vision.findGoal(id).stream()).toList();
      boolean target = agreement.getTarget().isPresent()
          || served.stream().anyMatch(goal -> goal.getTarget().isPresent());
      boolean indicator = !agreement.getIndicatorIds().isEmpty() || served.stream()
          .anyMatch(goal -> goal.getIndicator().isPresent() || goal.getIndicatorId().isPresent());
      if (!(target && indicator)) {
        out.add(JsonPointer.of("agreements").append(i).append("target").toString());
      }
    }
    return out.stream().sorted().toList();
  }
}
