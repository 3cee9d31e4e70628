package nl.woonzorg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.spark.internal.FindingRows;
import nl.woonzorg.validation.StreamingReport;
import nl.woonzorg.validation.WoonzorgValidator;

/**
 * The library's own NDJSON check of a file, done as the CLI's {@code woonzorg validate} does it:
 * {@link NdjsonReader} going on past bad lines, each record validated, each record or bad line
 * placed at the next index of a {@link StreamingReport}. Its findings are given as text, one line
 * per finding with the file's line number, to compare with Spark's.
 */
final class LibraryCheck {

  private LibraryCheck() {}

  /** Each finding as {@link #text}, with the line of the record it is of. */
  static List<String> findings(Path file, WoonzorgValidator validator) {
    StreamingReport stock = StreamingReport.of(validator);
    List<Finding> problems = new ArrayList<>();
    int[] index = {0};
    int[] problemLine = {0};
    Runnable flush = () -> {
      if (!problems.isEmpty()) {
        stock.add(JsonPointer.root().append(index[0]++), Report.of(problems));
        problems.clear();
      }
    };
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonReader.of(DocumentType.DWELLING)
          .continueOnError((WireProblem problem) -> {
            int at = problem.position().map(SourcePosition::getLine).orElse(0);
            if (at != problemLine[0]) {
              flush.run();
              problemLine[0] = at;
            }
            problems.add(problem.toFinding(validator.locale()));
          })
          .read(in, dwelling -> {
            flush.run();
            stock.add(JsonPointer.root().append(index[0]++), validator.validate(dwelling));
          });
      flush.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Long> lines = recordLines(file);
    List<String> texts = new ArrayList<>();
    for (Finding finding : stock.report(file.toString()).getFindings()) {
      List<String> tokens = finding.getLocation().tokens();
      long line = lines.get(Integer.parseInt(tokens.get(0)));
      JsonPointer path = JsonPointer.of(tokens.subList(1, tokens.size()).toArray(String[]::new));
      texts.add(text(line, finding.getRuleId(), finding.getSeverity().getCode(), path.toString(),
          finding.getMessage(), FindingRows.params(finding)));
    }
    return texts;
  }

  /** One finding as text: line, rule, severity, path, message and the parameters in name order. */
  static String text(long line, String ruleId, String severity, String path, String message,
      Map<String, String> params) {
    return line + " " + ruleId + " " + severity + " " + path + " " + message + " "
        + new TreeMap<>(params);
  }

  /** The numbers of the lines that are not blank: the line of each index of the stream. */
  static List<Long> recordLines(Path file) {
    try {
      String text = Files.readString(file);
      List<Long> lines = new ArrayList<>();
      String[] all = text.split("\n", -1);
      for (int i = 0; i < all.length; i++) {
        if (!all[i].replace("\r", "").chars().allMatch(c -> c == ' ' || c == '\t')) {
          lines.add(i + 1L);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
