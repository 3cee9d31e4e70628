package nl.woonzorg.spark.internal;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;

/**
 * The check of a block of lines of an NDJSON file, giving their findings rows in file order. A
 * block rather than a line, so that a check can read many records in one pass, as io's {@code
 * NdjsonReader} does.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@FunctionalInterface
public interface LineCheck {

  /**
   * The findings rows of the records in {@code lines}, whose blank lines are to be skipped; none
   * is longer than the records' limit.
   */
  List<Row> check(Lines lines);
}
