package nl.woonzorg.testkit.defect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.testkit.defect.Defect.Site;

/**
 * The defects of the documents of the cycle besides the vision: one per WZ-DOC rule, and a
 * gemeentecode out of date by the document's date (WZ-AREA-05) for every kind.
 */
final class DocumentDefects {

  private DocumentDefects() {}

  static List<Defect<PolicyDocument>> all() {
    List<Defect<PolicyDocument>> out = new ArrayList<>();
    out.add(new Defect<>("programme-without-period", "WZ-DOC-02",
        "A programme document loses its period, and so does its programme.",
        d -> d instanceof ProgrammeDocument p ? List.of(site(JsonPointer.of("period"),
            x -> ProgrammeDocument.builder().from(p).period(Optional.empty())
                .programme(ImplementationProgramme.builder().from(p.getProgramme())
                    .period(Optional.empty()).build()).build())) : List.of()));
    out.add(new Defect<>("analysis-without-makers", "WZ-DOC-03",
        "An analysis no longer names who made it.",
        d -> d instanceof AnalysisDocument a && !a.getAuthorPartyIds().isEmpty()
            ? List.of(site(JsonPointer.of("authorPartyIds"),
                x -> AnalysisDocument.builder().from(a).authorPartyIds(List.of()).build()))
            : List.of()));
    out.add(new Defect<>("horizon-before-publication", "WZ-DOC-04",
        "An analysis is dated the year after its horizon.",
        d -> d instanceof AnalysisDocument a && a.getHorizonYear().isPresent()
            ? List.of(site(JsonPointer.of("horizonYear"), x -> AnalysisDocument.builder().from(a)
                .publishedOn(LocalDate.of(a.getHorizonYear().orElseThrow() + 1, 1, 1)).build()))
            : List.of()));
    out.add(new Defect<>("covenant-with-one-signatory", "WZ-DOC-05",
        "A covenant keeps only its first signatory.",
        d -> d instanceof CovenantDocument c && c.getSignatoryPartyIds().size() > 1
            ? List.of(site(JsonPointer.of("signatoryPartyIds"), x -> CovenantDocument.builder()
                .from(c).signatoryPartyIds(c.getSignatoryPartyIds().subList(0, 1)).build()))
            : List.of()));
    out.add(new Defect<>("covenant-without-tasks", "WZ-DOC-06",
        "A covenant loses its tasks and its working arrangements.",
        d -> d instanceof CovenantDocument c
            && !(c.getTasks().isEmpty() && c.getWorkingArrangements().isEmpty())
            ? List.of(site(JsonPointer.of("tasks"), x -> CovenantDocument.builder().from(c)
                .tasks(List.of()).workingArrangements(List.of()).build()))
            : List.of()));
    out.add(new Defect<>("unmeasured-indicator", "WZ-DOC-07",
        "A monitor loses every measurement of one of its measured indicators.",
        DocumentDefects::unmeasured));
    out.add(new Defect<>("measurement-outside-report-period", "WZ-DOC-08",
        "A monitor's first measurement moves to the year after its period.",
        d -> d instanceof MonitorReport m && m.getPeriod().isPresent()
            && !m.getMonitoring().getMeasurements().isEmpty()
            ? List.of(site(JsonPointer.of("monitoring", "measurements", "0", "referenceDate"),
                x -> moved(m))) : List.of()));
    out.add(new Defect<>("agreement-outside-document-period", "WZ-DOC-09",
        "An agreement of a prestatieafspraken document runs a year past the document's period.",
        DocumentDefects::agreementsPastPeriod));
    out.add(new Defect<>("unknown-signatory", "WZ-DOC-10",
        "A covenant gets a signatory that is none of its parties.",
        d -> d instanceof CovenantDocument c ? List.of(site(JsonPointer.of("signatoryPartyIds")
            .append(c.getSignatoryPartyIds().size()), x -> CovenantDocument.builder().from(c)
                .addSignatoryPartyIds("partij-onbekend").build())) : List.of()));
    out.add(new Defect<>("task-towards-unknown-goal", "WZ-DOC-10",
        "A task of a covenant works towards a goal the covenant does not have.",
        DocumentDefects::tasksTowardsUnknownGoals));
    out.add(new Defect<>("dissolved-municipality-code", "WZ-AREA-05",
        "The document's gemeente gets the code of a gemeente dissolved on or before the earliest"
            + " date the document carries — its own date, the start of its period, the date of"
            + " the CBS list — so that it is out of date whichever the validator judges it at"
            + " (its wijken and buurten follow).", DocumentDefects::dissolvedMunicipality));
    return List.copyOf(out);
  }

