package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.fixture.CycleDocuments;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import org.junit.jupiter.api.Test;

/** validate(Object) checks each document as its type asks, and refuses what is no document. */
class DocumentDispatchTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  /** One document of every type; a type added to the model without one here fails the test. */
  private static final Map<DocumentType<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(DocumentType.VISION, GemeenteA.vision()),
      Map.entry(DocumentType.ANALYSIS, CycleDocuments.analysis()),
      Map.entry(DocumentType.AGREEMENTS, CycleDocuments.agreements()),
      Map.entry(DocumentType.COVENANT, CycleDocuments.covenant()),
      Map.entry(DocumentType.PROGRAMME, CycleDocuments.programme()),
      Map.entry(DocumentType.MONITOR, CycleDocuments.monitor()),
      Map.entry(DocumentType.AGREEMENT, GemeenteA.clusteredHousingAgreement()),
      Map.entry(DocumentType.GOAL, GemeenteA.clusteredHousingGoal()),
      Map.entry(DocumentType.DWELLING, Fixtures.dwelling().build()),
      Map.entry(DocumentType.BUILDING, Fixtures.building().build()),
      Map.entry(DocumentType.MEASUREMENT,
          Measurement.of("indicator-a", LocalDate.of(2024, 1, 1), 60)));

  @Test
  void everyDocumentTypeIsValidatedAndNamedByItsId() {
    for (DocumentType<?> type : DocumentType.all()) {
      Object document = SAMPLES.get(type);
      assertEquals(Optional.of(type), DocumentType.ofDocument(document), type.name());
      assertEquals(subject(type, document), VALIDATOR.validate(document).getSubject(),
          type.name());
    }
  }

  private static <T> Optional<String> subject(DocumentType<T> type, Object document) {
    return type.idOf(type.modelType().cast(document));
  }

  @Test
  void aGoalOnItsOwnIsNamedByItsIdAndConforms() {
    Report goal = VALIDATOR.validate(GemeenteA.clusteredHousingGoal());
    assertEquals(Optional.of(GemeenteA.GOAL_CLUSTERED), goal.getSubject());
    assertEquals(List.of(), goal.findings(Severity.ERROR));
  }

  @Test
  void aMeasurementIsCheckedAgainstItsConstraints() {
    Report report = VALIDATOR.validate(Measurement.of(" ", LocalDate.of(2024, 1, 1), 60));
    assertEquals(Optional.empty(), report.getSubject());
    assertEquals(List.of("WZ-BEAN-NOTBLANK /indicatorId"), report.getFindings().stream()
        .map(finding -> finding.getRuleId() + " " + finding.getLocation()).toList());
  }

  @Test
  void anObjectOfNoDocumentTypeIsRefused() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate("a string"));
    assertEquals("cannot validate a java.lang.String: not a woonzorg document;"
        + " DocumentType.all() lists them", refused.getMessage());
  }
}
