package nl.woonzorg.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  /** Gemeente A, phase Analyse, from the Taskforce's worked example of clustered housing. */
  private static final AnalysisFinding GEMEENTE_A_FINDING = AnalysisFinding.builder()
      .id("verhuiswens-65-plus")
      .statement("23% van de 65-plussers in gemeente A heeft aangegeven te willen verhuizen naar"
          + " een geschikte woning waar ontmoeting mogelijk is en (op termijn) ook zorg kan"
          + " worden geboden.")
      .figure(Quantity.of(23, Unit.PROCENT))
      .addTargetGroup(TargetGroup.OUDEREN_65_PLUS)
      .addAreaId("gemeente-a")
      .sourceId("woononderzoek")
      .build();

  @Test
  void gemeenteAFinding() {
    Analysis analysis = Analysis.builder()
        .summary("Er is vraag naar geclusterde woonvormen voor senioren.")
        .addFinding(GEMEENTE_A_FINDING)
        .addSource(Source.builder().id("woononderzoek").title("Woononderzoek gemeente A")
            .publisher("Gemeente A").build())
        .build();

    AnalysisFinding finding = analysis.getFindings().get(0);
    assertEquals(Optional.of(Quantity.of(23, Unit.PROCENT)), finding.getFigure());
    assertEquals(new BigDecimal("23"), finding.getFigure().orElseThrow().getValue());
    assertEquals(Set.of(TargetGroup.OUDEREN_65_PLUS), finding.getTargetGroups());
    assertEquals(Set.of("gemeente-a"), finding.getAreaIds());
    assertEquals(Optional.of("Woononderzoek gemeente A"),
        analysis.findSource(finding.getSourceId().orElseThrow()).map(Source::getTitle));
    assertEquals(Optional.empty(), analysis.findSource("elders"));
    assertEquals(Set.of(), violations(analysis));
  }

  @Test
  void figuresOfDemandAndSupply() {
    SupplyDemandFigure demand = SupplyDemandFigure.builder().id("vraag-2030")
        .kind(FigureKind.PROGNOSE_VRAAG).targetGroup(TargetGroup.OUDEREN_75_PLUS)
        .dwellingType(DwellingType.GECLUSTERDE_WOONVORM).areaId("wijk-y").year(2030)
        .value(Quantity.of(120, Unit.WONINGEN)).referenceDate(LocalDate.of(2024, 1, 1)).build();

    assertEquals(FigureKind.PROGNOSE_VRAAG, demand.getKind());
    assertEquals(2030, demand.getYear());
    assertEquals(Quantity.of(120, Unit.WONINGEN), demand.getValue());
    assertEquals(Optional.empty(), demand.getSourceId());
    assertEquals(demand, SupplyDemandFigure.builder().from(demand).build());
  }

  @Test
  void bottlenecksByRank() {
    Bottleneck later = bottleneck("tekort-verpleegzorg", Term.LANGE_TERMIJN, 2);
    Bottleneck first = bottleneck("tekort-geclusterd", Term.KORTE_TERMIJN, 1);
    Bottleneck alsoSecond = bottleneck("uitstroom-bw", Term.KORTE_TERMIJN, 2);
    Analysis analysis =
        Analysis.builder().addBottlenecks(later, first, alsoSecond).build();

    assertEquals(List.of(first, later, alsoSecond), analysis.bottlenecksByRank());
    assertEquals(List.of(later, first, alsoSecond), analysis.getBottlenecks());
  }

  @Test
  void violationsCascadeWithTheirPaths() {
    Analysis analysis = Analysis.builder()
        .summary(" ")
        .addBottleneck(bottleneck("b", Term.KORTE_TERMIJN, 0))
        .addFinding(AnalysisFinding.builder().id("f").statement("").addAreaId(" ").build())
        .addFigure(SupplyDemandFigure.builder().id(" ").kind(FigureKind.AANBOD).year(2024)
            .value(Quantity.of(10, Unit.PLAATSEN)).sourceId("").build())
        .addSource(Source.builder().id("s").title("").url(" ").build())
        .build();

    assertEquals(Set.of(
            "bottlenecks[0].rank: must be greater than 0",
            "figures[0].id: must not be blank",
            "figures[0].sourceId: must not be blank",
            "findings[0].areaIds[].<iterable element>: must not be blank",
            "findings[0].statement: must not be blank",
            "sources[0].title: must not be blank",
            "sources[0].url: must not be blank",
            "summary: must not be blank"),
        violations(analysis));
  }

  @Test
  void codesAndLabels() {
    for (FigureKind kind : FigureKind.values()) {
      assertEquals(kind, FigureKind.fromCode(kind.getCode()));
      assertFalse(kind.getLabelNl().isBlank());
      assertFalse(kind.getLabelEn().isBlank());
    }
    for (Term term : Term.values()) {
      assertEquals(term, Term.fromCode(term.getCode()));
      assertFalse(term.getLabelEn().isBlank());
    }
    assertEquals("korte termijn", Term.KORTE_TERMIJN.getLabelNl());
  }

  private static Bottleneck bottleneck(String id, Term term, int rank) {
    return Bottleneck.builder().id(id).description("Knelpunt " + id).term(term).rank(rank)
        .build();
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
