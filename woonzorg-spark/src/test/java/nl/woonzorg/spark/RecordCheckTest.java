package nl.woonzorg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class RecordCheckTest {

  static final Path DWELLINGS = resource("dwellings.ndjson");

  private final SparkSession spark = SharedSpark.session();
  private final RecordCheck check = RecordCheck.builder().locale(Locale.ENGLISH).build();
  private final WoonzorgValidator validator = WoonzorgValidator.builder()
      .locale(Locale.ENGLISH).maxFindingsPerRule(10_000).build();

  static Path resource(String name) {
    try {
      return Path.of(RecordCheckTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> texts(Dataset<Row> findings) {
    List<String> texts = new ArrayList<>();
    for (Row row : findings.collectAsList()) {
      Map<String, String> params =
          CollectionConverters.asJava(row.<scala.collection.Map<String, String>>getAs("params"));
      texts.add(LibraryCheck.text(row.isNullAt(7) ? -1 : row.getLong(7), row.getString(1),
          row.getString(2), row.getString(3), row.getString(4), params));
    }
    return texts.stream().sorted().toList();
  }

  @Test
  void findingsFromNdjsonFilesAreTheLibrarysRecordByRecord() {
    List<String> library = LibraryCheck.findings(DWELLINGS, validator).stream().sorted().toList();

    List<String> spark = texts(check.ndjsonFindings(this.spark, DWELLINGS.toString()));

    assertEquals(library, spark);
    assertEquals(EXPECTED_RULES, library.stream().map(text -> text.split(" ")[1])
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** What the fixture's defects give: so that the comparison above compares something. */
  static final Set<String> EXPECTED_RULES = new TreeSet<>(List.of("WZ-BEAN-NOTBLANK",
      "WZ-BEAN-NOTBLANKWHENPRESENT", "WZ-BEAN-PATTERN", "WZ-BEAN-POSITIVE", "WZ-DWELLING-01",
      "WZ-IO-INVALID-VALUE", "WZ-IO-SYNTAX", "WZ-IO-UNKNOWN-CODE", "WZ-IO-UNKNOWN-PROPERTY"));

  @Test
  void findingsFromNdjsonCarryTheFileTheLineAndTheRecordKey() {
    List<Row> rows = check.ndjsonFindings(spark, DWELLINGS.toString())
        .where("rule_id like 'WZ-BEAN%'").orderBy("line").collectAsList();
    Row first = rows.get(0);
    assertEquals("BAD-POSTCODE", first.getString(0));
    assertEquals(13L, first.getLong(7));
    assertEquals(DWELLINGS.toUri().toString(), first.getString(6).replace("file:/", "file:///"));
  }

  @Test
  void findingsFromRowsAreTheLibrarysForTheSameRecords() throws Exception {
    // Every line but the one that is no JSON at all: Spark's JSON source cannot make a row of it.
    Path clean = Files.createTempFile("woonzorg-spark-rows", ".ndjson");
    List<String> lines = Files.readAllLines(DWELLINGS).stream()
        .filter(line -> !line.contains("BAD-SYNTAX")).toList();
    Files.write(clean, lines);
    try {
      List<String> library = LibraryCheck.findings(clean, validator).stream()
          .map(RecordCheckTest::withoutLine).sorted().toList();

      Dataset<Row> rows = spark.read().json(clean.toString());
      List<String> fromRows = texts(check.findings(rows)).stream()
          .map(RecordCheckTest::withoutLine).sorted().toList();

      assertEquals(library, fromRows);
    } finally {
      Files.delete(clean);
    }
  }

  private static String withoutLine(String text) {
    return text.substring(text.indexOf(' ') + 1);
  }

  @Test
  void aMissingKeyColumnIsRefusedOnTheDriver() {
    Dataset<Row> rows = spark.read().json(DWELLINGS.toString()).drop("id");
    assertThrows(IllegalArgumentException.class, () -> check.findings(rows));
  }
}
