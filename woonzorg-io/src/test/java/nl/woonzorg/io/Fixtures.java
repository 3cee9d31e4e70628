package nl.woonzorg.io;

import nl.woonzorg.model.document.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.dwelling.ClusteringForm;
import nl.woonzorg.model.goal.ConstructionMode;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;

/** Documents of every type for the tests, Gemeente A's first. */
public final class Fixtures {

  private Fixtures() {}

  /** One of corporation X's 20 clustered homes in district Y, with every attribute set. */
  public static Dwelling clusteredHome() {
    return Dwelling.builder()
        .id("corporatie-x-eenheid-0001")
        .municipalityCode("GM0001").districtCode("WK000101").neighbourhoodCode("BU00010101")
        .postalCode("1234AB")
        .unitKind(UnitKind.WOONRUIMTE)
        .unitDetailKind(UnitDetailKind.GALERIJFLAT)
        .housingForm(HousingForm.GECLUSTERDE_WOONVORM)
        .accessibilityLabel(AccessibilityLabel.NULTREDENWONING)
        .targetGroup(VeraTargetGroup.SENIOREN)
        .addSupplementaryTargetGroups(VeraSupplementaryTargetGroup.OUDEREN,
            VeraSupplementaryTargetGroup.ZORGINDICATIE)
        .rentClass(RentClass.BETAALBAAR)
        .rooms(3)
        .constructionYear(2022)
        .ownerPartyId(GemeenteA.CORPORATIE_X)
        .buildingId(clusteredComplex().getId())
        .build();
  }

  /**
   * Corporation X's clustered unit of 20 homes with a meeting room in district Y (Gemeente A's
   * programme), with every attribute set; the storeys, lift and codes are illustrative.
   */
  public static Building clusteredComplex() {
    return Building.builder()
        .id("corporatie-x-complex-y").kind(BuildingKind.COMPLEX).name("Complex wijk Y")
        .municipalityCode("GM0001").districtCode("WK000101").neighbourhoodCode("BU00010101")
        .unitCount(20).seniorUnitCount(20).storeys(4)
        .meetingRoom(Presence.AANWEZIG).lift(Presence.AANWEZIG)
        .stepFreeAccess(Presence.AANWEZIG)
        .clusteringForm(ClusteringForm.IN_EEN_COMPLEX)
        .housingForm(HousingForm.GECLUSTERDE_WOONVORM)
        .ownerPartyId(GemeenteA.CORPORATIE_X)
        .veraClusterCode("CL-0042").veraBuildingCode("GB-0042")
        .build();
  }

  /**
   * Gemeente A's goal, built here rather than taken from the shared example so that the golden
   * file changes only when the wire format does: 110 clustered units for people over 65 by 2025,
   * 80 new-build and 30 in existing buildings, on 4 locations within 500 m of a facility.
   */
  public static Goal clusteredGoal() {
    return Goal.builder()
        .id("doel-geclusterd-110").title("110 nieuwe geclusterde wooneenheden in 2025")
        .description("Geclusterde woonvormen met ontmoetingsruimte voor senioren.")
        .ambitionId("ambitie-geclusterd")
        .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
        .target(Quantity.of(110, Unit.WONINGEN))
        .baseline(Quantity.of(0, Unit.WONINGEN)).baselineYear(2021)
        .deadline(Deadline.ofYear(2025))
        .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
            .addDwellingTypes(DwellingType.GECLUSTERDE_WOONVORM).addAreaIds(GemeenteA.GEMEENTE)
            .build())
        .addOwnerPartyIds(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X)
        .addBreakdowns(Breakdown.of(BreakdownDimension.BOUWWIJZE,
            BreakdownPart.builder().label("nieuwbouw").value(BigDecimal.valueOf(80))
                .constructionMode(ConstructionMode.NIEUWBOUW).year(2025).build(),
            BreakdownPart.of("bestaande bouw", 30)))
        .addCriteria(Criterion.builder().kind(CriterionKind.AANTAL_LOCATIES)
                .value(Quantity.of(4, Unit.LOCATIES)).build(),
            Criterion.builder().kind(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING)
                .value(Quantity.of(new BigDecimal("500.0"), Unit.METER))
                .description("binnen 500 meter van (zorg)voorzieningen").build())
        .build();
  }

  /** A measurement with a fraction that {@code toString()} would write with an exponent. */
  public static Measurement smallShare() {
    return Measurement.builder()
        .indicatorId(GemeenteA.INDICATOR_CLUSTERED)
        .referenceDate(LocalDate.of(2024, 1, 1))
        .value(new BigDecimal("0.0000001"))
        .source("monitor wonen en zorg")
        .areaId(GemeenteA.WIJK_Y)
        .build();
  }

  /**
   * Every document of the Gemeente A example and the two above, one per document root, and
   * Gemeente A's cycle as separate documents.
   */
  public static List<Object> documents() {
    HousingCareVision vision = GemeenteA.vision();
    List<Object> all = new java.util.ArrayList<>();
    all.add(vision);
    all.addAll(vision.getAgreements());
    all.addAll(vision.getGoals());
    vision.getMonitoring().ifPresent(monitoring -> all.addAll(monitoring.getMeasurements()));
    all.add(clusteredGoal());
    all.add(clusteredHome());
    all.add(Dwelling.of("minimal", UnitKind.WOONRUIMTE));
    all.add(clusteredComplex());
    all.add(Building.of("minimal", BuildingKind.GEBOUW));
    all.add(smallShare());
    all.add(VocabularyFixture.vision());
    all.add(CycleDocuments.analysis());
    all.add(CycleDocuments.agreements());
    all.add(CycleDocuments.covenant());
    all.add(CycleDocuments.programme());
    all.add(CycleDocuments.monitor());
    all.addAll(RealDocumentsFixture.documents());
    return List.copyOf(all);
  }

  /** The document type of {@code document}. */
  @SuppressWarnings("unchecked")
  public static <T> DocumentType<T> typeOf(T document) {
    return (DocumentType<T>) DocumentType.all().stream()
        .filter(type -> type.modelType().isInstance(document)).findFirst().orElseThrow();
  }
}
