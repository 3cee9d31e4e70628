package nl.woonzorg.spark.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.EncodingCheck;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingNote;
import nl.woonzorg.vera.mapping.MappingResult;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;

/**
 * The check of one VERA {@code Eenheid} record, as {@code woonzorg-vera} converts and woonzorg
 * then checks it: read strictly by {@link VeraReader} (its reading problems the findings if it is
 * not clean), mapped by {@link DwellingMapping#toDwelling}, the mapping's notes of a value refused
 * or missing as findings, and the dwelling, if one was built, validated. One per task; the
 * validator is the JVM's.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class VeraRecordChecking {

  /** A mapping note's rule id: its reason's name, prefixed. */
  public static final String MAPPING_RULE_PREFIX = "WZ-VERA-MAP-";

  /**
   * The notes that are findings: a value the model refuses or lacks. {@code NO_COUNTERPART} and
   * {@code INFERRED} are what the mapping does by design (VERA holds much more than a dwelling),
   * so they are left out, as the CLI's {@code vera convert} leaves them out of its exit status.
   */
  private static final Set<MappingNote.Reason> FINDINGS = Set.of(MappingNote.Reason.MISSING,
      MappingNote.Reason.UNKNOWN_CODE, MappingNote.Reason.INVALID_VALUE);

  private final VeraReader reader = VeraReader.strict();
  private final WoonzorgValidator validator;
  private final Locale locale;

  /** A check with the validator of {@code settings}. */
  public VeraRecordChecking(CheckSettings settings) {
    this.validator = settings.validator();
    this.locale = settings.locale();
  }

  /** The findings of the {@code Eenheid} in {@code json}, in the order they were found. */
  public List<Finding> check(String json) {
    return findings(reader.readResult(json), UnaryOperator.identity());
  }

  /**
   * The findings rows of the {@code Eenheid} in {@code length} bytes of {@code line} from {@code
   * offset}, line {@code number} of NDJSON file {@code file}, as {@code VeraReader} reads a line:
   * the bytes checked to be UTF-8 first, the reading problems placed on the line.
   */
  public List<Row> checkLine(byte[] line, int offset, int length, String file, long number) {
    int at = Math.toIntExact(number);
    Optional<WireProblem> illFormed = EncodingCheck.utf8(line, offset, length, 0);
    if (illFormed.isPresent()) {
      return List.of(FindingRows.of(illFormed.get().atLine(at).toFinding(locale), null, file,
          number));
    }
    return rows(new String(line, offset, length, StandardCharsets.UTF_8), file, number,
        problem -> problem.atLine(at));
  }

  /** The findings rows of the non-blank lines of {@code lines}, each checked by {@link #checkLine}. */
  public List<Row> checkLines(Lines lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.count(); i++) {
      if (!lines.isBlank(i)) {
        rows.addAll(checkLine(lines.bytes(), lines.start(i), lines.length(i), lines.file(),
            lines.number(i)));
      }
    }
    return rows;
  }

  /**
   * The findings rows of the {@code Eenheid} in {@code json}, which starts on line {@code line} of
   * {@code file} and is the text of the file from line {@code skipped} + 1: its reading problems'
   * lines moved on by {@code skipped}.
   */
  public List<Row> rows(String json, String file, long line, long skipped) {
    return rows(json, file, line, problem -> problem.position()
        .map(at -> problem.atLine(Math.toIntExact(at.getLine() + skipped))).orElse(problem));
  }

  /**
   * The rows of {@code problems} that ended the reading of {@code file}: no record key, the line
   * where each was met.
   */
  public List<Row> problems(List<WireProblem> problems, String file) {
    List<Row> rows = new ArrayList<>();
    for (WireProblem problem : problems) {
      rows.add(FindingRows.of(problem.toFinding(locale), null, file,
          problem.position().map(at -> (long) at.getLine()).orElse(null)));
    }
    return rows;
  }

  private List<Row> rows(String json, String file, long line, UnaryOperator<WireProblem> place) {
    ReadResult<VeraUnit> read = reader.readResult(json);
    String key = read.value().flatMap(VeraUnit::getId).orElse(null);
    List<Row> rows = new ArrayList<>();
    for (Finding finding : findings(read, place)) {
      rows.add(FindingRows.of(finding, key, file, line));
    }
    return rows;
  }

  /**
   * The findings of {@code read}: its reading problems, each placed by {@code place}, if it is not
   * clean; else the mapping's notes and the dwelling's findings.
   */
  private List<Finding> findings(ReadResult<VeraUnit> read, UnaryOperator<WireProblem> place) {
    List<Finding> findings = new ArrayList<>();
    if (!read.isClean()) {
      for (WireProblem problem : read.problems()) {
        findings.add(place.apply(problem).toFinding(locale));
      }
      return findings;
    }
    MappingResult<Dwelling> mapped = DwellingMapping.toDwelling(read.value().orElseThrow());
    for (MappingNote note : mapped.notes()) {
      if (FINDINGS.contains(note.reason())) {
        findings.add(finding(note, locale));
      }
    }
    mapped.value().ifPresent(dwelling -> findings.addAll(validator.validate(dwelling)
        .getFindings()));
    return findings;
  }

  /**
   * The finding of a mapping note: {@code WZ-VERA-MAP-MISSING} (an error: no dwelling is built),
   * {@code WZ-VERA-MAP-UNKNOWN-CODE} and {@code WZ-VERA-MAP-INVALID-VALUE} (warnings: the
   * dwelling is built without the value), at the note's pointer into the VERA record.
   */
  public static Finding finding(MappingNote note, Locale locale) {
    Finding.Builder builder = Finding.builder()
        .ruleId(MAPPING_RULE_PREFIX + note.reason().name().replace('_', '-'))
        .severity(note.reason() == MappingNote.Reason.MISSING ? Severity.ERROR : Severity.WARNING)
        .location(note.pointer())
        .message(note.message(locale));
    note.found().ifPresent(builder::value);
    return builder.build();
  }

  /** The findings rows of {@code row}, of {@code json}'s schema, keyed by column {@code keyIndex}. */
  public List<Row> check(Row row, RowJson json, int keyIndex) {
    String text = new String(json.write(row), StandardCharsets.UTF_8);
    Object key = row.isNullAt(keyIndex) ? null : row.get(keyIndex);
    List<Row> rows = new ArrayList<>();
    for (Finding finding : check(text)) {
      rows.add(FindingRows.of(finding, key == null ? null : key.toString(), null, null));
    }
    return rows;
  }
}
