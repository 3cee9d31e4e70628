package nl.woonzorg.cbs.kwb;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.cbs.CbsProblem;

/**
 * The problems of one read: all counted, the first {@code limit} kept, so that a file bad on
 * every line still reads in constant memory. Not thread-safe; a read has its own.
 */
final class Problems {

  private final int limit;
  private final List<CbsProblem> kept = new ArrayList<>();
  private long count;

  Problems(int limit) {
    this.limit = limit;
  }

  void add(CbsProblem problem) {
    count++;
    if (kept.size() < limit) {
      kept.add(problem);
    }
  }

  /** The problems kept, in the order found; an immutable copy. */
  List<CbsProblem> kept() {
    return List.copyOf(kept);
  }

  long count() {
    return count;
  }
}
