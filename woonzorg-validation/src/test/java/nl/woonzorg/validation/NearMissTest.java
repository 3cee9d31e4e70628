package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.GuaranteeTerms;
import nl.woonzorg.model.agreement.IntentTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data right on the edge of a rule, and correct: each rule must stay silent. Clean Gemeente A
 * alone never exercises these rules, because it has no intent, guarantee or transaction
 * agreement, no yearly slices, no coded wijk and no percentage of exactly 100.
 */
class NearMissTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  record Case(String ruleId, String what, Supplier<Report> report) {
    @Override
    public String toString() {
      return ruleId + ": " + what;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("WZ-TYPE-01", "an intent agreement with its condition and consequence",
            () -> VALIDATOR.validate(Fixtures.extraAgreement(AgreementType.INTENTIEAFSPRAAK,
                a -> a.intentTerms(IntentTerms.of("als locatie x vrijkomt",
                    "wordt zij getransformeerd tot gemengd wonen"))))),
        new Case("WZ-TYPE-02", "both sides of a transaction say what they give and get",
            () -> VALIDATOR.validate(Fixtures.extraAgreement(AgreementType.TRANSACTIEAFSPRAAK,
                a -> a.transactionTerms(TransactionTerms.of(
                    Exchange.of(GemeenteA.CORPORATIE_X, "renovatie", "vastgoed"),
                    Exchange.of(GemeenteA.GEMEENTE, "vastgoed", "renovatie")))))),
        new Case("WZ-TYPE-03", "every exchange party takes part in the agreement",
            () -> VALIDATOR.validate(Fixtures.extraAgreement(AgreementType.TRANSACTIEAFSPRAAK,
                a -> a.transactionTerms(TransactionTerms.of(
                    Exchange.of(GemeenteA.CORPORATIE_X, "renovatie", "vastgoed"),
                    Exchange.of(GemeenteA.HUURDERS, "instemming", "inspraak")))))),
        new Case("WZ-TYPE-04", "a guarantee names its obligation and its cost bearers",
            () -> VALIDATOR.validate(Fixtures.extraAgreement(AgreementType.GARANTIEAFSPRAAK,
                a -> a.guaranteeTerms(GuaranteeTerms.builder()
                    .obligation("kosten bij uithuiszetting na uitstroom worden gedeeld")
                    .addCostBearerPartyIds(GemeenteA.GEMEENTE, GemeenteA.CORPORATIE_X).build())))),
        new Case("WZ-SUM-03", "slices in the first and the last year of the period",
            () -> VALIDATOR.validate(Fixtures.agreement(0, a -> a.addYearSlices(
                YearSlice.of(2022, 20), YearSlice.of(2025, 90))))),
        new Case("WZ-SUM-04", "slices that add up to the target exactly",
            () -> VALIDATOR.validate(Fixtures.agreement(0, a -> a.addYearSlices(
                YearSlice.of(2022, 20), YearSlice.of(2023, 30), YearSlice.of(2024, 30),
                YearSlice.of(2025, 30))))),
        new Case("WZ-SMART-T-05", "a deadline in the last year of the agreement's period",
            () -> VALIDATOR.validate(Fixtures.agreement(0, a -> a.deadline(
                Deadline.ofYear(2025))))),
        new Case("WZ-SMART-R-03", "a percentage of exactly 100",
            () -> VALIDATOR.validate(Fixtures.vision(v -> v.analysis(
                Analysis.builder().from(GemeenteA.analysis()).findings(List.of(
                    AnalysisFinding.builder().from(GemeenteA.analysis().getFindings().get(0))
                        .figure(Quantity.of(100, Unit.PROCENT)).build())).build())))),
        new Case("WZ-AREA-02", "a wijk code of the vision's own gemeente",
            () -> VALIDATOR.validate(Fixtures.vision(v -> v
                .area(Area.builder().from(GemeenteA.vision().getArea()).code("GM0363").build())
                .areas(List.of(Area.builder().from(GemeenteA.vision().getAreas().get(0))
                    .code("WK036301").build()))))),
        new Case("WZ-AREA-04", "a gemeentecode in Arabic-Indic digits, the pattern's to report",
            () -> VALIDATOR.validate(Fixtures.dwelling()
                .municipalityCode("GM\u0669\u0669\u0669\u0669").build())),
        new Case("WZ-DWELLING-02", "a care-suitable home with a rollator label that is zero-step",
            () -> VALIDATOR.validate(Fixtures.dwelling()
                .housingForm(HousingForm.ZORGGESCHIKTE_WONING)
                .accessibilityLabel(AccessibilityLabel.ROLLATORWONING).build())));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void staysSilentOnDataThatIsJustRight(Case nearMiss) {
    Report report = nearMiss.report().get();
    assertEquals(List.of(), report.findings(nearMiss.ruleId()).stream()
        .map(Finding::toString).toList(), nearMiss.what());
  }
}
