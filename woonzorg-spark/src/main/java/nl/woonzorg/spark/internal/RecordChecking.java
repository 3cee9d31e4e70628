package nl.woonzorg.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The check of one record, as the library's NDJSON check does it: read strictly as a line of a
 * file (io's {@link JsonReader} with {@link ReadLimits#records()}), its reading problems the
 * findings if it is not clean, else the validator's findings. One per task; the validator is the
 * JVM's.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RecordChecking {

  private final JsonReader reader = JsonReader.strict().withLimits(ReadLimits.records());
  private final WoonzorgValidator validator;
  private final Locale locale;

  /** A check with the validator of {@code settings}. */
  public RecordChecking(CheckSettings settings) {
    this.validator = settings.validator();
    this.locale = settings.locale();
  }

  /**
   * The findings rows of the record in {@code length} bytes of {@code json} from {@code offset},
   * found at {@code line} of {@code file} if read from a file (its problems then placed on that
   * line), keyed by {@code key}, or if null by the dwelling's id.
   */
  public List<Row> check(byte[] json, int offset, int length, @Nullable String key,
      @Nullable String file, @Nullable Long line) {
    ReadResult<Dwelling> read = reader.readResult(json, offset, length, DocumentType.DWELLING);
    List<Row> rows = new ArrayList<>();
    if (read.isClean()) {
      Dwelling dwelling = read.value().orElseThrow();
      String recordKey = key != null ? key : dwelling.getId();
      for (Finding finding : validator.validate(dwelling).getFindings()) {
        rows.add(FindingRows.of(finding, recordKey, file, line));
      }
    } else {
      for (WireProblem problem : read.problems()) {
        WireProblem placed = line == null ? problem : problem.atLine(Math.toIntExact(line));
        rows.add(FindingRows.of(placed.toFinding(locale), key, file, line));
      }
    }
    return rows;
  }
}
