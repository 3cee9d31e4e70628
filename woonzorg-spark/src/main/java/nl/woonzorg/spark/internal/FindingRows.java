package nl.woonzorg.spark.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.woonzorg.model.report.Finding;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/** A finding as a row of {@code FindingColumns.SCHEMA}. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class FindingRows {

  private FindingRows() {}

  /**
   * The row of {@code finding} of the record {@code key}, read from line {@code line} of {@code
   * file} if it was read from a file.
   */
  public static Row of(Finding finding, @Nullable String key, @Nullable String file,
      @Nullable Long line) {
    return RowFactory.create(key, finding.getRuleId(), finding.getSeverity().getCode(),
        finding.getLocation().toString(), finding.getMessage(),
        CollectionConverters.asScala(params(finding)), file, line);
  }

  /** The arguments, and the found and expected values under names no argument has taken. */
  public static Map<String, String> params(Finding finding) {
    Map<String, String> params = new LinkedHashMap<>(finding.getArguments());
    finding.getValue().ifPresent(value -> params.putIfAbsent("value", value));
    finding.getExpected().ifPresent(expected -> params.putIfAbsent("expected", expected));
    return params;
  }
}
