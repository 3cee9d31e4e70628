package nl.woonzorg.vera.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.vera.Samples;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.json.VeraWriter;
import nl.woonzorg.vera.mapping.MappingNote.Reason;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Eenheid to Dwelling and back, attribute by attribute, every loss reported. */
class DwellingMappingTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  /**
   * A WRV {@code Eenheden-Eenheid} with every attribute woonzorg works with: a clustered home
   * for seniors in Rotterdam-Centrum.
   */
  static final String CLUSTERED_HOME = """
      {
        "id": "E-2024-001",
        "soort": {"code": "WOO", "naam": "Woonruimte"},
        "detailSoort": {"code": "BEN", "naam": "Benedenwoning"},
        "doelgroep": {"code": "SEN", "naam": "Senioren"},
        "aanvullendeDoelgroep": {"code": "OUD"},
        "woonvorm": {"code": "GEC"},
        "toegankelijkheidslabel": {"code": "NUL", "naam": "Nultredenwoning"},
        "batScore": {"code": "BAT4", "naam": "Rolstoel woonbaar"},
        "zelfstandig": true,
        "kamersAantal": 3,
        "etage": 0,
        "bouwjaar": 2019,
        "brutohuur": 812.40,
        "rekenhuur": 775.00,
        "streefhuur": 760.5,
        "adres": {
          "soort": {"code": "EEN"},
          "straatnaam": "Coolsingel",
          "huisnummer": "40",
          "postcode": "3011 AD",
          "buurt": {"code": "BU05990110", "naam": "Stadsdriehoek"},
          "wijk": {"code": "WK059901", "naam": "Stadscentrum"},
          "gemeente": {"code": "0599", "naam": "Rotterdam"}
        },
        "clusters": [{"id": "C-7", "code": "CL007", "soort": {"code": "BEH"}, "naam": "Hofje"}],
        "extra-attributen": {"zorgsteunpunt": true}
      }
      """;

  @Test
  void aClusteredHomeForSeniorsMapsAttributeByAttribute() {
    MappingResult<Dwelling> result =
        DwellingMapping.toDwelling(VeraReader.strict().read(CLUSTERED_HOME));

    assertEquals(Optional.of(Dwelling.builder()
        .id("E-2024-001")
        .unitKind(UnitKind.WOONRUIMTE)
        .unitDetailKind(UnitDetailKind.BENEDENWONING)
        .targetGroup(VeraTargetGroup.fromCode("SEN"))
        .addSupplementaryTargetGroups(VeraSupplementaryTargetGroup.fromCode("OUD"))
        .housingForm(HousingForm.fromCode("GEC"))
        .accessibilityLabel(AccessibilityLabel.NULTREDENWONING)
        .batScore(BatScore.ROLSTOEL_WOONBAAR)
        .rooms(3)
        .constructionYear(2019)
        .postalCode("3011AD")
        .municipalityCode("GM0599")
        .districtCode("WK059901")
        .neighbourhoodCode("BU05990110")
        .build()), result.value());
    assertEquals(List.of("/zelfstandig", "/etage", "/brutohuur", "/rekenhuur",
        "/streefhuur", "/adres/straatnaam", "/adres/huisnummer", "/adres/gemeente/naam",
        "/adres/wijk/naam", "/adres/buurt/naam", "/clusters/0", "/extra-attributen"),
        result.unmapped().stream().map(note -> note.pointer().toString()).toList());
    assertTrue(result.unmapped().stream().allMatch(note -> note.reason() == Reason.NO_COUNTERPART));
    assertEquals(Optional.of("812.40"), result.unmapped().get(2).found());
  }

  @Test
  void everySampleMapsWithItsUnitKindInferred() {
    for (String name : Samples.NAMES) {
      MappingResult<Dwelling> result =
          DwellingMapping.toDwelling(VeraReader.strict().read(Samples.bytes(name)));
      Dwelling dwelling = result.value().orElseThrow(() -> new AssertionError(name + result));

      assertEquals(name, dwelling.getId());
      assertEquals(UnitKind.WOONRUIMTE, dwelling.getUnitKind());
      String system = name.equals("15004000185") ? "ONZ" : "ZEL";
      MappingNote inferred = result.notes().get(0);
      assertEquals(List.of(JsonPointer.of("soort"), Reason.INFERRED, Optional.empty()),
          List.of(inferred.pointer(), inferred.reason(), inferred.found()));
      assertEquals("no soort: WOO inferred from woningwaarderingstelsel " + system
          + ", a rent point system of living space", inferred.message());
      assertEquals("geen soort: WOO afgeleid uit woningwaarderingstelsel " + system
          + ", een puntenstelsel voor woonruimte", inferred.message(NL));
      assertTrue(result.unmapped().stream()
          .anyMatch(note -> note.pointer().toString().equals("/ruimten")), name);
      assertTrue(result.unmapped().stream().anyMatch(note -> note.pointer().toString()
          .equals("/adres/postcode") && note.reason() == Reason.INVALID_VALUE), name);
    }
  }

  @Test
  void whatTheModelRefusesIsReportedNotDropped() {
    MappingResult<Dwelling> result = DwellingMapping.toDwelling(VeraReader.strict().read(
        "{\"id\":\"E-1\",\"soort\":{\"code\":\"PAR\"},\"detailSoort\":{\"code\":\"BEN\"},"
            + "\"woonvorm\":{\"code\":\"XYZ\"},\"kamersAantal\":0,\"adres\":{\"wijk\":"
            + "{\"code\":\"WK036301\"},\"gemeente\":{\"code\":\"GM0599\"}}}"));

    assertEquals(UnitKind.PARKEERGELEGENHEID, result.value().orElseThrow().getUnitKind());
    assertEquals(List.of("INVALID_VALUE /detailSoort", "UNKNOWN_CODE /woonvorm/code",
        "INVALID_VALUE /kamersAantal", "INVALID_VALUE /adres/wijk/code"),
        result.notes().stream().map(note -> note.reason() + " " + note.pointer()).toList());
    assertEquals(Optional.of("GM0599"), result.value().orElseThrow().getMunicipalityCode());
  }

  @Test
  void withoutIdOrUnitKindThereIsNoDwelling() {
    MappingResult<Dwelling> result = DwellingMapping.toDwelling(VeraUnit.builder().build());

    assertEquals(Optional.empty(), result.value());
    assertEquals(List.of(Reason.MISSING, Reason.MISSING),
        result.notes().stream().map(MappingNote::reason).toList());
  }

  @Test
  void aDwellingMapsToAUnitAndBackLosingOnlyWhatIsReported() {
    qt().forAll(dwellings()).checkAssert(dwelling -> {
      MappingResult<VeraUnit> there = DwellingMapping.fromDwelling(dwelling);
      VeraUnit unit = VeraReader.strict()
          .read(VeraWriter.pretty().write(there.value().orElseThrow()));
      MappingResult<Dwelling> back = DwellingMapping.toDwelling(unit);

      Dwelling expected = Dwelling.builder().from(dwelling)
          .rentClass(Optional.empty())
          .ownerPartyId(Optional.empty())
          .supplementaryTargetGroups(dwelling.getSupplementaryTargetGroups().stream().limit(1)
              .toList())
          .build();
      assertEquals(Optional.of(expected), back.value());
      assertEquals(List.of(), back.notes());
      assertEquals(dwelling.getRentClass().isPresent() ? 1 : 0, there.notes().stream()
          .filter(note -> note.pointer().toString().equals("/rentClass")).count());
      assertEquals(Math.max(0, dwelling.getSupplementaryTargetGroups().size() - 1),
          there.notes().stream().filter(note -> note.pointer().toString()
              .startsWith("/supplementaryTargetGroups/")).count());
    });
  }

  private static Gen<Dwelling> dwellings() {
    Gen<UnitDetailKind> details = SourceDSL.integers().between(0,
        UnitDetailKind.values().length - 1).map(i -> UnitDetailKind.values()[i]);
    Gen<Optional<HousingForm>> forms = Generate.pick(List.of(HousingForm.values()))
        .toOptionals(30);
    Gen<Optional<AccessibilityLabel>> labels = Generate.pick(List.of(AccessibilityLabel.values()))
        .toOptionals(30);
    Gen<Optional<VeraTargetGroup>> groups = Generate.pick(List.of(VeraTargetGroup.values()))
        .toOptionals(30);
    Gen<Set<VeraSupplementaryTargetGroup>> supplementary = SourceDSL.lists()
        .of(Generate.pick(List.of(VeraSupplementaryTargetGroup.values())))
        .ofSizeBetween(0, 3).map(Set::copyOf);
    Gen<Optional<RentClass>> rentClasses = Generate.pick(List.of(RentClass.values()))
        .toOptionals(50);
    Gen<Optional<Integer>> numbers = SourceDSL.integers().between(1, 9999).toOptionals(30);
    Gen<Optional<BatScore>> bats = Generate.pick(List.of(BatScore.values())).toOptionals(30);
    Gen<Integer> area = SourceDSL.integers().between(0, 3);
    return details.zip(forms, labels, groups, (detail, form, label, group) -> Dwelling.builder()
            .id("E-" + detail.getCode())
            .unitKind(detail.getUnitKind())
            .unitDetailKind(detail)
            .housingForm(form)
            .accessibilityLabel(label)
            .targetGroup(group))
        .zip(supplementary, rentClasses, numbers, (builder, sets, rentClass, number) -> builder
            .supplementaryTargetGroups(sets)
            .rentClass(rentClass)
            .rooms(number)
            .constructionYear(number.map(year -> 1000 + year)))
        .zip(bats, (builder, bat) -> {
          builder.batScore(bat);
          return builder;
        })
        .zip(area, (builder, depth) -> {
          if (depth >= 1) {
            builder.municipalityCode("GM0599").postalCode("3011AD");
          }
          if (depth >= 2) {
            builder.districtCode("WK059901").ownerPartyId("woonstad");
          }
          if (depth >= 3) {
            builder.neighbourhoodCode("BU05990110");
          }
          return builder.build();
        });
  }
}
