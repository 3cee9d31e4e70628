package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Report;
import org.junit.jupiter.api.Test;

/** One validator shared by eight threads gives the same reports as a single thread. */
class ConcurrencyTest {

  private static final int DOCUMENTS = 1_000;
  private static final int THREADS = 8;

  @Test
  void eightThreadsOverAThousandDocumentsAgreeWithOne() throws InterruptedException,
      ExecutionException {
    List<HousingCareVision> documents =
        IntStream.range(0, DOCUMENTS).mapToObj(Documents::document).toList();
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    List<Report> expected = documents.stream().map(validator::validate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      // The pool's eight threads validate the documents at once, all with the one validator.
      for (int i = 0; i < DOCUMENTS; i++) {
        HousingCareVision document = documents.get(i);
        futures.add(pool.submit(() -> validator.validate(document)));
      }
      for (int i = 0; i < DOCUMENTS; i++) {
        assertEquals(expected.get(i), futures.get(i).get(), "document " + i);
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(expected.stream().map(Report::getFindings).distinct().count() > 100,
        "the documents differ in what is wrong with them");
  }
}
