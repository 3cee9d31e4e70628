package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;

/** Gemeente A with one change each: the violations the rule tests trigger. */
final class Fixtures {

  private Fixtures() {}

  static HousingCareVision vision(UnaryOperator<HousingCareVision.Builder> change) {
    return change.apply(HousingCareVision.builder().from(GemeenteA.vision())).build();
  }

  /** Gemeente A with its one goal changed. */
  static HousingCareVision goal(UnaryOperator<Goal.Builder> change) {
    Goal goal = change.apply(Goal.builder().from(GemeenteA.clusteredHousingGoal())).build();
    return vision(v -> v.goals(List.of(goal)));
  }

  /** Gemeente A with agreement {@code index} (0: clustered housing, 1: monitoring) changed. */
  static HousingCareVision agreement(int index,
      UnaryOperator<PerformanceAgreement.Builder> change) {
    List<PerformanceAgreement> agreements = new ArrayList<>(GemeenteA.vision().getAgreements());
    agreements.set(index,
        change.apply(PerformanceAgreement.builder().from(agreements.get(index))).build());
    return vision(v -> v.agreements(agreements));
  }

  /** Gemeente A with a third agreement, signed by the three statutory parties. */
  static HousingCareVision extraAgreement(AgreementType type,
      UnaryOperator<PerformanceAgreement.Builder> change) {
    return vision(v -> v.addAgreements(change.apply(extraAgreementBuilder(type)).build()));
  }

  static PerformanceAgreement.Builder extraAgreementBuilder(AgreementType type) {
    return PerformanceAgreement.builder()
        .id("afspraak-extra")
        .title("Extra afspraak")
        .type(type)
        .domain(AgreementDomain.ZORG_EN_WELZIJN)
        .addParties(
            AgreementParty.of(GemeenteA.GEMEENTE, PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of(GemeenteA.CORPORATIE_X, PartyRole.ONDERTEKENAAR),
            AgreementParty.of(GemeenteA.HUURDERS, PartyRole.ONDERTEKENAAR))
        .addGoalIds(GemeenteA.GOAL_CLUSTERED)
        .period(YearPeriod.of(2022, 2025))
        .addIndicatorIds(GemeenteA.INDICATOR_CLUSTERED);
  }

  /** Gemeente A with activity {@code index} of its programme changed. */
  static HousingCareVision activity(int index, UnaryOperator<Activity.Builder> change) {
    ImplementationProgramme programme = GemeenteA.programme();
    List<Activity> activities = new ArrayList<>(programme.getActivities());
    activities.set(index, change.apply(Activity.builder().from(activities.get(index))).build());
    return vision(v -> v.programme(
        ImplementationProgramme.builder().from(programme).activities(activities).build()));
  }

  /** A clean record: a zero-step clustered home of corporation x in Amsterdam. */
  static Dwelling.Builder dwelling() {
    return Dwelling.builder()
        .id("eenheid-1")
        .unitKind(UnitKind.WOONRUIMTE)
        .unitDetailKind(UnitDetailKind.GALERIJFLAT)
        .housingForm(HousingForm.GECLUSTERDE_WOONVORM)
        .accessibilityLabel(AccessibilityLabel.NULTREDENWONING)
        .municipalityCode("GM0363")
        .districtCode("WK036301")
        .postalCode("1011AB")
        .rooms(3);
  }

  /**
   * A clustered complex that meets every building rule: 20 units, all for 55-plussers, a meeting
   * room, four storeys with a lift and step-free access.
   */
  static Building.Builder building() {
    return Building.builder()
        .id("complex-1")
        .kind(BuildingKind.COMPLEX)
        .municipalityCode("GM0363")
        .districtCode("WK036301")
        .unitCount(20)
        .seniorUnitCount(20)
        .storeys(4)
        .meetingRoom(Presence.AANWEZIG)
        .lift(Presence.AANWEZIG)
        .stepFreeAccess(Presence.AANWEZIG)
        .clusteringForm(ClusteringForm.IN_EEN_COMPLEX)
        .housingForm(HousingForm.GECLUSTERDE_WOONVORM);
  }
}
