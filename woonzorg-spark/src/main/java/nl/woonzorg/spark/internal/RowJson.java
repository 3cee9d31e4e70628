package nl.woonzorg.spark.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.woonzorg.io.FormatVersion;
import nl.woonzorg.model.document.DocumentType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a row as the wire format's JSON object, so that io reads it as strictly as a line of a
 * file: each column a property of its name, in the wire format's order ({@link WireOrder}), then
 * any other column; null columns left out (absent, as an empty optional is on the wire); arrays
 * and structs as arrays and objects. A row without a {@code formatVersion} column is given the
 * current version ({@link #vera} writes a VERA {@code Eenheid} as it is). Not thread-safe: one per
 * task.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RowJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final List<String> ORDER = WireOrder.of(DocumentType.DWELLING);

  private final StructType schema;
  /** The columns' indices: the wire format's properties in its order, then the others. */
  private final int[] order;
  private final boolean addVersion;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

  /** A writer of dwelling rows of {@code schema}. */
  public RowJson(StructType schema) {
    this(schema, ORDER, true);
  }

  private RowJson(StructType schema, List<String> wireOrder, boolean versioned) {
    this.schema = schema;
    List<String> names = List.of(schema.fieldNames());
    this.addVersion = versioned && !names.contains(FormatVersion.PROPERTY);
    List<Integer> indices = new ArrayList<>();
    wireOrder.stream().filter(names::contains).forEach(name -> indices.add(names.indexOf(name)));
    for (int i = 0; i < names.size(); i++) {
      if (!wireOrder.contains(names.get(i))) {
        indices.add(i);
      }
    }
    this.order = indices.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A writer of VERA {@code Eenheid} rows of {@code schema}: the columns in their order, as the
   * attributes of a VERA object, which has no {@code formatVersion}.
   */
  public static RowJson vera(StructType schema) {
    return new RowJson(schema, List.of(), false);
  }

  /** The UTF-8 JSON of {@code row}; a new array. */
  public byte[] write(Row row) {
    out.reset();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartObject();
      if (addVersion) {
        generator.writeStringProperty(FormatVersion.PROPERTY, FormatVersion.CURRENT.toString());
      }
      StructField[] fields = schema.fields();
      for (int i : order) {
        field(generator, fields[i], row, i);
      }
      generator.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void fields(JsonGenerator generator, StructType type, Row row) {
    StructField[] fields = type.fields();
    for (int i = 0; i < fields.length; i++) {
      field(generator, fields[i], row, i);
    }
  }

  private static void field(JsonGenerator generator, StructField field, Row row, int i) {
    if (!row.isNullAt(i)) {
      generator.writeName(field.name());
      value(generator, field.dataType(), row.get(i));
    }
  }

  private static void value(JsonGenerator generator, DataType type, Object value) {
    if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Row struct && type instanceof StructType structType) {
      generator.writeStartObject();
      fields(generator, structType, struct);
      generator.writeEndObject();
    } else if (value instanceof scala.collection.Seq<?> seq && type instanceof ArrayType array) {
      generator.writeStartArray();
      scala.collection.Iterator<?> elements = seq.iterator();
      while (elements.hasNext()) {
        Object element = elements.next();
        if (element == null) {
          generator.writeNull();
        } else {
          value(generator, array.elementType(), element);
        }
      }
      generator.writeEndArray();
    } else if (value instanceof scala.collection.Map<?, ?> map && type instanceof MapType mapType) {
      generator.writeStartObject();
      Map<?, ?> entries = scala.jdk.javaapi.CollectionConverters.asJava(map);
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        generator.writeName(String.valueOf(entry.getKey()));
        if (entry.getValue() == null) {
          generator.writeNull();
        } else {
          value(generator, mapType.valueType(), entry.getValue());
        }
      }
      generator.writeEndObject();
    } else {
      // Dates and timestamps as ISO text, as the wire format writes them.
      generator.writeString(value.toString());
    }
  }
}
