package nl.woonzorg.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.ActionTerms;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;

/**
 * The benchmarks' data, generated deterministically so that every run measures the same bytes: a
 * large vision of a regional woonzorgvisie, and VERA-shaped dwelling records of a corporation's
 * stock. Both are realistic in mix rather than uniform: optional values are present in some
 * records only, and a few records break a rule, so that validation reports findings as it would on
 * real data.
 */
public final class Workloads {

  /** Agreements in the large vision. */
  public static final int AGREEMENTS = 300;
  /** Goals in the large vision. */
  public static final int GOALS = 600;
  /** Measurements in the large vision's monitoring. */
  public static final int MEASUREMENTS = 1_000;

  private static final int PARTIES = 12;
  private static final int DISTRICTS = 20;
  private static final int INDICATORS = 50;
  private static final TargetGroup[] GROUPS = TargetGroup.values();
  private static final DwellingType[] TYPES = DwellingType.values();

  private Workloads() {}

  /** The large vision: 300 agreements, 600 goals, 1,000 measurements, and what they refer to. */
  public static HousingCareVision vision() {
    HousingCareVision.Builder vision = HousingCareVision.builder()
        .id("wzv-regio-benchmark")
        .title("Regionale woonzorgvisie 2025-2035")
        .area(Area.builder().id("gm0363").type(AreaType.GEMEENTE).name("Amsterdam")
            .code("GM0363").build())
        .period(YearPeriod.of(2025, 2035));
    for (int p = 0; p < PARTIES; p++) {
      vision.addParties(Party.of(party(p), "Partij " + p, PartyType.values()[p % 6]));
    }
    for (int d = 0; d < DISTRICTS; d++) {
      vision.addAreas(Area.builder().id("wijk-" + d).type(AreaType.WIJK).name("Wijk " + d)
          .code(String.format("WK0363%02d", d)).parentId("gm0363").build());
    }
    for (int g = 0; g < GOALS; g++) {
      vision.addGoals(goal(g));
    }
    for (int a = 0; a < AGREEMENTS; a++) {
      vision.addAgreements(agreement(a));
    }
    Monitoring.Builder monitoring = Monitoring.builder();
    for (int i = 0; i < INDICATORS; i++) {
      monitoring.addIndicators(Indicator.builder().id(indicator(i)).name("Indicator " + i)
          .unit(Unit.WONINGEN).addGoalIds(goalId(i)).build());
    }
    for (int m = 0; m < MEASUREMENTS; m++) {
      monitoring.addMeasurements(Measurement.builder().indicatorId(indicator(m % INDICATORS))
          .referenceDate(LocalDate.of(2025 + m % 10, 1 + m % 12, 1 + m % 28))
          .value(BigDecimal.valueOf(m * 37L % 10_000, m % 3)).source("Monitor " + (m % 5))
          .build());
    }
    return vision.monitoring(monitoring.build()).build();
  }

  private static Goal goal(int g) {
    int total = 20 + g % 180;
    int newBuild = total * 2 / 3;
    Goal.Builder goal = Goal.builder()
        .id(goalId(g))
        .title("Doel " + g + ": " + total + " geschikte woningen")
        .description("Realiseren van " + total + " woningen voor de doelgroep, verdeeld over"
            + " nieuwbouw en bestaande bouw.")
        .target(Quantity.of(total, Unit.WONINGEN))
        .indicator("aantal opgeleverde woningen")
        .baseline(Quantity.of(total / 4, Unit.WONINGEN))
        .baselineYear(2024)
        .deadline(Deadline.ofYear(2026 + g % 9))
        .scope(Scope.builder().addTargetGroups(GROUPS[g % GROUPS.length])
            .addDwellingTypes(TYPES[g % TYPES.length]).addAreaIds("wijk-" + g % DISTRICTS)
            .build())
        .addOwnerPartyIds(coSigner(g / 2))
        .addBreakdowns(Breakdown.of(BreakdownDimension.BOUWWIJZE,
            BreakdownPart.of("nieuwbouw", newBuild),
            BreakdownPart.of("bestaande bouw", total - newBuild)));
    return goal.build();
  }

