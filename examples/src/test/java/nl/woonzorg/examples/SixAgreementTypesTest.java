package nl.woonzorg.examples;

import static nl.woonzorg.model.fixture.SixAgreementTypes.garantieafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.procesafspraak;
import static nl.woonzorg.model.fixture.SixAgreementTypes.transactieafspraak;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/**
 * Worked example 5: one agreement of each type from Overzicht 2, and what the validator says each
 * still lacks.
 */
class SixAgreementTypesTest {

  private final HousingCareVision vision = SixAgreementTypes.vision();
  private final Report report =
      WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(vision);

  @Test
  void thereIsOneAgreementOfEachTypeInTheOrderOfOverzicht2() {
    assertEquals(List.of(AgreementType.values()), vision.getAgreements().stream()
        .map(agreement -> agreement.getType().orElseThrow()).toList());
  }

  @Test
  void theExamplesFiguresAreKept() {
    var process = procesafspraak().getProcessTerms().orElseThrow();
    assertEquals(2, process.getFrequency().orElseThrow().timesPerYear());
    assertEquals(2, process.getRenewalIntervalYears().orElseThrow());
    assertEquals(4, process.getEvaluationAfterYears().orElseThrow());
    assertEquals(List.of("gemeente-a", "mo-organisatie", "woningcorporatie-x"),
        garantieafspraak().partyIdsWithRole(PartyRole.KOSTENDRAGER));
    assertEquals(2, transactieafspraak().getTransactionTerms().orElseThrow()
        .getExchanges().size());
  }

  @Test
  void asAConceptItIsConformWith24WarningsAnd21Advice() {
    assertEquals(Verdict.CONFORM_WITH_WARNINGS, report.verdict());
    assertEquals(0, report.count(Severity.ERROR));
    assertEquals(24, report.count(Severity.WARNING));
    assertEquals(21, report.count(Severity.INFO));
  }

  @Test
  void theWarningsNameWhatEachAgreementLacks() {
    assertEquals(Map.of(
            "WZ-SIGN-01", 14L,
            "WZ-SMART-A-03", 1L,
            "WZ-SMART-M-03", 3L,
            "WZ-SMART-S-02", 3L,
            "WZ-SMART-T-03", 3L),
        countByRule(Severity.WARNING));
    assertEquals(Map.of(
            "WZ-SIGN-02", 5L,
            "WZ-SMART-A-04", 1L,
            "WZ-SMART-M-04", 1L,
            "WZ-SMART-S-03", 1L,
            "WZ-SMART-T-04", 2L,
            "WZ-TOPIC-01", 11L),
        countByRule(Severity.INFO));
  }

  @Test
  void onlyTheProcessAgreementHasAllStatutorySignatories() {
    assertEquals(List.of("/agreements/1/parties", "/agreements/2/parties",
            "/agreements/3/parties", "/agreements/4/parties", "/agreements/5/parties"),
        report.findings("WZ-SIGN-01").stream().map(f -> f.getLocation().toString())
            .distinct().toList());
  }

  private Map<String, Long> countByRule(Severity severity) {
    return report.findings(severity).stream().collect(Collectors.groupingBy(
        Finding::getRuleId, TreeMap::new, Collectors.counting()));
  }
}
