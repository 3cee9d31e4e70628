package nl.woonzorg.spark.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.EncodingCheck;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The check of blocks of dwelling lines by io's own {@link NdjsonReader}, going on past bad lines:
 * it reads a block's clean lines in one pass, where a reader per line would pay for a parser per
 * record. The reader names the line of the block each record and bad line is on, so each is
 * placed on its line of the file: a record's findings keyed by the line's key or else the
 * dwelling's id, a bad line's reading problems keyed by the line's key (none for a file). The
 * findings are those of the library's NDJSON check of the whole file, also where a problem counts
 * bytes: an ill-formed UTF-8 sequence is described again with its offset in the file rather than
 * in the block. For the records of a Dataset ({@link Lines#file()} null), each record's findings
 * are those of {@link RecordChecking} reading it as a document of its own. One per task; the
 * validator is the JVM's.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DwellingLines implements LineCheck {

  private final WoonzorgValidator validator;
  private final Locale locale;
  private final NdjsonReader<Dwelling> reader;
  private Lines lines = new Lines("");
  private List<Row> rows = new ArrayList<>();

  /** A check with the validator of {@code settings}. */
  public DwellingLines(CheckSettings settings) {
    this.validator = settings.validator();
    this.locale = settings.locale();
    this.reader = NdjsonReader.of(DocumentType.DWELLING).continueOnError(this::problem);
  }

  @Override
  public List<Row> check(Lines block) {
    lines = block;
    rows = new ArrayList<>();
    reader.readWithLines(new ByteArrayInputStream(block.bytes(), 0, block.length()),
        this::record);
    return rows;
  }

  /** Checks {@code dwelling}, on line {@code number} of the block, counted from 1. */
  private void record(Dwelling dwelling, long number) {
    int line = Math.toIntExact(number) - 1;
    String key = lines.key(line);
    List<Finding> findings = validator.validate(dwelling).getFindings();
    for (Finding finding : findings) {
      rows.add(FindingRows.of(finding, key != null ? key : dwelling.getId(), lines.file(),
          number(line)));
    }
  }

  private void problem(WireProblem problem) {
    // The reader places each problem on its line of the block, counted from 1.
    int line = problem.position().map(SourcePosition::getLine).orElseThrow() - 1;
    Long number = number(line);
    // A record of a Dataset is read as a document of its own, on line 1.
    int at = number == null ? 1 : Math.toIntExact(number);
    WireProblem placed = problem.atLine(at);
    if (problem.kind() == ProblemKind.ENCODING) {
      placed = EncodingCheck.utf8(lines.bytes(), lines.start(line), lines.length(line),
          number == null ? 0 : lines.offset(line)).map(again -> again.atLine(at)).orElse(placed);
    }
    rows.add(FindingRows.of(placed.toFinding(locale), lines.key(line), lines.file(), number));
  }

  /** The number in the file of line {@code i} of the block, or null for records of a Dataset. */
  private @Nullable Long number(int i) {
    return lines.file() == null ? null : lines.number(i);
  }
}