  private static PerformanceAgreement agreement(int a) {
    int total = 10 + a % 90;
    PerformanceAgreement.Builder agreement = PerformanceAgreement.builder()
        .id("afspraak-" + a)
        .title("Afspraak " + a + " over geclusterd wonen")
        .description("De partijen ontwikkelen samen " + total + " geclusterde woningen.")
        .type(AgreementType.HANDELINGSAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.KWANTITEIT_WONINGEN)
        .addParties(AgreementParty.of(party(0), PartyRole.ONDERTEKENAAR, PartyRole.TREKKER),
            AgreementParty.of(party(1), PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER),
            AgreementParty.of(party(2), PartyRole.ONDERTEKENAAR),
            AgreementParty.of(coSigner(a), PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER))
        .addGoalIds(goalId(2 * a), goalId(2 * a + 1))
        .period(YearPeriod.of(2025, 2028))
        .target(Quantity.of(total, Unit.WONINGEN))
        .deadline(Deadline.ofYear(2028))
        .actionTerms(ActionTerms.builder().addActivities("locaties zoeken",
            "ontmoetingsruimte inrichten").build())
        .addIndicatorIds(indicator(a % INDICATORS));
    // Yearly slices that add up to the target, except every tenth agreement: a finding.
    int slice = total / 4;
    for (int y = 0; y < 4; y++) {
      int value = y < 3 ? slice : total - 3 * slice + (a % 10 == 0 ? 1 : 0);
      agreement.addYearSlices(YearSlice.of(2025 + y, value));
    }
    return agreement.build();
  }

  /**
   * Dwelling record {@code i} of a stock: a self-contained home, a clustered one every third, a
   * room every seventeenth; one in a hundred breaks a rule (a clustered home without a zero-step
   * label).
   */
  public static Dwelling dwelling(int i) {
    Dwelling.Builder dwelling = Dwelling.builder()
        .id("eenheid-" + i)
        .municipalityCode("GM0363")
        .districtCode(String.format("WK0363%02d", i % DISTRICTS))
        .postalCode(String.format("%04d%c%c", 1000 + i % 9000, 'A' + i % 26, 'A' + i / 26 % 26))
        .unitKind(UnitKind.WOONRUIMTE)
        .unitDetailKind(i % 17 == 0 ? UnitDetailKind.KAMER : UnitDetailKind.TUSSENWONING)
        .rentClass(RentClass.values()[i % RentClass.values().length])
        .rooms(1 + i % 5)
        .constructionYear(1900 + i % 125)
        .ownerPartyId("corporatie-" + i % 7);
    if (i % 3 == 0) {
      dwelling.housingForm(HousingForm.GECLUSTERDE_WOONVORM)
          .accessibilityLabel(i % 100 == 0 ? AccessibilityLabel.GELIJKVLOERSE_WONING
              : AccessibilityLabel.NULTREDENWONING)
          .targetGroup(VeraTargetGroup.SENIOREN)
          .addSupplementaryTargetGroups(VeraSupplementaryTargetGroup.LICHAMELIJK_BEPERKTEN);
    }
    return dwelling.build();
  }

  /** Writes dwelling records {@code 0} to {@code count - 1} to {@code out} as NDJSON. */
  public static void writeStock(int count, OutputStream out) {
    try (NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, out)) {
      for (int i = 0; i < count; i++) {
        writer.write(dwelling(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The NDJSON of dwelling records {@code 0} to {@code count - 1}. */
  public static byte[] stock(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 400);
    writeStock(count, out);
    return out.toByteArray();
  }

  /**
   * The fourth signatory of agreement {@code a}, beside the gemeente, the corporation and the
   * tenants (parties 0 to 2), and owner of the agreement's goals: a care or welfare party for
   * half of the agreements, so that the other half gets advice to involve one.
   */
  private static String coSigner(int a) {
    return party(3 + a % (PARTIES - 3));
  }

  private static String party(int p) {
    return "partij-" + p;
  }

  private static String goalId(int g) {
    return "doel-" + g;
  }

  private static String indicator(int i) {
    return "indicator-" + i;
  }
}
