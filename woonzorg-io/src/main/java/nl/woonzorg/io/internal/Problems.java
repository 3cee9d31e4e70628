package nl.woonzorg.io.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import org.jspecify.annotations.Nullable;

/**
 * The problems and dropped places of one document, listed up to {@link ReadLimits#maxProblems()}
 * and beyond it only counted: a document is small next to the problems it can cause (two bytes of
 * {@code 1,} make a problem of a few hundred), so listing them all would let a small document
 * exhaust memory. One instance serves one document; not thread-safe.
 */
final class Problems {

  private final int max;
  private final List<WireProblem> listed = new ArrayList<>();
  private final Map<ProblemKind, Long> omitted = new EnumMap<>(ProblemKind.class);
  /** The first problem left out, where the summary is placed; null while none is. */
  private @Nullable WireProblem firstOmitted;
  private final List<JsonPointer> dropped = new ArrayList<>();
  private long droppedOmitted;

  Problems(ReadLimits limits) {
    this.max = limits.maxProblems();
  }

  /**
   * Lists {@code problem} if there is room, otherwise counts it. A fatal problem is listed in any
   * case: it says why reading ended, and being the last there is only one.
   */
  void add(WireProblem problem) {
    if (listed.size() < max || problem.kind().isFatal()) {
      listed.add(problem);
    } else {
      if (firstOmitted == null) {
        firstOmitted = problem;
      }
      omitted.merge(problem.kind(), 1L, Long::sum);
    }
  }

  /** Lists {@code pointer} as dropped if there is room, otherwise counts it. */
  void dropped(JsonPointer pointer) {
    if (dropped.size() < max) {
      dropped.add(pointer);
    } else {
      droppedOmitted++;
    }
  }

  boolean isEmpty() {
    return listed.isEmpty();
  }

  /** The result with {@code value}: the listed problems, then the summary of those left out. */
  <T> ReadResult<T> result(@Nullable T value) {
    List<WireProblem> problems = new ArrayList<>(listed);
    if (firstOmitted != null) {
      // Only a fatal problem is listed once the limit is reached, and it ends reading: the
      // summary, at the first problem left out, goes before it.
      problems.add(max, summary(firstOmitted));
    }
    return ReadResult.of(value, problems, omitted, dropped, droppedOmitted);
  }

  private WireProblem summary(WireProblem first) {
    long total = omitted.values().stream().mapToLong(Long::longValue).sum();
    // Counts as numbers: the catalogue inflects and groups them as the language does, so that
    // "999.900" and "999,900" read at a glance.
    ProblemText message = omitted.size() == 1
        ? ProblemText.of("limit.summary", total, omitted.keySet().iterator().next().ruleId())
        : ProblemText.of("limit.summaryKinds", total, ProblemText.join(", ",
            omitted.entrySet().stream()
                .map(entry -> ProblemText.of("limit.summaryKind", entry.getValue(),
                    entry.getKey().ruleId()))
                .toList()));
    return WireProblem.of(ProblemKind.LIMIT, first.pointer(), first.position().orElse(null),
        message, ProblemText.of("expected.problemsListed", max),
        ProblemText.of("found.problems", max + total));
  }
}
