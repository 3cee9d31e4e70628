package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/**
 * The clustered-housing rules at building level and the stock's cross-record check, each with
 * its exact finding: rule id, severity, pointer, and message in Dutch and English.
 */
class BuildingRulesTest {

  private static final WoonzorgValidator NL = WoonzorgValidator.builder().build();
  private static final WoonzorgValidator EN =
      WoonzorgValidator.builder().locale(Locale.ENGLISH).build();

  private static Finding only(Report report) {
    assertEquals(1, report.getFindings().size(), report.getFindings().toString());
    return report.getFindings().get(0);
  }

  private static void assertFinding(String id, Severity severity, String pointer, String nl,
      String en, Report dutch, Report english) {
    Finding finding = only(dutch);
    assertEquals(id, finding.getRuleId());
    assertEquals(severity, finding.getSeverity());
    assertEquals(JsonPointer.parse(pointer), finding.getLocation());
    assertEquals(nl, finding.getMessage());
    assertEquals(en, only(english).getMessage());
  }

  private static void assertFinding(String id, Severity severity, String pointer, String nl,
      String en, Building building) {
    assertFinding(id, severity, pointer, nl, en, NL.validate(building), EN.validate(building));
  }

  @Test
  void aClusteredBuildingWithoutAMeetingRoom() {
    assertFinding("WZ-BLD-01", Severity.ERROR, "/meetingRoom",
        "Een gebouw met geclusterd wonen heeft ontmoetingsruimte AFWEZIG, niet AANWEZIG.",
        "A building of clustered housing has meeting room AFWEZIG, not AANWEZIG.",
        Fixtures.building().meetingRoom(Presence.AFWEZIG).build());
  }

  @Test
  void anUnknownMeetingRoomIsAWarningInADraftAndAnErrorWhenAdopted() {
    Building unknown = Fixtures.building().meetingRoom(Presence.ONBEKEND).build();
    Finding draft = only(WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
        .validate(unknown));
    assertEquals(Severity.WARNING, draft.getSeverity());
    assertEquals(Map.of("meetingRoom", "ONBEKEND"), draft.getArguments());
    assertEquals(Severity.ERROR, only(NL.validate(unknown)).getSeverity());
  }

  @Test
  void aBuildingThatIsNotClusteredNeedsNoMeetingRoomNorTwelveUnits() {
    Building plain = Fixtures.building().clusteringForm(java.util.Optional.empty())
        .housingForm(java.util.Optional.empty()).meetingRoom(Presence.AFWEZIG).unitCount(4)
        .seniorUnitCount(0).build();
    assertEquals(List.of(), NL.validate(plain).getFindings());
  }

  @Test
  void withoutACriterionTheMinimumIsTheTwelveOfVerasDefinition() {
    assertFinding("WZ-BLD-02", Severity.ERROR, "/unitCount",
        "Een gebouw met geclusterd wonen heeft 11 eenheden, minder dan het minimum van 12"
            + " (VERA WOONVORM GEC).",
        "A building of clustered housing has 11 units, fewer than the minimum of 12"
            + " (VERA WOONVORM GEC).",
        Fixtures.building().unitCount(11).seniorUnitCount(11).build());
    assertEquals(List.of(), NL.validate(Fixtures.building().unitCount(12).seniorUnitCount(12)
        .build()).getFindings());
  }

  @Test
  void theMinimumIsTheAgreementsCriterionWhereItStatesOne() {
    // "Woningcorporatie x ontwikkelt ... een geclusterde eenheid van 20 woningen": an agreement
    // asking at least 20 per location, checked on a complex of 16.
    List<Criterion> criteria = List.of(Criterion.of(
        CriterionKind.MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE, Quantity.of(20, Unit.WONINGEN)));
    Building sixteen = Fixtures.building().unitCount(16).seniorUnitCount(16).build();
    assertFinding("WZ-BLD-02", Severity.ERROR, "/unitCount",
        "Een gebouw met geclusterd wonen heeft 16 eenheden, minder dan het minimum van 20"
            + " (MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE).",
        "A building of clustered housing has 16 units, fewer than the minimum of 20"
            + " (MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE).",
        WoonzorgValidator.builder().criteria(criteria).build().validate(sixteen),
        WoonzorgValidator.builder().criteria(criteria).locale(Locale.ENGLISH).build()
            .validate(sixteen));
    // A lower stated minimum replaces the twelve as well.
    List<Criterion> eight = List.of(Criterion.of(
        CriterionKind.MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE, Quantity.of(8, Unit.WONINGEN)));
    assertEquals(List.of(), WoonzorgValidator.builder().criteria(eight).build()
        .validate(Fixtures.building().unitCount(10).seniorUnitCount(10).build()).getFindings());
  }

