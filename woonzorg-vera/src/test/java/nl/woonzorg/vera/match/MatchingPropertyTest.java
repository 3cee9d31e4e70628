package nl.woonzorg.vera.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Over generated stocks and households: a home's reasons do not depend on the other homes of the
 * stock, and a need added to a household never lets a home fit that did not, adding only the
 * reasons of that need.
 */
class MatchingPropertyTest {

  private static final Matcher MATCHER = Matcher.of(RentLimits.published(2025));
  private static final List<String> LABELS =
      List.of("", "NUL", "ROA", "ROG", "ROL", "RUI", "GNV", "ZON");
  private static final List<String> FORMS = List.of("", "GEC", "ZWO", "ADL", "SEN", "GRO", "LEV");
  private static final List<String> GROUPS = List.of("", "SEN", "EEN", "GEZ");

  private static Gen<VeraUnit> homes() {
    return Generate.pick(LABELS).zip(Generate.pick(FORMS), Generate.pick(GROUPS),
        SourceDSL.integers().between(-1, 90_000), SourceDSL.integers().between(-1, 6),
        (label, form, group, cents, rooms) -> {
          VeraUnit.Builder home = VeraUnit.builder().id(label + form + group + cents + rooms);
          if (!label.isEmpty()) {
            home.accessibilityLabel(VeraCode.of(label));
          }
          if (!form.isEmpty()) {
            home.housingForm(VeraCode.of(form));
          }
          if (!group.isEmpty()) {
            home.targetGroup(VeraCode.of(group));
          }
          if (cents >= 0) {
            home.eligibleRent(BigDecimal.valueOf(cents, 2));
          }
          if (rooms >= 0) {
            home.rooms(rooms);
          }
          return home.build();
        });
  }

  private static Gen<Household> households() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, 100)).ofSizeBetween(1, 6)
        .zip(SourceDSL.integers().between(0, 31), Generate.enumValues(IncomeBand.class),
            (ages, needs, band) -> Household.builder().ages(ages).incomeBand(band)
                .wheelchairUser((needs & 1) != 0).walkingAid((needs & 2) != 0)
                .careIndication((needs & 4) != 0).seekingClustered((needs & 8) != 0).build());
  }

  @Test
  void aHomesReasonsDependOnItAloneAndANeedOnlyAddsItsOwnReasons() {
    qt().forAll(SourceDSL.lists().of(homes()).ofSizeBetween(1, 20), households())
        .checkAssert((units, household) -> {
          MatchResult all = MATCHER.match(household, Stock.of(units));
          MatchResult wheelchair = MATCHER.match(
              Household.builder().from(household).wheelchairUser(true).build(),
              Stock.of(units));
          MatchResult care = MATCHER.match(
              Household.builder().from(household).careIndication(true).build(),
              Stock.of(units));
          for (int i = 0; i < units.size(); i++) {
            Set<Mismatch> reasons = all.reasons(i);
            assertEquals(MATCHER.match(household, Stock.of(List.of(units.get(i)))).reasons(0),
                reasons);
            assertEquals(reasons.isEmpty(), all.fits(i));
            assertAdds(reasons, wheelchair.reasons(i),
                EnumSet.of(Mismatch.ZERO_STEP, Mismatch.WHEELCHAIR));
            assertAdds(reasons, care.reasons(i), EnumSet.of(Mismatch.CARE_READY));
          }
          List<String> fitting = new ArrayList<>();
          for (int i = 0; i < units.size(); i++) {
            if (all.fits(i)) {
              fitting.add(units.get(i).getId().orElseThrow());
            }
          }
          assertEquals(fitting, all.fittingIds());
        });
  }

  private static void assertAdds(Set<Mismatch> before, Set<Mismatch> after,
      Set<Mismatch> allowed) {
    assertTrue(after.containsAll(before), before + " then " + after);
    Set<Mismatch> added = EnumSet.noneOf(Mismatch.class);
    added.addAll(after);
    added.removeAll(before);
    assertTrue(allowed.containsAll(added), added + " beyond " + allowed);
  }
}
