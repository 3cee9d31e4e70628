package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementLevel;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/**
 * The rules that the field's real documents called for in issue 16's second count, each with its
 * exact finding: rule id, severity, JSON Pointer and message in Dutch and English. An agreement
 * without a type (WZ-TYPE-08); a covenant task's goals and owner (WZ-DOC-10) and a link's parties
 * (WZ-REF-03) that must be the document's own.
 */
class RealDocumentRulesTest {

  private static final WoonzorgValidator DUTCH = WoonzorgValidator.builder().build();
  private static final WoonzorgValidator ENGLISH =
      WoonzorgValidator.builder().locale(Locale.ENGLISH).build();
  private static final WoonzorgValidator CONCEPT =
      WoonzorgValidator.builder().profile(Profile.CONCEPT).locale(Locale.ENGLISH).build();

  /** "In het pact zijn afspraken gemaakt over leefbaarheid": no type, theme leefbaarheid. */
  private static PerformanceAgreement liveability() {
    return PerformanceAgreement.builder().id("afspraken-leefbaarheid")
        .title("Afspraken over leefbaarheid").domain(AgreementDomain.ZORG_EN_WELZIJN)
        .theme(AgreementTheme.LEEFBAARHEID).level(AgreementLevel.REGIONAAL).build();
  }

  /** The findings of rule {@code id} as "SEVERITY pointer: message". */
  private static List<String> findings(Report report, String id) {
    return report.findings(id).stream().map(RealDocumentRulesTest::line).toList();
  }

  private static String line(Finding finding) {
    return finding.getSeverity() + " " + finding.getLocation() + ": " + finding.getMessage();
  }

  @Test
  void anAgreementWithoutATypeIsReportedAtItsTypeByProfile() {
    AgreementsDocument document = AgreementsDocument.builder().from(CycleDocuments.agreements())
        .addAgreements(liveability()).build();

    assertEquals(List.of("ERROR /agreements/2/type: Afspraak afspraken-leefbaarheid noemt niet"
        + " welk van de zes typen zij is."), findings(DUTCH.validate(document), "WZ-TYPE-08"));
    assertEquals(List.of("ERROR /agreements/2/type: Agreement afspraken-leefbaarheid does not"
        + " state which of the six types it is."),
        findings(ENGLISH.validate(document), "WZ-TYPE-08"));
    assertEquals(List.of("WARNING /agreements/2/type: Agreement afspraken-leefbaarheid does not"
        + " state which of the six types it is."),
        findings(CONCEPT.validate(document), "WZ-TYPE-08"));
    assertEquals(List.of("WARNING /type: Agreement afspraken-leefbaarheid does not state which of"
        + " the six types it is."), findings(CONCEPT.validate(liveability()), "WZ-TYPE-08"));
  }

  @Test
  void anAgreementWithoutATypeInACovenantIsReportedThere() {
    CovenantDocument pact = CovenantDocument.builder().from(CycleDocuments.covenant())
        .addAgreements(liveability()).build();

    assertEquals(List.of("ERROR /agreements/0/type: Agreement afspraken-leefbaarheid does not"
        + " state which of the six types it is."), findings(ENGLISH.validate(pact), "WZ-TYPE-08"));
  }

  @Test
  void theSmartAndTypeRulesPassAnAgreementWithoutATypeBy() {
    // A handelingsafspraak without target, deadline or activities is reported by four rules;
    // without its type, only its type is missing.
    Report report = ENGLISH.validate(PerformanceAgreement.builder()
        .from(GemeenteA.clusteredHousingAgreement()).type(Optional.empty())
        .actionTerms(Optional.empty()).target(Optional.empty()).indicatorIds(List.of())
        .goalIds(List.of()).deadline(Optional.empty()).period(Optional.empty())
        .yearSlices(List.of()).measures(List.of()).build());

    assertEquals(List.of("WZ-TYPE-08 /type"), report.getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getLocation()).toList());
  }

  @Test
  void aCovenantTasksGoalsAndOwnerAreThoseOfTheCovenant() {
    CovenantDocument covenant = CovenantDocument.builder().from(CycleDocuments.covenant())
        .tasks(List.of(CovenantTask.builder().from(CycleDocuments.covenant().getTasks().get(0))
            .ownerPartyId("corporatie-onbekend").addGoalIds("doel-onbekend").build()))
        .workingArrangements(List.of(CovenantTask.builder()
            .from(CycleDocuments.covenant().getWorkingArrangements().get(0))
            .addGoalIds(GemeenteA.GOAL_CLUSTERED).build()))
        .build();

    // The report orders its findings by pointer.
    assertEquals(List.of(
            "ERROR /tasks/0/goalIds/0: doel-onbekend in goalIds bestaat niet in dit document.",
            "ERROR /tasks/0/ownerPartyId: corporatie-onbekend in ownerPartyId bestaat niet in dit"
                + " document.",
            "ERROR /workingArrangements/0/goalIds/0: doel-geclusterd-110 in goalIds bestaat niet"
                + " in dit document."),
        findings(DUTCH.validate(covenant), "WZ-DOC-10"));
    CovenantDocument withTheGoal = CovenantDocument.builder().from(covenant)
        .addGoals(GemeenteA.clusteredHousingGoal()).build();
    assertEquals(List.of(
            "ERROR /tasks/0/goalIds/0: doel-onbekend in goalIds does not exist in this document.",
            "ERROR /tasks/0/ownerPartyId: corporatie-onbekend in ownerPartyId does not exist in"
                + " this document."),
        findings(ENGLISH.validate(withTheGoal), "WZ-DOC-10"));
  }

  @Test
  void aLinksPartiesAreThoseOfTheDocumentThatHoldsIt() {
    DocumentLink regiovisie = DocumentLink.builder().relation(DocumentRelation.HEEFT_ADDENDUM)
        .kind(PolicyDocumentKind.REGIOVISIE_OUDERENZORG).title("Regiovisie ouderenzorg")
        .addPartyIds(GemeenteA.GEMEENTE, "zorgkantoor-onbekend").build();
    HousingCareVision vision = Fixtures.vision(v -> v.addLinks(regiovisie));

    assertEquals(List.of("ERROR /links/0/partyIds/1: Partij zorgkantoor-onbekend bestaat niet in"
        + " deze woonzorgvisie."), findings(DUTCH.validate(vision), "WZ-REF-03"));
    HousingCareVision onAnAgreement = Fixtures.agreement(1, a -> a.addLinks(regiovisie));
    assertEquals(List.of("ERROR /agreements/1/links/0/partyIds/1: Party zorgkantoor-onbekend does"
        + " not exist in this vision."), findings(ENGLISH.validate(onAnAgreement), "WZ-REF-03"));
    CovenantDocument covenant = CovenantDocument.builder().from(CycleDocuments.covenant())
        .addLinks(regiovisie).build();
    assertEquals(List.of("ERROR /links/0/partyIds/1: Party zorgkantoor-onbekend does not exist in"
        + " this vision."), findings(ENGLISH.validate(covenant), "WZ-REF-03"));
    assertEquals(List.of(), findings(ENGLISH.validate(Fixtures.vision(v -> v.addLinks(
        DocumentLink.builder().from(regiovisie).partyIds(List.of(GemeenteA.GEMEENTE)).build()))),
        "WZ-REF-03"));
  }
}
