package nl.woonzorg.vera.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * The problems met reading one document or record, listed up to a limit and counted beyond it,
 * so that a record of a million bad values costs no more memory than one of a hundred. Not
 * thread-safe: one per read.
 */
public final class Problems {

  private final int max;
  private final List<WireProblem> listed = new ArrayList<>();
  private final EnumMap<ProblemKind, Long> omitted = new EnumMap<>(ProblemKind.class);

  /** Problems listed up to {@code max}. */
  public Problems(int max) {
    this.max = max;
  }

  /** Adds a problem at {@code where}. */
  public void add(ProblemKind kind, Where where, ProblemText message, ProblemText expected,
      @Nullable ProblemText found) {
    if (listed.size() < max) {
      listed.add(WireProblem.of(kind, where.pointer(), where.position(), message, expected,
          found));
    } else {
      omitted.merge(kind, 1L, Long::sum);
    }
  }

  void add(BindFailure failure) {
    add(failure.kind(), failure.where(), failure.text(), failure.expected(), failure.found());
  }

  /**
   * The problems listed, in document order: binding goes attribute by attribute in the spec's
   * order, not the document's, so they are sorted by position (a stable sort, which keeps the
   * problems inside one attribute in the order met).
   */
  public List<WireProblem> listed() {
    return listed.stream().sorted(Comparator.comparing(
        (WireProblem problem) -> problem.position().map(SourcePosition::getLine).orElse(0))
        .thenComparing(problem -> problem.position().map(SourcePosition::getColumn).orElse(0)))
        .toList();
  }

  /** How many problems of each kind were met beyond the limit. */
  public Map<ProblemKind, Long> omitted() {
    return Map.copyOf(omitted);
  }
}