  @Test
  void theSeniorShareIsJudgedExactlyAndOnlyAgainstAStatedCriterion() {
    Building twoThirds = Fixtures.building().unitCount(30).seniorUnitCount(20).build();
    assertEquals(List.of(), NL.validate(twoThirds).getFindings(), "no criterion, no share");
    List<Criterion> criteria = List.of(Criterion.of(
        CriterionKind.MINIMAAL_AANDEEL_WONINGEN_55_PLUS, Quantity.of(67, Unit.PROCENT)));
    assertFinding("WZ-BLD-03", Severity.ERROR, "/seniorUnitCount",
        "20 van de 30 eenheden zijn voor 55-plussers, minder dan 67 procent.",
        "20 of the 30 units are for people aged 55+, less than 67 percent.",
        WoonzorgValidator.builder().criteria(criteria).build().validate(twoThirds),
        WoonzorgValidator.builder().criteria(criteria).locale(Locale.ENGLISH).build()
            .validate(twoThirds));
    // 66.666…% is not below 66.66, however it would be rounded.
    List<Criterion> lower = List.of(Criterion.of(CriterionKind.MINIMAAL_AANDEEL_WONINGEN_55_PLUS,
        Quantity.of(new java.math.BigDecimal("66.66"), Unit.PROCENT)));
    assertEquals(List.of(),
        WoonzorgValidator.builder().criteria(lower).build().validate(twoThirds).getFindings());
  }

  @Test
  void aStepFreeBuildingOfSeveralStoreysWithoutALift() {
    assertFinding("WZ-BLD-04", Severity.ERROR, "/lift",
        "Een gebouw van 4 bouwlagen zonder lift heeft geen nultreden-toegang tot de hogere"
            + " lagen.",
        "A building of 4 storeys without a lift has no step-free access to its upper storeys.",
        Fixtures.building().lift(Presence.AFWEZIG).build());
    assertEquals(List.of(), NL.validate(Fixtures.building().lift(Presence.AFWEZIG).storeys(1)
        .build()).getFindings(), "one storey needs no lift");
    assertEquals(List.of(), NL.validate(Fixtures.building().lift(Presence.ONBEKEND).build())
        .getFindings(), "an unknown lift is not judged");
  }

  @Test
  void moreUnitsForFiftyFivePlusThanUnits() {
    assertFinding("WZ-BLD-05", Severity.ERROR, "/seniorUnitCount",
        "Het gebouw heeft 21 eenheden voor 55-plussers maar 20 eenheden in totaal.",
        "The building has 21 units for people aged 55+ but 20 units in all.",
        Fixtures.building().seniorUnitCount(21).build());
  }

  @Test
  void dwellingsNamingAnUnknownBuildingAndUnitCountsAgainstTheStock() {
    BuildingReferences nl = BuildingReferences.of(NL);
    BuildingReferences en = BuildingReferences.of(EN);
    for (BuildingReferences references : List.of(nl, en)) {
      references.addBuilding(JsonPointer.root().append(0), Fixtures.building().build());
      references.addBuilding(JsonPointer.root().append(1),
          Building.builder().from(Fixtures.building().build()).id("complex-2").unitCount(1)
              .seniorUnitCount(1).build());
      references.addBuilding(JsonPointer.root().append(2),
          Building.builder().from(Fixtures.building().build()).id("complex-3")
              .unitCount(java.util.Optional.empty()).build());
    }
    assertFinding("WZ-BLD-06", Severity.ERROR, "/buildingId",
        "De eenheid verwijst naar gebouw complex-9, dat niet in de gebouwen staat.",
        "The dwelling names building complex-9, which is not among the buildings.",
        nl.checkDwelling(Fixtures.dwelling().buildingId("complex-9").build()),
        en.checkDwelling(Fixtures.dwelling().buildingId("complex-9").build()));
    for (BuildingReferences references : List.of(nl, en)) {
      assertEquals(List.of(), references.checkDwelling(
          Fixtures.dwelling().buildingId("complex-2").build()).getFindings());
      for (int i = 0; i < 19; i++) {
        references.checkDwelling(Fixtures.dwelling().buildingId("complex-1").build());
      }
      references.checkDwelling(Fixtures.dwelling().buildingId("complex-3").build());
    }
    // complex-1 records 20 and is named by 19; complex-2 matches; complex-3 records no count.
    assertFinding("WZ-BLD-07", Severity.WARNING, "/0/unitCount",
        "Het gebouw heeft 20 eenheden vastgelegd, maar 19 eenheden verwijzen ernaar.",
        "The building records 20 units, but 19 dwellings name it.",
        nl.unitCounts(), en.unitCounts());
  }

  @Test
  void theCrossRecordRulesFollowTheValidatorsSettings() {
    WoonzorgValidator quiet = WoonzorgValidator.builder().disable("WZ-BLD-06")
        .severity("WZ-BLD-07", Severity.INFO).build();
    BuildingReferences references = BuildingReferences.of(quiet);
    references.addBuilding(JsonPointer.root().append(0), Fixtures.building().build());
    assertEquals(List.of(), references.checkDwelling(
        Fixtures.dwelling().buildingId("elsewhere").build()).getFindings());
    assertEquals(Severity.INFO, only(references.unitCounts()).getSeverity());
  }
}
