package nl.woonzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.woonzorg.examples.cli.ValidateCommand.FileResult;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.validation.StreamingReport;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.vera.check.VeraChecker;

/**
 * {@code validate} on a VERA file: each {@code Eenheid} checked against the VERA profile at the
 * peildatum, in the same report as woonzorg's own documents. One object, the API's list form (a
 * JSON array, pointers from the array) or NDJSON (pointers from the record's index, lines of the
 * file). A unit that cannot be read makes the file unreadable, with its problems located.
 */
final class VeraValidation {

  private VeraValidation() {}

  static FileResult validate(Path file, LocalDate peildatum, WoonzorgValidator validator,
      Woonzorg tool) throws IOException {
    VeraChecker checker = VeraChecker.of(tool.lang().locale());
    Optional<String> type = Optional.of(VeraFiles.VERA_EENHEID);
    if (Documents.isNdjson(file)) {
      return records(file, checker, peildatum, validator, tool);
    }
    byte[] bytes = Files.readAllBytes(file);
    // Strict UTF-8, as woonzorg's own documents: a malformed byte is a located read problem.
    String json = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
        .toString();
    try {
      Report report = VeraFiles.isArray(bytes)
          ? checker.checkList(json, peildatum) : checker.check(json, peildatum);
      return new FileResult(file, type, true, ValidateCommand.withSubject(report, file),
          Optional.empty());
    } catch (WireFormatException e) {
      return new FileResult(file, type, false,
          ValidateCommand.withSubject(e.toReport(checker.locale()), file), Optional.empty());
    }
  }

  /**
   * NDJSON, a record a line: findings placed under the record's index and at the line of the
   * file, and capped per rule over the whole stream as for woonzorg's records.
   */
  private static FileResult records(Path file, VeraChecker checker, LocalDate peildatum,
      WoonzorgValidator validator, Woonzorg tool) throws IOException {
    StreamingReport findings = StreamingReport.of(validator);
    long bad = 0;
    int index = 0;
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)));
        Progress progress = Progress.of(tool.err(), tool.terminal(), file.toString())) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Report report;
        try {
          report = checker.check(line, peildatum);
        } catch (WireFormatException e) {
          report = e.toReport(checker.locale());
          bad++;
        }
        findings.add(JsonPointer.root().append(index++), onLine(report, lineNumber));
        progress.tick();
      }
    }
    return new FileResult(file, Optional.of(VeraFiles.VERA_EENHEID), bad == 0,
        findings.report(file.toString()), Optional.empty());
  }

  /** The report with each position moved from the record's line 1 to the file's line. */
  private static Report onLine(Report report, int line) {
    return Report.of(report.getFindings().stream().map(finding -> finding.getPosition()
        .map(at -> Finding.builder().from(finding)
            .position(SourcePosition.of(line, at.getColumn())).build())
        .orElse(finding)).toList());
  }
}
