package nl.woonzorg.spark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.woonzorg.spark.RecordCheck;
import nl.woonzorg.spark.SharedSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class WoonzorgFunctionsTest {

  private static final String DWELLINGS = WoonzorgFunctionsTest.class
      .getResource("/nl/woonzorg/spark/dwellings-rows.ndjson").getPath();

  private static List<String> texts(Dataset<Row> findings) {
    return findings.collectAsList().stream()
        .map(row -> row.getString(0) + " " + row.getString(1) + " " + row.getString(2) + " "
            + row.getString(3) + " " + row.getString(4) + " " + row.get(5))
        .sorted().toList();
  }

  /**
   * The records with their columns in the wire format's order: the record check writes them so,
   * and to_json(struct(*)) writes them in the columns' order, which matters where a finding quotes
   * the record (WZ-IO-INVALID-VALUE).
   */
  private static Dataset<Row> dwellings(SparkSession spark) {
    return spark.read().json(DWELLINGS).selectExpr("formatVersion", "id", "municipalityCode",
        "districtCode", "neighbourhoodCode", "postalCode", "unitKind", "unitDetailKind",
        "housingForm", "accessibilityLabel", "targetGroup", "rentClass", "rooms",
        "constructionYear", "ownerPartyId", "colour");
  }

  private static Dataset<Row> viaSql(SparkSession spark) {
    dwellings(spark).createOrReplaceTempView("dwellings");
    return spark.sql("SELECT id AS record_key, f.rule_id, f.severity, f.path, f.message, f.params"
        + " FROM (SELECT id, explode(woonzorg_findings(to_json(struct(*)))) AS f"
        + " FROM dwellings)");
  }

  @Test
  void sqlGivesTheFindingsOfTheRecordCheck() {
    SparkSession spark = SharedSpark.session().newSession();
    spark.conf().set(FindingsFunction.LOCALE_KEY, "en");
    WoonzorgFunctions.register(spark);

    List<String> expected = texts(RecordCheck.builder().locale(Locale.ENGLISH).build()
        .findings(dwellings(spark)).drop("source_file", "line"));

    assertEquals(expected, texts(viaSql(spark)));
    assertTrue(expected.size() > 10, "the fixture has findings to compare");
    assertEquals(List.of(false, true), spark.sql("SELECT DISTINCT"
        + " woonzorg_conforms(to_json(struct(*))) AS c FROM dwellings ORDER BY c")
        .collectAsList().stream().map(row -> row.getBoolean(0)).toList());
  }

  @Test
  void theSessionExtensionGivesEverySessionTheFunctions() {
    SparkSession spark = SparkSession.builder()
        .withExtensions(new WoonzorgSessionExtensions())
        .config(FindingsFunction.LOCALE_KEY, "en")
        .create();

    List<String> expected = texts(RecordCheck.builder().locale(Locale.ENGLISH).build()
        .findings(dwellings(spark)).drop("source_file", "line"));

    assertEquals(expected, texts(viaSql(spark)));
  }

  @Test
  void pysparksJavaFunctionHasANoArgumentConstructorAndADdlType() throws Exception {
    SparkSession spark = SharedSpark.session().newSession();
    // What spark.udf.registerJavaFunction does with the class name and the type.
    spark.udf().registerJava("wz", FindingsFunction.class.getName(),
        org.apache.spark.sql.types.DataType.fromDDL(FindingsFunction.RETURN_TYPE_DDL));
    assertEquals(FindingsFunction.RETURN_TYPE,
        org.apache.spark.sql.types.DataType.fromDDL(FindingsFunction.RETURN_TYPE_DDL));
    assertEquals(List.of("WZ-BEAN-POSITIVE"), spark.sql(
        "SELECT wz('{\"formatVersion\":\"1.0\",\"id\":\"X\",\"unitKind\":\"WOO\",\"rooms\":0}')"
        + "[0].rule_id").collectAsList()
        .stream().map(row -> row.getString(0)).toList());
  }
}