  private static List<Site<PolicyDocument>> tasksTowardsUnknownGoals(PolicyDocument d) {
    if (!(d instanceof CovenantDocument c)) {
      return List.of();
    }
    List<Site<PolicyDocument>> sites = new ArrayList<>();
    for (int i = 0; i < c.getTasks().size(); i++) {
      int at = i;
      CovenantTask task = c.getTasks().get(i);
      sites.add(site(JsonPointer.of("tasks").append(i).append("goalIds")
          .append(task.getGoalIds().size()), x -> {
            List<CovenantTask> tasks = new ArrayList<>(c.getTasks());
            tasks.set(at, CovenantTask.builder().from(task)
                .addGoalIds(VisionDefects.UNKNOWN).build());
            return CovenantDocument.builder().from(c).tasks(tasks).build();
          }));
    }
    return sites;
  }

  private static List<Site<PolicyDocument>> dissolvedMunicipality(PolicyDocument d) {
    Area area = d.getArea();
    if (area.getType() != AreaType.GEMEENTE || area.getCode().isEmpty()) {
      return List.of();
    }
    LocalDate earliest = Stream.of(d.documentDate(),
            d.getPeriod().map(period -> LocalDate.of(period.getFromYear(), 1, 1)),
            Optional.of(LocalDate.of(Municipalities.referenceYear(), 1, 1)))
        .flatMap(Optional::stream).min(Comparator.naturalOrder()).orElseThrow();
    return VisionDefects.dissolvedMunicipalityCode(earliest).map(code -> {
      String from = area.getCode().orElseThrow().substring(2);
      String to = code.substring(2);
      return List.of(site(JsonPointer.of("area", "code"), x -> withAreas(d,
          Area.builder().from(area).code(code).build(),
          d.getAreas().stream().map(a -> VisionDefects.recoded(a, from, to)).toList())));
    }).orElse(List.of());
  }

  /** {@code d} with its own area and its areas replaced, whatever its kind. */
  private static PolicyDocument withAreas(PolicyDocument d, Area area, List<Area> areas) {
    if (d instanceof AnalysisDocument a) {
      return AnalysisDocument.builder().from(a).area(area).areas(areas).build();
    } else if (d instanceof AgreementsDocument a) {
      return AgreementsDocument.builder().from(a).area(area).areas(areas).build();
    } else if (d instanceof CovenantDocument c) {
      return CovenantDocument.builder().from(c).area(area).areas(areas).build();
    } else if (d instanceof ProgrammeDocument p) {
      return ProgrammeDocument.builder().from(p).area(area).areas(areas).build();
    }
    return MonitorReport.builder().from((MonitorReport) d).area(area).areas(areas).build();
  }

  private static List<Site<PolicyDocument>> unmeasured(PolicyDocument d) {
    if (!(d instanceof MonitorReport m)) {
      return List.of();
    }
    Monitoring monitoring = m.getMonitoring();
    List<Site<PolicyDocument>> sites = new ArrayList<>();
    for (int i = 0; i < monitoring.getIndicators().size(); i++) {
      Indicator indicator = monitoring.getIndicators().get(i);
      List<Measurement> others = monitoring.getMeasurements().stream()
          .filter(x -> !x.getIndicatorId().equals(indicator.getId())).toList();
      if (others.size() < monitoring.getMeasurements().size()) {
        sites.add(site(JsonPointer.of("monitoring", "indicators").append(i),
            x -> MonitorReport.builder().from(m).monitoring(Monitoring.builder().from(monitoring)
                .measurements(others).build()).build()));
      }
    }
    return sites;
  }

  private static PolicyDocument moved(MonitorReport m) {
    List<Measurement> measurements = new ArrayList<>(m.getMonitoring().getMeasurements());
    Measurement first = measurements.get(0);
    measurements.set(0, Measurement.builder().from(first)
        .referenceDate(LocalDate.of(m.getPeriod().orElseThrow().getToYear() + 1, 1, 1)).build());
    return MonitorReport.builder().from(m).monitoring(Monitoring.builder()
        .from(m.getMonitoring()).measurements(measurements).build()).build();
  }

  private static List<Site<PolicyDocument>> agreementsPastPeriod(PolicyDocument d) {
    if (!(d instanceof AgreementsDocument a) || a.getPeriod().isEmpty()) {
      return List.of();
    }
    YearPeriod period = a.getPeriod().orElseThrow();
    List<Site<PolicyDocument>> sites = new ArrayList<>();
    for (int i = 0; i < a.getAgreements().size(); i++) {
      PerformanceAgreement agreement = a.getAgreements().get(i);
      Optional<YearPeriod> own = agreement.getPeriod();
      if (own.isPresent() && period.contains(own.get().getFromYear())
          && period.contains(own.get().getToYear())) {
        int at = i;
        sites.add(site(JsonPointer.of("agreements").append(i).append("period"), x -> {
          List<PerformanceAgreement> agreements = new ArrayList<>(a.getAgreements());
          agreements.set(at, PerformanceAgreement.builder().from(agreement)
              .period(YearPeriod.of(own.get().getFromYear(), period.getToYear() + 1)).build());
          return AgreementsDocument.builder().from(a).agreements(agreements).build();
        }));
      }
    }
    return sites;
  }

  private static Site<PolicyDocument> site(JsonPointer pointer,
      Function<PolicyDocument, PolicyDocument> breaker) {
    return new Site<>(pointer, breaker);
  }
}
