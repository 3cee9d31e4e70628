package nl.woonzorg.report;

import static nl.woonzorg.report.Page.escape;
import static nl.woonzorg.report.Page.meta;

import java.util.List;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.MonitorConclusion;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.Report;

/**
 * Renders a document of the cycle other than the vision — an analysis, prestatieafspraken, a
 * covenant, an uitvoeringsprogramma or a monitor — and its validation report as one page of the
 * same kind as the vision's: its header (kind, area, years, its own date, who made or signed it),
 * its place among the five phases, its content (each goal's target against its measurements as a
 * chart, the figures, activities, tasks, indicators with their measurements, conclusions), and
 * the findings by phase and severity. Self-contained and deterministic as the vision's page.
 */
final class DocumentPage {

  private final Texts lang;
  private final VisionPage vision;

  DocumentPage(Texts lang) {
    this.lang = lang;
    this.vision = new VisionPage(lang);
  }

  /** The page for {@code document}, whose validation in {@code profile} gave {@code report}. */
  String render(PolicyDocument document, Report report, String profile) {
    HousingCareVision view = document.asVision();
    StringBuilder html = new StringBuilder(16_384);
    Page.head(html, lang, document.getTitle());
    header(html, document, report, profile);
    var byPhase = VisionPage.byPhase(report);
    vision.phases(html, view, byPhase);
    if (!view.getGoals().isEmpty()) {
      vision.goals(html, view);
    }
    content(html, document);
    vision.findings(html, report, byPhase);
    Page.foot(html, lang);
    return html.toString();
  }

  private void header(StringBuilder html, PolicyDocument document, Report report,
      String profile) {
    html.append("<header>\n<h1>").append(escape(document.getTitle())).append("</h1>\n")
        .append("<p class=\"verdict ").append(report.verdict().getCode()).append("\">")
        .append(escape(lang.label(report.verdict()))).append("</p>\n")
        .append("<dl class=\"meta\">\n");
    meta(html, lang.pick("Soort document", "Kind of document"), kind(document));
    meta(html, lang.pick("Gebied", "Area"), document.getArea().getName());
    document.getPeriod().ifPresent(period -> meta(html, lang.pick("Periode", "Period"),
        period.getFromYear() + "–" + period.getToYear()));
    document.documentDate().ifPresent(date -> meta(html, dateLabel(document), date.toString()));
    List<String> makers = makers(document);
    if (!makers.isEmpty()) {
      meta(html, makersLabel(document), names(document, makers));
    }
    meta(html, lang.pick("Getoetst met profiel", "Checked with profile"), profile);
    meta(html, lang.pick("Bevindingen", "Findings"), lang.counts(report));
    html.append("</dl>\n</header>\n");
  }

  private String kind(PolicyDocument document) {
    if (document instanceof AnalysisDocument) {
      return lang.pick("woonzorganalyse", "housing-care analysis");
    } else if (document instanceof AgreementsDocument) {
      return lang.pick("prestatieafspraken", "performance agreements");
    } else if (document instanceof CovenantDocument) {
      return lang.pick("samenwerkingsovereenkomst of convenant", "cooperation agreement or covenant");
    } else if (document instanceof ProgrammeDocument) {
      return lang.pick("uitvoeringsprogramma", "implementation programme");
    }
    return lang.pick("monitor of voortgangsrapportage", "monitor or progress report");
  }

  private String dateLabel(PolicyDocument document) {
    if (document instanceof AgreementsDocument || document instanceof CovenantDocument) {
      return lang.pick("Ondertekend op", "Signed on");
    } else if (document instanceof ProgrammeDocument) {
      return lang.pick("Vastgesteld op", "Adopted on");
    }
    return lang.pick("Gepubliceerd op", "Published on");
  }

  private static List<String> makers(PolicyDocument document) {
    if (document instanceof AnalysisDocument analysis) {
      return analysis.getAuthorPartyIds();
    } else if (document instanceof CovenantDocument covenant) {
      return covenant.getSignatoryPartyIds();
    } else if (document instanceof ProgrammeDocument programme) {
      return programme.getAdoptedByPartyIds();
    } else if (document instanceof MonitorReport monitor) {
      return monitor.getAuthorPartyIds();
    }
    return List.of();
  }

  private String makersLabel(PolicyDocument document) {
    if (document instanceof CovenantDocument) {
      return lang.pick("Ondertekend door", "Signed by");
    } else if (document instanceof ProgrammeDocument) {
      return lang.pick("Vastgesteld door", "Adopted by");
    }
    return lang.pick("Opgesteld door", "Made by");
  }

  /** The parties' names, or their ids where the document has no such party. */
  private static String names(PolicyDocument document, List<String> partyIds) {
    return partyIds.stream()
        .map(id -> document.findParty(id).map(Party::getName).orElse(id))
        .collect(Collectors.joining(", "));
  }

  private void content(StringBuilder html, PolicyDocument document) {
    if (document instanceof AnalysisDocument analysis) {
      figures(html, analysis.getAnalysis().getFigures());
      analysisFindings(html, analysis.getAnalysis().getFindings());
    } else if (document instanceof AgreementsDocument agreements) {
      agreements(html, agreements.getAgreements());
    } else if (document instanceof CovenantDocument covenant) {
      tasks(html, document, lang.pick("Taken", "Tasks"), covenant.getTasks());
      tasks(html, document, lang.pick("Werkafspraken", "Working arrangements"),
          covenant.getWorkingArrangements());
    } else if (document instanceof ProgrammeDocument programme) {
      activities(html, document, programme.getProgramme().getActivities());
    } else if (document instanceof MonitorReport monitor) {
      indicators(html, monitor);
      conclusions(html, monitor.getConclusions());
    }
  }

