package nl.woonzorg.spark.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.woonzorg.spark.SharedSpark;
import org.junit.jupiter.api.Test;

/**
 * The relocated all-in-one jar run as {@code spark-submit --master local[2]} runs it: a fresh JVM
 * with Spark's class path (Spark's jars, as a cluster has them, and nothing of woonzorg's),
 * Spark's module options, and Spark's own submit class, which is what the {@code spark-submit}
 * script starts. Spark's older copies of jakarta.validation-api and jackson-annotations are on that
 * class path, as on a cluster, so the check passes only if the jar's relocation works. The script
 * itself comes with Spark's distribution, not with its Maven artefacts. The JVM and the session
 * are set as the other tests' are, for a small fixture on a busy machine.
 */
class SparkSubmitIT {

  @Test
  void theAllInOneJarChecksAFileThroughSparkSubmit() throws Exception {
    Path jar = Path.of(System.getProperty("woonzorg.spark.allJar"));
    StringBuilder classPath = new StringBuilder(
        Files.readString(Path.of(System.getProperty("woonzorg.spark.classPath"))).strip());
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("woonzorg.spark.ownJars")))) {
      jars.sorted().forEach(own -> classPath.append(File.pathSeparator).append(own));
    }
    Path file = Path.of(getClass().getResource("/nl/woonzorg/spark/dwellings.ndjson").toURI());
    assertTrue(Files.isRegularFile(jar), jar + " is built by the package phase");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("woonzorg.spark.moduleOptions").split(" ")));
    command.addAll(List.of(System.getProperty("woonzorg.spark.testJvmOptions").split(" ")));
    command.addAll(List.of("-Xmx512m", "-cp", classPath.toString(),
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]"));
    for (String setting : SharedSpark.TUNING) {
      command.addAll(List.of("--conf", setting));
    }
    command.addAll(List.of("--class", CheckNdjson.class.getName(), jar.toString(), "--lang", "en",
        file.toString()));
    Path out = Files.createTempFile("woonzorg-submit", ".out");
    Path err = Files.createTempFile("woonzorg-submit", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit ran too long");
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      String output = String.join("\n", lines) + "\n" + Files.readString(err);
      assertEquals(CheckNdjson.ERRORS, process.exitValue(), output);
      assertEquals(List.of("records 42", "findings 16",
          "WZ-BEAN-NOTBLANK ERROR failed 1 findings 1",
          "WZ-BEAN-NOTBLANKWHENPRESENT ERROR failed 1 findings 1",
          "WZ-BEAN-PATTERN ERROR failed 2 findings 4",
          "WZ-BEAN-POSITIVE ERROR failed 2 findings 2",
          "WZ-DWELLING-01 ERROR failed 3 findings 3",
          "WZ-IO-INVALID-VALUE ERROR failed 1 findings 1",
          "WZ-IO-SYNTAX ERROR failed 1 findings 1",
          "WZ-IO-UNKNOWN-CODE ERROR failed 2 findings 2",
          "WZ-IO-UNKNOWN-PROPERTY ERROR failed 1 findings 1"), lines, output);
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
