package nl.woonzorg.spark.crossrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.spark.SharedSpark;
import nl.woonzorg.spark.supply.SupplyRollup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Homes per gemeente and category against agreed targets: the shortfalls on Spark are those of
 * the library's CategoryTally on the CLI's example stock.
 */
class TargetCheckTest {

  private final SparkSession spark = SharedSpark.session();

  @Test
  void shortfallsAreThoseOfTheLibrarysTally() throws Exception {
    Path file = Path.of(getClass().getResource("/nl/woonzorg/spark/voorraad.ndjson").toURI());
    StockClassification classification = StockClassification.defaults();
    CategoryTally.Builder builder = CategoryTally.builder(AreaType.GEMEENTE, classification);
    try (InputStream in = Files.newInputStream(file)) {
      NdjsonReader.of(DocumentType.DWELLING).read(in, builder::add);
    }
    CategoryTally tally = builder.build();
    List<String> areas = List.copyOf(tally.areas());
    SupplyCategory category = classification.categories().get(0);

    // Targets: one met exactly, one 5 short, one of all homes 1 short, one of an area without
    // any home of the category (0 of 1).
    String first = areas.get(0);
    String second = areas.get(1);
    List<Object[]> targets = List.of(
        new Object[] {first, category.code(), tally.count(first, category)},
        new Object[] {second, category.code(), tally.count(second, category) + 5},
        new Object[] {first, null, tally.homes(first) + 1},
        new Object[] {"GM9999", category.code(), 1L});
    List<Row> rows = new ArrayList<>();
    List<String> library = new ArrayList<>();
    for (Object[] target : targets) {
      rows.add(RowFactory.create("GEMEENTE", target[0], target[1], target[2]));
      String area = (String) target[0];
      long homes = !tally.areas().contains(area) ? 0
          : target[1] == null ? tally.homes(area) : tally.count(area, category);
      if (homes < (long) target[2]) {
        library.add(area + " " + (target[1] == null ? "all" : target[1]) + " " + homes + " "
            + target[2] + " " + ((long) target[2] - homes));
      }
    }
    Dataset<Row> agreed = spark.createDataFrame(rows, new StructType()
        .add("level", DataTypes.StringType).add("area_code", DataTypes.StringType)
        .add("category", DataTypes.StringType).add("target", DataTypes.LongType));

    List<String> fromSpark = new ArrayList<>();
    for (Row row : TargetCheck.of(Locale.ENGLISH)
        .findings(SupplyRollup.of(spark.read().json(file.toString())), agreed).collectAsList()) {
      Map<String, String> params = CollectionConverters.asJava(
          row.<scala.collection.Map<String, String>>getAs("params"));
      fromSpark.add(row.getString(0) + " " + params.get("category") + " " + params.get("homes")
          + " " + params.get("target") + " " + params.get("shortfall"));
      assertEquals(TargetCheck.RULE, row.getString(1));
    }

    assertEquals(library.stream().sorted().toList(), fromSpark.stream().sorted().toList());
    assertEquals(3, library.size());
  }
}
