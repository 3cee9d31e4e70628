package nl.woonzorg.model.vera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.UnknownCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The VERA mirror enumerations agree with the bundled release, row for row. */
class VeraMirrorTest {

  static Stream<Class<? extends VeraCoded>> mirrors() {
    return Stream.of(HousingForm.class, AccessibilityLabel.class, VeraTargetGroup.class,
        VeraSupplementaryTargetGroup.class, PriorityKind.class, PriorityReason.class,
        UnitKind.class, UnitDetailKind.class, RentClass.class, BatScore.class);
  }

  @ParameterizedTest
  @MethodSource("mirrors")
  void everyConstantIsInTheReleaseWithItsNameAndEndDate(Class<? extends VeraCoded> mirror) {
    List<String> mismatches = new ArrayList<>();
    for (VeraCoded constant : mirror.getEnumConstants()) {
      Optional<VeraEntry> entry =
          VeraReferenceData.find(constant.getVeraCodeList(), constant.getCode());
      if (entry.isEmpty()) {
        mismatches.add(constant + ": no row " + constant.getCode());
      } else if (!entry.get().getName().equals(constant.getLabelNl())
          || !entry.get().getEndDate().equals(constant.getEndDate())) {
        mismatches.add(constant + ": " + constant.getLabelNl() + " " + constant.getEndDate()
            + " but the release has " + entry.get().getName() + " " + entry.get().getEndDate());
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @ParameterizedTest
  @MethodSource("mirrors")
  void everyCodeOfTheListHasAConstant(Class<? extends VeraCoded> mirror) {
    VeraCodeList list = mirror.getEnumConstants()[0].getVeraCodeList();
    Set<String> releaseCodes = new LinkedHashSet<>();
    VeraReferenceData.entries(list).forEach(entry -> releaseCodes.add(entry.getCode()));
    Set<String> constantCodes = new LinkedHashSet<>();
    for (VeraCoded constant : mirror.getEnumConstants()) {
      assertEquals(list, constant.getVeraCodeList(), constant.toString());
      constantCodes.add(constant.getCode());
    }
    assertEquals(releaseCodes, constantCodes);
    assertEquals(releaseCodes.size(), mirror.getEnumConstants().length, "codes are unique");
  }

  @ParameterizedTest
  @MethodSource("mirrors")
  void everyLiveRowHasALiveConstant(Class<? extends VeraCoded> mirror) {
    VeraCodeList list = mirror.getEnumConstants()[0].getVeraCodeList();
    for (VeraEntry row : VeraReferenceData.entries(list)) {
      if (!row.endDated()) {
        VeraCoded constant = Arrays.stream(mirror.getEnumConstants())
            .filter(c -> c.getCode().equals(row.getCode())).findFirst().orElseThrow();
        assertFalse(constant.isEndDated(), constant.toString());
        assertEquals(row.getName(), constant.getLabelNl());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("mirrors")
  void englishLabelsAreTranslations(Class<? extends VeraCoded> mirror) {
    for (VeraCoded constant : mirror.getEnumConstants()) {
      assertFalse(constant.getLabelEn().isBlank(), constant.toString());
      assertFalse(constant.getLabelEn().equals(constant.getLabelNl()), constant.toString());
    }
  }

  @Test
  void parentsMatchTheRelease() {
    assertParents(PriorityReason.values(), reason -> Optional.of(reason.getPriorityKind()));
    assertParents(UnitDetailKind.values(), kind -> Optional.of(kind.getUnitKind()));
    assertParents(VeraSupplementaryTargetGroup.values(),
        VeraSupplementaryTargetGroup::getParentTargetGroup);
  }

  private static <T extends VeraCoded> void assertParents(
      T[] constants, Function<T, Optional<? extends VeraCoded>> parent) {
    for (T constant : constants) {
      VeraEntry row = VeraReferenceData.find(constant.getVeraCodeList(), constant.getCode())
          .orElseThrow();
      assertEquals(row.getParent(),
          parent.apply(constant).map(p -> p.getVeraCodeList().name() + "." + p.getCode()),
          constant.toString());
    }
  }

  @Test
  void theSpecExamplesHaveTheirVeraCodes() {
    assertEquals("GEC", HousingForm.GECLUSTERDE_WOONVORM.getCode());
    assertEquals("ZWO", HousingForm.ZORGGESCHIKTE_WONING.getCode());
    assertEquals("LEV", HousingForm.LEVENSLOOPBESTENDIGE_WONING.getCode());
    assertEquals("NUL", AccessibilityLabel.NULTREDENWONING.getCode());
    assertEquals("ROA", AccessibilityLabel.ROLLATORWONING.getCode());
    assertEquals("SEN", VeraTargetGroup.SENIOREN.getCode());
    assertEquals("WOO", UnitKind.WOONRUIMTE.getCode());
    assertEquals("KNG", UnitDetailKind.KANGOEROEWONING.getCode());
    assertEquals(UnitKind.WOONRUIMTE, UnitDetailKind.GALERIJFLAT.getUnitKind());
    assertEquals(PriorityKind.URGENTIE, PriorityReason.MANTELZORG.getPriorityKind());
  }

  @Test
  void endDatedConstantsCarryTheirEndDate() {
    assertEquals(Optional.of(LocalDate.of(2023, 9, 22)), HousingForm.GEB_WONING.getEndDate());
    assertTrue(HousingForm.GEB_WONING.isEndDated());
    assertFalse(HousingForm.GECLUSTERDE_WOONVORM.isEndDated());
    assertEquals(Optional.of(LocalDate.of(2023, 9, 8)),
        VeraSupplementaryTargetGroup.ZORGINDICATIE_VERVALLEN.getEndDate());
    assertEquals(Optional.empty(), AccessibilityLabel.GELIJKVLOERSE_WONING.getEndDate());
  }

  @Test
  void zeroStepLabels() {
    Set<AccessibilityLabel> zeroStep = EnumSet.noneOf(AccessibilityLabel.class);
    for (AccessibilityLabel label : AccessibilityLabel.values()) {
      if (label.isZeroStep()) {
        zeroStep.add(label);
      }
    }
    assertEquals(EnumSet.of(AccessibilityLabel.NULTREDENWONING, AccessibilityLabel.ROLLATORWONING,
        AccessibilityLabel.ROLSTOELWONING, AccessibilityLabel.EXTRA_RUIME_ROLSTOELWONING),
        zeroStep);
  }

  @Test
  void fromCodeUsesTheVeraCode() {
    assertEquals(HousingForm.ZORGGESCHIKTE_WONING, HousingForm.fromCode("ZWO"));
    assertEquals(VeraSupplementaryTargetGroup.EX_VERSLAAFDEN,
        VeraSupplementaryTargetGroup.fromCode("VER"));
    assertEquals(VeraCodeList.HUURKLASSE, VeraCodeList.fromCode("HUURKLASSE"));
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> RentClass.fromCode("MID"));
    assertEquals("unknown code 'MID' in code list RentClass; valid codes: BET, BOV, DUU, GOE",
        e.getMessage());
  }

  @Test
  void everyCodeListHasItsMirror() {
    Set<VeraCodeList> mirrored = EnumSet.noneOf(VeraCodeList.class);
    mirrors().forEach(mirror -> mirrored.add(mirror.getEnumConstants()[0].getVeraCodeList()));
    assertEquals(EnumSet.allOf(VeraCodeList.class), mirrored);
    assertEquals(List.of("WOONVORM", "TOEGANKELIJKHEIDSLABEL", "DOELGROEP", "AANVULLENDEDOELGROEP",
        "VOORRANGSOORT", "VOORRANGDETAILSOORT", "EENHEIDSOORT", "EENHEIDDETAILSOORT", "HUURKLASSE",
        "BATSCORE"),
        Codes.codesOf(VeraCodeList.class));
  }
}
