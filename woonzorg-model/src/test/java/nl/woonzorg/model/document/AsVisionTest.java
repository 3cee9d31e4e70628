package nl.woonzorg.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.phase.Phase;
import org.junit.jupiter.api.Test;

/**
 * Each document seen as a vision keeps its header and its part, in its phase of the cycle; and
 * each tells the date it speaks as of.
 */
class AsVisionTest {

  private static void header(PolicyDocument document, HousingCareVision view) {
    assertEquals(document.getId(), view.getId());
    assertEquals(document.getTitle(), view.getTitle());
    assertEquals(document.getArea(), view.getArea());
    assertEquals(document.getPeriod(), view.getPeriod());
    assertEquals(document.getParties(), view.getParties());
    assertEquals(document.getAreas(), view.getAreas());
    assertEquals(Optional.empty(), view.getAdoptedOn());
  }

  @Test
  void eachKindKeepsItsPartInItsPhase() {
    AnalysisDocument analysis = CycleDocuments.analysis();
    HousingCareVision view = analysis.asVision();
    header(analysis, view);
    assertEquals(Optional.of(analysis.getAnalysis()), view.getAnalysis());
    assertEquals(Phase.ANALYSE, view.getCurrentPhase());

    AgreementsDocument agreements = CycleDocuments.agreements();
    view = agreements.asVision();
    header(agreements, view);
    assertEquals(agreements.getGoals(), view.getGoals());
    assertEquals(agreements.getAgreements(), view.getAgreements());
    assertEquals(Phase.AFSPRAKEN, view.getCurrentPhase());

    CovenantDocument covenant = CycleDocuments.covenant();
    view = covenant.asVision();
    header(covenant, view);
    assertEquals(covenant.getCooperation(), view.getCooperation());
    assertEquals(Phase.AFSPRAKEN, view.getCurrentPhase());

    ProgrammeDocument programme = CycleDocuments.programme();
    view = programme.asVision();
    header(programme, view);
    assertEquals(Optional.of(programme.getProgramme()), view.getProgramme());
    assertEquals(Phase.UITVOERING, view.getCurrentPhase());

    MonitorReport monitor = CycleDocuments.monitor();
    view = monitor.asVision();
    header(monitor, view);
    assertEquals(Optional.of(monitor.getMonitoring()), view.getMonitoring());
    assertEquals(Phase.BORGING, view.getCurrentPhase());
    assertEquals(List.of(), view.getGoals());
  }

  @Test
  void eachKindTellsItsOwnDate() {
    assertEquals(CycleDocuments.analysis().getPublishedOn(),
        CycleDocuments.analysis().documentDate());
    assertEquals(Optional.of(LocalDate.of(2022, 3, 31)),
        CycleDocuments.agreements().documentDate());
    CovenantDocument signed = CovenantDocument.builder().from(CycleDocuments.covenant())
        .signedOn(LocalDate.of(2023, 5, 1)).build();
    assertEquals(Optional.of(LocalDate.of(2023, 5, 1)), signed.documentDate());
    ProgrammeDocument adopted = ProgrammeDocument.builder().from(CycleDocuments.programme())
        .adoptedOn(LocalDate.of(2022, 7, 7)).build();
    assertEquals(Optional.of(LocalDate.of(2022, 7, 7)), adopted.documentDate());
    MonitorReport published = MonitorReport.builder().from(CycleDocuments.monitor())
        .publishedOn(LocalDate.of(2024, 2, 1)).build();
    assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), published.documentDate());
    // Not (yet) signed, adopted or published: no date.
    assertEquals(Optional.empty(), CycleDocuments.covenant().documentDate());
    assertEquals(Optional.empty(), CycleDocuments.programme().documentDate());
  }
}
