package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/**
 * The Taskforce's worked example is an adopted vision done right: it passes the strict profile
 * with advice only — the Taskforce topics it does not cover, and that no care or welfare party
 * co-signs its agreements.
 */
class GemeenteAConformityTest {

  @Test
  void gemeenteAPassesVastgesteldWithAdviceOnly() {
    Report report = WoonzorgValidator.builder().profile(Profile.VASTGESTELD).build()
        .validate(GemeenteA.vision());
    assertEquals(Verdict.CONFORM, report.verdict());
    assertTrue(report.passes(Severity.WARNING), report.getFindings().toString());
    assertEquals(List.of(
            "INFO WZ-SIGN-02 at /agreements/0/parties: Prestatieafspraak afspraak-geclusterd-2025"
                + " is niet mede ondertekend door een zorgaanbieder, welzijnsorganisatie of"
                + " zorgkantoor.",
            "INFO WZ-SIGN-02 at /agreements/1/parties: Prestatieafspraak"
                + " afspraak-borging-geclusterd is niet mede ondertekend door een zorgaanbieder,"
                + " welzijnsorganisatie of zorgkantoor.",
            // The topics come in the order of their codes, whatever the language.
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt het lokale aanbod van"
                + " zorg en ondersteuning niet.",
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt"
                + " communicatiestrategieën om urgentie te creëren niet.",
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt de leefbaarheid van"
                + " de omgeving niet.",
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt solidariteit van de"
                + " inwoners niet.",
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt het aanbod en de"
                + " behoefte aan woningaanpassingen niet.",
            "INFO WZ-TOPIC-01 at /vision/taskforceTopics: De visie behandelt een duiding van de"
                + " woonzorgopgave niet."),
        report.getFindings().stream().map(Object::toString).toList());
    assertEquals("woonzorgvisie-gemeente-a", report.getSubject().orElseThrow());
    assertEquals(List.of("AANBOD_ZORG_EN_ONDERSTEUNING", "COMMUNICATIE_URGENTIE",
            "LEEFBAARHEID_OMGEVING", "SOLIDARITEIT_BEWONERS", "WONINGAANPASSINGEN",
            "WOONZORGOPGAVE"),
        report.findings("WZ-TOPIC-01").stream().map(f -> f.getValue().orElseThrow()).toList(),
        "the missing topic is machine-readable");
  }

  @Test
  void englishAndDutchReportsListTheirFindingsAlike() {
    WoonzorgValidator dutch = WoonzorgValidator.builder().build();
    WoonzorgValidator english = WoonzorgValidator.builder().locale(java.util.Locale.ENGLISH).build();
    assertEquals(
        dutch.validate(GemeenteA.vision()).getFindings().stream()
            .map(f -> f.getRuleId() + f.getLocation() + f.getValue()).toList(),
        english.validate(GemeenteA.vision()).getFindings().stream()
            .map(f -> f.getRuleId() + f.getLocation() + f.getValue()).toList());
  }

  @Test
  void gemeenteAPassesConceptToo() {
    Report report = WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
        .validate(GemeenteA.vision());
    assertTrue(report.passes(Severity.WARNING), report.getFindings().toString());
  }
}
