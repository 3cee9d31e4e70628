package nl.woonzorg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
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

  @Test
  void findingsOfAFileOfManyBlocksAreTheLibrarys() throws Exception {
    // Lines are checked in blocks of 256 KiB: this file spans several, with CRLF and LF lines, a
    // blank line and a line too long to hold between them.
    List<String> lines = Files.readAllLines(DWELLINGS);
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < 70; copy++) {
      for (String line : lines) {
        text.append(line).append(copy % 3 == 0 ? "\r\n" : "\n");
      }
      if (copy == 35) {
        text.append(" \t\n{\"id\":\"").append("x".repeat(1 << 20)).append("\"}\n");
      }
    }
    Path file = Files.createTempFile("woonzorg-spark-blocks", ".ndjson");
    Files.writeString(file, text);
    try {
      List<String> library = LibraryCheck.findings(file, validator).stream().sorted().toList();

      List<String> spark = texts(check.ndjsonFindings(this.spark, file.toString()));

      assertEquals(library, spark);
      assertEquals(70 * 16 + 1, spark.size());
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void anIllFormedLineIsDescribedWithItsByteOffsetInTheFileAsTheLibraryDescribesIt()
      throws Exception {
    byte[] clean = (Files.readAllLines(DWELLINGS).get(0) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"formatVersion\":\"1.0\",\"id\":\"VHE-\u00ff\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.createTempFile("woonzorg-spark-utf8", ".ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 100; i++) {
        out.write(clean);
      }
      out.write(bad);
    }
    try {
      List<WireProblem> problems = new ArrayList<>();
      try (InputStream in = Files.newInputStream(file)) {
        NdjsonReader.of(DocumentType.DWELLING).continueOnError(problems::add).read(in, d -> { });
      }
      WireProblem problem = problems.get(0);
      long offset = 100L * clean.length + "{\"formatVersion\":\"1.0\",\"id\":\"VHE-".length();
      assertEquals(1, problems.size());
      assertTrue(problem.message(Locale.ENGLISH).contains(Long.toString(offset)),
          problem.message(Locale.ENGLISH));

      List<Row> rows = check.ndjsonFindings(spark, file.toString()).collectAsList();

      assertEquals(1, rows.size());
      assertEquals("WZ-IO-ENCODING", rows.get(0).getString(1));
      assertEquals(problem.message(Locale.ENGLISH), rows.get(0).getString(4));
      assertEquals(101L, rows.get(0).getLong(7));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void findingsOfManyBlocksOfRowsAreTheLibrarys() throws Exception {
    // Rows are checked in blocks of 256 KiB of their JSON: these span several.
    List<String> lines = Files.readAllLines(DWELLINGS).stream()
        .filter(line -> !line.contains("BAD-SYNTAX")).toList();
    Path file = Files.createTempFile("woonzorg-spark-row-blocks", ".ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int copy = 0; copy < 70; copy++) {
        for (String line : lines) {
          out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    try {
      List<String> library = LibraryCheck.findings(file, validator).stream()
          .map(RecordCheckTest::withoutLine).sorted().toList();

      List<String> fromRows = texts(check.findings(spark.read().json(file.toString()))).stream()
          .map(RecordCheckTest::withoutLine).sorted().toList();

      assertEquals(library, fromRows);
      assertEquals(70 * 15, fromRows.size());
    } finally {
      Files.delete(file);
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
