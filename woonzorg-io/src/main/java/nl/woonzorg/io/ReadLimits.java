package nl.woonzorg.io;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The limits that guard a reader against hostile or broken input (<i>leesgrenzen</i>). Input
 * beyond a limit ends reading with a {@link ProblemKind#LIMIT} problem at the place it was
 * crossed, before the reader holds more than the limit allows: never a {@link StackOverflowError},
 * an {@link OutOfMemoryError} or a hang. The problem limit alone does not end reading: see {@link
 * #maxProblems()}.
 *
 * <p>The defaults ({@link #defaults()}) leave a wide margin over any real document:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>documents</th><th>NDJSON records</th><th>why</th></tr>
 *   <tr><td>nesting depth</td><td>32</td><td>32</td>
 *       <td>the model nests at most 8 levels</td></tr>
 *   <tr><td>string length (chars)</td><td>1,000,000</td><td>1,000,000</td>
 *       <td>the longest texts are summaries of a few pages</td></tr>
 *   <tr><td>property name length (chars)</td><td>256</td><td>256</td>
 *       <td>the longest property name has 25 characters</td></tr>
 *   <tr><td>number length (chars)</td><td>100</td><td>100</td>
 *       <td>amounts in euro with cents have under 20 digits</td></tr>
 *   <tr><td>document length (bytes or chars)</td><td>64 MiB</td><td>1 MiB per line</td>
 *       <td>a vision with thousands of goals and agreements stays under a few MiB</td></tr>
 *   <tr><td>problems listed</td><td>100</td><td>100 per line</td>
 *       <td>more than a person reads before fixing the producer; the rest are counted</td></tr>
 * </table>
 *
 * <p>The number length also bounds the magnitude of a number: a number whose plain decimal form
 * needs more digits (such as {@code 1e1000}) is refused, so that writing it back cannot blow up.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReadLimits {

  private static final ReadLimits DEFAULTS = new ReadLimits(32, 1_000_000, 256, 100, 64L << 20,
      100);
  private static final ReadLimits RECORDS = new ReadLimits(32, 1_000_000, 256, 100, 1L << 20,
      100);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxProblems;

  private ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength,
      int maxNumberLength, long maxDocumentLength, int maxProblems) {
    this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = positive(maxStringLength, "maxStringLength");
    this.maxNameLength = positive(maxNameLength, "maxNameLength");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException("maxDocumentLength must be positive: " + maxDocumentLength);
    }
    this.maxDocumentLength = maxDocumentLength;
    this.maxProblems = positive(maxProblems, "maxProblems");
  }

  private static int positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /** The limits for whole documents, as in the table above. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** The limits for one NDJSON record (one line): as for documents, but at most 1 MiB a line. */
  public static ReadLimits records() {
    return RECORDS;
  }

  /** The deepest nesting of arrays and objects allowed; the root object is depth 1. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string value allowed, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The longest property name allowed, in characters. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The longest number allowed, in characters of its literal and in digits of its plain decimal
   * form.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest document allowed, in bytes for byte input and characters for text input. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The most problems a document (or an NDJSON line) lists. Beyond it reading goes on as before —
   * a lenient read still drops the bad values, a strict one still fails — but further problems
   * are only counted, per kind ({@link ReadResult#problemsOmitted()}), and one {@link
   * ProblemKind#LIMIT} problem after the listed ones, at the first problem left out, says how many
   * of which kind: a document of a million bad values costs as little memory as one of a hundred.
   * A fatal problem is listed even beyond this limit, as it says why reading ended. {@link
   * ReadResult#dropped()} is limited alike.
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * These limits with the nesting depth changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, maxProblems);
  }

  /**
   * These limits with the string length changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNameLength, maxNumberLength,
        maxDocumentLength, maxProblems);
  }

  /**
   * These limits with the property name length changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxNumberLength,
        maxDocumentLength, maxProblems);
  }

  /**
   * These limits with the number length changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, value,
        maxDocumentLength, maxProblems);
  }

  /**
   * These limits with the document length changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxDocumentLength(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        value, maxProblems);
  }

  /**
   * These limits with the number of problems listed changed.
   *
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits that = (ReadLimits) other;
    return maxNestingDepth == that.maxNestingDepth && maxStringLength == that.maxStringLength
        && maxNameLength == that.maxNameLength && maxNumberLength == that.maxNumberLength
        && maxDocumentLength == that.maxDocumentLength && maxProblems == that.maxProblems;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxNestingDepth, maxStringLength, maxNameLength,
        maxNumberLength, maxDocumentLength, maxProblems);
  }

  @Override
  public String toString() {
    return "ReadLimits[nesting=" + maxNestingDepth + ", string=" + maxStringLength + ", name="
        + maxNameLength + ", number=" + maxNumberLength + ", document=" + maxDocumentLength
        + ", problems=" + maxProblems + "]";
  }
}
