package nl.woonzorg.spark.crossrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class UniqueKeyCheckTest {

  private final SparkSession spark = SharedSpark.session();

  @Test
  void everyRecordOfAKeyThatOccursMoreThanOnceIsAFindingOfWzId01() {
    StructType schema = new StructType().add("id", DataTypes.StringType, true)
        .add("unitKind", DataTypes.StringType, true);
    Dataset<Row> dwellings = spark.createDataFrame(List.of(RowFactory.create("A", "WOO"),
        RowFactory.create("B", "WOO"), RowFactory.create("A", "WOO"),
        RowFactory.create("C", "WOO"), RowFactory.create("A", "BED"),
        RowFactory.create(null, "WOO"), RowFactory.create(null, "WOO")), schema);

    List<Row> findings = UniqueKeyCheck.of(Locale.ENGLISH, "DWELLING").findings(dwellings, "id")
        .collectAsList();

    assertEquals(3, findings.size());
    for (Row finding : findings) {
      assertEquals("A", finding.getString(0));
      assertEquals("WZ-ID-01", finding.getString(1));
      assertEquals("ERROR", finding.getString(2));
      assertEquals("/id", finding.getString(3));
      assertEquals("Id A occurs more than once among DWELLING.", finding.getString(4));
      assertEquals(Map.of("id", "A", "objectKind", "DWELLING", "occurrences", "3", "value", "A",
          "expected", "an id not yet used for DWELLING"), CollectionConverters.asJava(
              finding.<scala.collection.Map<String, String>>getAs("params")));
    }
  }
}
