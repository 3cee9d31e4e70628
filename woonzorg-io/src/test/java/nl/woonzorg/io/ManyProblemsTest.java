package nl.woonzorg.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonSummary;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small input can cause millions of problems — two bytes of {@code 1,} where a string belongs
 * make one — and the reader lists {@link ReadLimits#maxProblems() 100} of them and counts the
 * rest, so that memory stays bounded (issue 20: listing a million ran out of a 256 MB heap). The
 * {@code low-heap} Surefire execution runs this class in a JVM of its own with {@code -Xmx64m};
 * the peak heap of each case is written to {@code target/problems-*-heap.txt}.
 */
class ManyProblemsTest {

  private static final String OWNERS = "\"ownerPartyIds\":[";

  /**
   * A vision with {@code count} integers in a goal's {@code ownerPartyIds}, where strings belong:
   * 1,000,000 of them (2 MB) ran out of a 256 MB heap; 10,000,000 (20 MB) are still under the
   * document length limit.
   */
  @ParameterizedTest
  @CsvSource({"1000000, STRICT", "10000000, LENIENT"})
  void millionsOfWrongOwnerIdsInAVisionAreCountedBeyondAHundred(int count, ReadMode mode)
      throws Exception {
    PeakHeap heap = PeakHeap.start(64);
    byte[] json = visionWithOwnerIds(count);

    ReadResult<HousingCareVision> result = JsonReader.strict().withMode(mode).readResult(json,
        DocumentType.VISION);

    heap.report(String.format(Locale.ROOT, "a vision of %,d KiB with %,d wrong ownerPartyIds,"
        + " read %s", json.length >> 10, count, mode), "problems-vision-" + mode + "-heap.txt");
    // A lenient read drops every one of them, the strict one keeps nothing.
    assertEquals(mode == ReadMode.STRICT ? Optional.empty() : Optional.of(List.of()),
        result.value().map(vision -> vision.getGoals().get(0).getOwnerPartyIds()));
    assertEquals(101, result.problems().size());
    WireProblem summary = result.problems().get(100);
    assertEquals(String.format(Locale.ROOT, "WZ-IO-LIMIT at /goals/0/ownerPartyIds/100 (1:%d):"
        + " and %,d more problems of WZ-IO-WRONG-TYPE", ownersColumn() + 200, count - 100),
        summary.toString());
    assertEquals(String.format(Locale.ROOT, "%,d problems", count),
        summary.found().orElseThrow());
    assertEquals(Map.of(ProblemKind.WRONG_TYPE, count - 100L), result.problemsOmitted());
    assertEquals(100, result.dropped().size());
    assertEquals(count - 100L, result.droppedOmitted());
  }

  @Test
  void anNdjsonLineJustUnderTheLineLimitListsAHundredProblemsAndReadingGoesOn()
      throws Exception {
    PeakHeap heap = PeakHeap.start(64);
    String goal = JsonWriter.compact().write(Fixtures.clusteredGoal());
    int max = (int) ReadLimits.records().maxDocumentLength();
    int head = goal.indexOf(OWNERS) + OWNERS.length();
    String tail = goal.substring(goal.indexOf(']', head));
    int count = (max - head - tail.length() + 1) / 2;
    byte[] line = withIntegers(goal.substring(0, head), count, tail);
    assertTrue(line.length > max - 2 && line.length <= max, "length " + line.length);
    ByteArrayOutputStream file = new ByteArrayOutputStream(line.length + goal.length() + 2);
    file.write(line);
    file.write(('\n' + goal + '\n').getBytes(UTF_8));

    List<WireProblem> problems = new ArrayList<>();
    List<Goal> goals = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(DocumentType.GOAL).continueOnError(problems::add)
        .read(new ByteArrayInputStream(file.toByteArray()), goals::add);

    heap.report("an NDJSON line of " + line.length + " bytes with " + count
        + " wrong ownerPartyIds, read on error", "problems-ndjson-heap.txt");
    assertEquals(new NdjsonSummary(2, 1, 1), summary);
    assertEquals(List.of(Fixtures.clusteredGoal()), goals);
    assertEquals(101, problems.size());
    assertEquals(String.format(Locale.ROOT, "WZ-IO-LIMIT at /ownerPartyIds/100 (1:%d): and %,d"
        + " more problems of WZ-IO-WRONG-TYPE", head + 201, count - 100),
        problems.get(100).toString());
  }

  /**
   * The column, from 1, of the first element of the first {@code ownerPartyIds} of {@link
   * #visionWithOwnerIds}: found in the vision before the integers go in, since a copy of the 20 MB
   * document as a String would take much of the test's 64 MB heap.
   */
  private static int ownersColumn() {
    return JsonWriter.compact().write(GemeenteA.vision()).indexOf(OWNERS) + OWNERS.length() + 1;
  }

  /**
   * The Gemeente A vision with its first goal's {@code ownerPartyIds} replaced by {@code count}
   * integers where strings belong.
   */
  private static byte[] visionWithOwnerIds(int count) {
    String vision = JsonWriter.compact().write(GemeenteA.vision());
    int head = vision.indexOf(OWNERS) + OWNERS.length();
    return withIntegers(vision.substring(0, head), count, vision.substring(
        vision.indexOf(']', head)));
  }

  /**
   * {@code head}, {@code count} times {@code 1} separated by commas, then {@code tail}: built in
   * place, as the bytes are much of a small heap.
   */
  private static byte[] withIntegers(String head, int count, String tail) {
    byte[] start = head.getBytes(UTF_8);
    byte[] end = tail.getBytes(UTF_8);
    byte[] bytes = new byte[start.length + 2 * count - 1 + end.length];
    System.arraycopy(start, 0, bytes, 0, start.length);
    int at = start.length;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        bytes[at++] = ',';
      }
      bytes[at++] = '1';
    }
    System.arraycopy(end, 0, bytes, at, end.length);
    return bytes;
  }
}
