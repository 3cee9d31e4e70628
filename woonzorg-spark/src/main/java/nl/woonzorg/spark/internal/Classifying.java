package nl.woonzorg.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A dwelling row classified as the analysis classifies it: read strictly as a record, then its
 * gemeente (its own code, or the one its wijk or buurt code is built on, as the analysis takes
 * it), its area codes and the codes of the categories of {@link StockClassification#defaults()}
 * it counts in. A record that cannot be read gives no row. One per task.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Classifying {

  /** The schema of a classified row. */
  public static final StructType SCHEMA = new StructType()
      .add("municipality", DataTypes.StringType, true)
      .add("gemeente", DataTypes.StringType, true)
      .add("wijk", DataTypes.StringType, true)
      .add("buurt", DataTypes.StringType, true)
      .add("categories", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StockClassification CLASSIFICATION = StockClassification.defaults();

  private final JsonReader reader = JsonReader.strict().withLimits(ReadLimits.records());
  private final RowJson json;

  /** A classifier of rows of {@code schema}. */
  public Classifying(StructType schema) {
    this.json = new RowJson(schema);
  }

  /** The row of {@code row}, or none if it is no readable dwelling record. */
  public List<Row> classify(Row row) {
    byte[] bytes = json.write(row);
    ReadResult<Dwelling> read = reader.readResult(bytes, 0, bytes.length, DocumentType.DWELLING);
    List<Row> rows = new ArrayList<>(1);
    if (read.isClean()) {
      Dwelling dwelling = read.value().orElseThrow();
      List<String> categories = CLASSIFICATION.classify(dwelling).stream()
          .map(SupplyCategory::code).toList();
      Optional<String> municipality = dwelling.getMunicipalityCode()
          .or(() -> dwelling.getDistrictCode().map(code -> "GM" + code.substring(2, 6)))
          .or(() -> dwelling.getNeighbourhoodCode().map(code -> "GM" + code.substring(2, 6)));
      rows.add(RowFactory.create(municipality.orElse(null),
          dwelling.getMunicipalityCode().orElse(null), dwelling.getDistrictCode().orElse(null),
          dwelling.getNeighbourhoodCode().orElse(null),
          CollectionConverters.asScala(categories).toSeq()));
    }
    return rows;
  }
}
