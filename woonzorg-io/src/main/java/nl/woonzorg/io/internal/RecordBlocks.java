package nl.woonzorg.io.internal;

import java.util.List;
import java.util.Objects;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.base.ParserBase;
import tools.jackson.databind.MappingIterator;

/**
 * Reads a block of NDJSON lines with one parser, for {@code nl.woonzorg.io.ndjson.NdjsonReader}:
 * a parser per line costs about as much as binding a small record; lines of flat records as the
 * writer writes them are read without a parser first ({@link FlatLines}). The block is taken only if
 * every line of it is blank or one clean record; otherwise nothing of it is, and the caller reads
 * its lines one by one, which reports the problems with their lines. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RecordBlocks {

  private RecordBlocks() {}

  /**
   * Whether {@code length} bytes of {@code bytes} from {@code offset}, a line without its line
   * end, may be read in a block. A line that announces another encoding than UTF-8 (a byte order mark, NUL bytes) must
   * be read on its own, as the parser of a block would take the mark as the block's encoding; so
   * must a line that still ends in a carriage return, which the parser would count as part of the
   * line end.
   */
  public static boolean mayJoin(byte[] bytes, int offset, int length) {
    return DocumentReading.otherEncoding(bytes, offset, length) == null
        && (length == 0 || bytes[offset + length - 1] != '\r');
  }

  /**
   * Reads {@code length} bytes of {@code block} from {@code offset}, which are {@code lines} whole lines
   * that {@link #mayJoin(byte[], int, int) may be joined}, each ending in {@code \n}, straight from
   * the bytes if {@link FlatLines} reads them all, otherwise with a parser of {@code reading}; under
   * its limits either way. Adds the record of every non-blank line to {@code records} in order.
   *
   * @return whether every line was well-formed UTF-8 and blank or exactly one record without any
   *     problem; if not, {@code records} is left as it was given
   */
  public static <T> boolean readClean(DocumentReading reading, byte[] block, int offset,
      int length, int lines, DocumentType<T> type, List<T> records) {
    Objects.checkFromIndexSize(offset, length, block.length);
    ModelBinder<T> binder = ModelBinder.of(type);
    FlatLines<T> flat = binder == null ? null : binder.flatLines();
    return flat != null && flat.read(reading.limits(), block, offset, length, lines, records)
        || readParsed(reading, block, offset, length, lines, type, records);
  }

  /**
   * Reads the lines as {@link #readClean} does, with the parser alone: what it does with every run
   * of lines that {@link FlatLines} does not take.
   */
  static <T> boolean readParsed(DocumentReading reading, byte[] block, int offset, int length,
      int lines, DocumentType<T> type, List<T> records) {
    if (Utf8.firstIllFormed(block, offset, offset + length) >= 0) {
      // The parser would decode some ill-formed UTF-8 silently; read alone, the line says where.
      return false;
    }
    int given = records.size();
    ModelBinder<T> binder = ModelBinder.of(type);
    try (JsonParser parser = reading.factory()
        .createParser(ObjectReadContext.empty(), block, offset, length)) {
      boolean oneRecordPerLine = binder != null
          ? readBuilt(parser, binder, records) : readBound(parser, type, records);
      // Jackson also counts a carriage return as a line end: a line with one inside may look
      // like two lines with a record each, and only the count of lines tells.
      return oneRecordPerLine && parser.currentLocation().getLineNr() == lines + 1
          || undo(records, given);
    } catch (RuntimeException notClean) {
      // A deviation from the schema, a broken invariant, bad syntax or encoding, a crossed
      // limit: reading the lines one by one says which and where.
      return undo(records, given);
    }
  }

  private static <T> boolean readBuilt(JsonParser parser, ModelBinder<T> binder,
      List<T> records) {
    ModelBinder.Lists lists = new ModelBinder.Lists();
    int lastLine = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      int line = tokenLine(parser);
      T record = binder.bind(parser, token, lists);
      if (!isOnItsOwnLine(parser, line, lastLine)) {
        return false;
      }
      records.add(record);
      lastLine = line;
    }
    return true;
  }

  private static <T> boolean readBound(JsonParser parser, DocumentType<T> type,
      List<T> records) {
    CheckingParser checking = new CheckingParser(parser, Shape.of(type));
    // One iterator binds the block's records with one databind context, as Jackson's own
    // reading of a stream of values does, rather than a context per record.
    MappingIterator<Object> values = WireMapper.binder(type).readValues(checking);
    int lastLine = 0;
    while (values.hasNextValue()) {
      int line = tokenLine(parser);
      T record = type.modelType().cast(values.nextValue());
      if (!isOnItsOwnLine(parser, line, lastLine)) {
        return false;
      }
      records.add(record);
      lastLine = line;
      checking.nextDocument();
    }
    return true;
  }

  /**
   * Whether the record just read, which started on {@code line}, is one per line: it starts on a
   * line after the previous record's and ends where it started.
   */
  private static boolean isOnItsOwnLine(JsonParser parser, int line, int lastLine) {
    return line > lastLine && tokenLine(parser) == line;
  }

  /**
   * The line of the current token. Jackson's byte parsers tell it without building a location
   * object, as {@code currentTokenLocation()} does, twice per record.
   */
  private static int tokenLine(JsonParser parser) {
    return parser instanceof ParserBase base
        ? base.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
  }

  private static <T> boolean undo(List<T> records, int size) {
    records.subList(size, records.size()).clear();
    return false;
  }
}
