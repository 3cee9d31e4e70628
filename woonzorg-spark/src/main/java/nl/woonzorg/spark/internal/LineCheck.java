package nl.woonzorg.spark.internal;

import java.util.List;
import org.apache.spark.sql.Row;

/** The check of one line of an NDJSON file, giving its findings rows. */
@FunctionalInterface
public interface LineCheck {

  /**
   * The findings rows of the record in the first {@code length} bytes of {@code line}, line
   * {@code number} (from 1) of {@code file}; the line holds no line break.
   */
  List<Row> check(byte[] line, int length, String file, long number);
}