  private void section(StringBuilder html, String title) {
    html.append("<section>\n<h2>").append(escape(title)).append("</h2>\n");
  }

  private void none(StringBuilder html, String nl, String en) {
    html.append("<p class=\"note\">").append(escape(lang.pick(nl, en))).append("</p>\n");
  }

  private void row(StringBuilder html, String... cells) {
    html.append("<tr>");
    for (String cell : cells) {
      html.append("<td>").append(escape(cell)).append("</td>");
    }
    html.append("</tr>\n");
  }

  private void headRow(StringBuilder html, String... cells) {
    html.append("<table>\n<tr>");
    for (String cell : cells) {
      html.append("<th>").append(escape(cell)).append("</th>");
    }
    html.append("</tr>\n");
  }

  private void figures(StringBuilder html, List<SupplyDemandFigure> figures) {
    section(html, lang.pick("Cijfers", "Figures"));
    if (figures.isEmpty()) {
      none(html, "Geen cijfers.", "No figures.");
    } else {
      headRow(html, lang.pick("Soort", "Kind"), lang.pick("Jaar", "Year"),
          lang.pick("Waarde", "Value"), lang.pick("Gebied", "Area"));
      for (SupplyDemandFigure figure : figures) {
        row(html, lang.label(figure.getKind()), Integer.toString(figure.getYear()),
            vision.quantity(figure.getValue()), figure.getAreaId().orElse("—"));
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private void analysisFindings(StringBuilder html, List<AnalysisFinding> findings) {
    section(html, lang.pick("Conclusies van de analyse", "The analysis's conclusions"));
    if (findings.isEmpty()) {
      none(html, "Geen conclusies.", "No conclusions.");
    } else {
      html.append("<ul>\n");
      findings.forEach(finding -> html.append("<li>").append(escape(finding.getStatement()
          + finding.getHorizonYear().map(year -> " (" + year + ")").orElse(""))).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private void agreements(StringBuilder html, List<PerformanceAgreement> agreements) {
    section(html, lang.pick("Afspraken", "Agreements"));
    if (agreements.isEmpty()) {
      none(html, "Geen afspraken.", "No agreements.");
    } else {
      headRow(html, lang.pick("Afspraak", "Agreement"), lang.pick("Soort", "Type"),
          lang.pick("Doel", "Target"), lang.pick("Uiterlijk", "By"));
      for (PerformanceAgreement agreement : agreements) {
        // An agreement without a type (format 1.1) shows a dash, as an absent target does.
        row(html, agreement.getTitle(), agreement.getType().map(lang::label).orElse("—"),
            agreement.getTarget().map(vision::quantity).orElse("—"),
            agreement.getDeadline().map(deadline -> deadline.lastDay().toString()).orElse("—"));
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private void tasks(StringBuilder html, PolicyDocument document, String title,
      List<CovenantTask> tasks) {
    section(html, title);
    if (tasks.isEmpty()) {
      none(html, "Geen.", "None.");
    } else {
      headRow(html, lang.pick("Omschrijving", "Description"), lang.pick("Partijen", "Parties"));
      tasks.forEach(task ->
          row(html, task.getDescription(), names(document, task.getPartyIds())));
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private void activities(StringBuilder html, PolicyDocument document,
      List<Activity> activities) {
    section(html, lang.pick("Activiteiten", "Activities"));
    if (activities.isEmpty()) {
      none(html, "Geen activiteiten.", "No activities.");
    } else {
      headRow(html, lang.pick("Activiteit", "Activity"), lang.pick("Trekker", "Owner"),
          lang.pick("Planning", "Planning"));
      for (Activity activity : activities) {
        row(html, activity.getTitle(),
            activity.getResponsiblePartyId().map(id -> names(document, List.of(id))).orElse("—"),
            activity.getPlanning().map(p -> p.getFromYear() + "–" + p.getToYear()).orElse("—"));
      }
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  /** Each indicator with its measurements as a table. */
  private void indicators(StringBuilder html, MonitorReport monitor) {
    section(html, lang.pick("Indicatoren en metingen", "Indicators and measurements"));
    if (monitor.getMonitoring().getIndicators().isEmpty()) {
      none(html, "Geen indicatoren.", "No indicators.");
    }
    for (Indicator indicator : monitor.getMonitoring().getIndicators()) {
      html.append("<article>\n<h3>").append(escape(indicator.getName())).append("</h3>\n");
      vision.measurementTable(html, monitor.getMonitoring().getMeasurements().stream()
          .filter(measurement -> measurement.getIndicatorId().equals(indicator.getId()))
          .toList());
      html.append("</article>\n");
    }
    html.append("</section>\n");
  }

  private void conclusions(StringBuilder html, List<MonitorConclusion> conclusions) {
    section(html, lang.pick("Conclusies", "Conclusions"));
    if (conclusions.isEmpty()) {
      none(html, "Geen conclusies.", "No conclusions.");
    } else {
      html.append("<ul>\n");
      conclusions.forEach(conclusion -> html.append("<li>")
          .append(escape(conclusion.getStatement())).append("</li>\n"));
      html.append("</ul>\n");
    }
    html.append("</section>\n");
  }
}
