package nl.woonzorg.spark.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
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

/**
 * The check of one VERA {@code Eenheid} record, as {@code woonzorg-vera} converts and woonzorg
 * then checks it: read strictly by {@link VeraReader} (its reading problems the findings if it is
 * not clean), mapped by {@link DwellingMapping#toDwelling}, the mapping's notes of a value refused
 * or missing as findings, and the dwelling, if one was built, validated. One per task; the
 * validator is the JVM's.
 */
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
    ReadResult<VeraUnit> read = reader.readResult(json);
    List<Finding> findings = new ArrayList<>();
    if (!read.isClean()) {
      for (WireProblem problem : read.problems()) {
        findings.add(problem.toFinding(locale));
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
