package nl.woonzorg.io;

import java.io.CharConversionException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown by the stream of {@link nl.woonzorg.io.json.EncodingCheck#utf8(java.io.InputStream)} when its input is not
 * UTF-8 as woonzorg's readers take it (<i>ongeldige codering</i>). A {@link
 * CharConversionException}, so that a parser reading the stream passes it on as the cause of its
 * own I/O failure, as it does for bytes it cannot decode itself; the reader then reports {@link
 * #problem()}.
 *
 * <p>Immutable. The problem is not serialised: it is {@code null} in a deserialised copy.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IllFormedInputException extends CharConversionException {

  private static final long serialVersionUID = 1L;

  private final transient WireProblem problem;

  /** An exception reporting {@code problem}, a {@code WZ-IO-ENCODING} problem. */
  public IllFormedInputException(WireProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  /** The fatal {@code WZ-IO-ENCODING} problem: where the input stops being UTF-8, and how. */
  public WireProblem problem() {
    return problem;
  }
}
