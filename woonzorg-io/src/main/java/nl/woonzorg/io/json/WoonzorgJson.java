package nl.woonzorg.io.json;

import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.model.HousingCareVision;
import org.apiguardian.api.API;

/**
 * The wire format in a few static calls, for callers who do not care about Jackson: strict
 * reading with the default limits, and compact or pretty writing.
 *
 * <pre>{@code
 * String json = WoonzorgJson.write(vision);
 * HousingCareVision back = WoonzorgJson.readVision(json);   // equals vision
 * Dwelling dwelling = WoonzorgJson.read(line, DocumentType.DWELLING);
 * }</pre>
 *
 * <p>For lenient reading, other limits, streams or files use {@link JsonReader} and {@link
 * JsonWriter}; for NDJSON {@link nl.woonzorg.io.ndjson}. Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WoonzorgJson {

  private WoonzorgJson() {}

  /**
   * The compact document for {@code document}: a vision, agreement, goal, dwelling or
   * measurement.
   *
   * @throws IllegalArgumentException if {@code document} is not of a {@link DocumentType}
   */
  public static String write(Object document) {
    return JsonWriter.compact().write(document);
  }

  /**
   * The indented document for {@code document}.
   *
   * @throws IllegalArgumentException if {@code document} is not of a {@link DocumentType}
   */
  public static String writePretty(Object document) {
    return JsonWriter.pretty().write(document);
  }

  /**
   * Reads a document of {@code type} strictly.
   *
   * @throws WireFormatException on any problem, with every problem found
   */
  public static <T> T read(String json, DocumentType<T> type) {
    return JsonReader.strict().read(json, type);
  }

  /**
   * Reads a housing-and-care vision strictly.
   *
   * @throws WireFormatException on any problem, with every problem found
   */
  public static HousingCareVision readVision(String json) {
    return read(json, DocumentType.VISION);
  }
}
