package nl.woonzorg.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.woonzorg.io.ReadLimits;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;

/**
 * The findings rows of a partition of dwelling rows, each written as the wire format's JSON and
 * checked as {@link RecordChecking} checks it, but a block of records at a time by {@link
 * DwellingLines}, so that the reading costs one parser per block rather than one per record: the
 * findings of each block in turn, which {@link #findings} flattens. A record longer than a line
 * may be is checked on its own, as a document. Reads the partition as the findings are asked
 * for. Not thread-safe: one per task.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DwellingRows implements Iterator<List<Row>> {

  private static final long MAX = ReadLimits.records().maxDocumentLength();

  private final Iterator<Row> source;
  private final RowJson json;
  private final int keyIndex;
  private final RecordChecking alone;
  private final DwellingLines blocks;
  private final Lines lines = new Lines(null);

  private DwellingRows(Iterator<Row> source, RowJson json, int keyIndex, CheckSettings settings) {
    this.source = source;
    this.json = json;
    this.keyIndex = keyIndex;
    this.alone = new RecordChecking(settings);
    this.blocks = new DwellingLines(settings);
  }

  /**
   * The findings of the rows of {@code source}, written by {@code json}, keyed by their column
   * {@code keyIndex}, checked with the validator of {@code settings}.
   */
  public static Iterator<Row> findings(Iterator<Row> source, RowJson json, int keyIndex,
      CheckSettings settings) {
    return new FlatIterator<>(new DwellingRows(source, json, keyIndex, settings),
        block -> block);
  }

  @Override
  public boolean hasNext() {
    return source.hasNext();
  }

  /** The findings of the next block of rows. */
  @Override
  public List<Row> next() {
    if (!source.hasNext()) {
      throw new NoSuchElementException();
    }
    lines.clear();
    List<Row> rows = new ArrayList<>();
    while (lines.length() < NdjsonLines.BLOCK && source.hasNext()) {
      Row row = source.next();
      byte[] bytes = json.write(row);
      Object value = row.isNullAt(keyIndex) ? null : row.get(keyIndex);
      String key = value == null ? null : value.toString();
      if (bytes.length > MAX) {
        // As a line it would be refused for its length; as a document, it is read.
        rows.addAll(alone.check(bytes, 0, bytes.length, key, null, null));
      } else {
        lines.add(bytes, bytes.length, key);
      }
    }
    if (lines.count() > 0) {
      rows.addAll(blocks.check(lines));
    }
    return rows;
  }
}
