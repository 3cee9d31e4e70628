package nl.woonzorg.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.examples.cli.ValidateCommand.FileResult;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.validation.rule.Profile;

/**
 * Writes validation results as a plain-text table for people: per file a heading with the verdict
 * and counts, then one row per finding with severity, rule, place and message. Columns are as wide
 * as their widest cell, so the table reads in any terminal and diffs well.
 */
final class FindingTable {

  private final Lang lang;

  FindingTable(Lang lang) {
    this.lang = lang;
  }

  void write(PrintWriter out, List<FileResult> results, Profile profile) {
    for (FileResult result : results) {
      out.println(heading(result, profile));
      result.error().ifPresent(error ->
          out.println("  " + lang.pick("onleesbaar: ", "unreadable: ") + error));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {lang.pick("ernst", "severity"), lang.pick("regel", "rule"),
          lang.pick("plaats", "location"), lang.pick("melding", "message")});
      for (Finding finding : result.report().getFindings()) {
        rows.add(new String[] {lang.label(finding.getSeverity()), finding.getRuleId(),
            place(finding), finding.getMessage()});
      }
      if (rows.size() > 1) {
        writeRows(out, rows);
      }
    }
  }

  private String heading(FileResult result, Profile profile) {
    Report report = result.report();
    String type = result.type().map(documentType -> " (" + documentType + ")").orElse("");
    String verdict = result.readable()
        ? lang.label(report.verdict())
        : lang.pick("onleesbaar", "unreadable");
    return result.file() + type + ": " + verdict + " — " + lang.counts(report) + " ("
        + lang.pick("profiel ", "profile ")
        + profile.name().toLowerCase(Locale.ROOT) + ")";
  }

  private static String place(Finding finding) {
    String pointer = finding.getLocation().isRoot() ? "/" : finding.getLocation().toString();
    return finding.getPosition()
        .map(position -> pointer + " (" + position.getLine() + ":" + position.getColumn() + ")")
        .orElse(pointer);
  }

  private static void writeRows(PrintWriter out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns - 1; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[columns - 1]));
    }
  }
}
