package nl.woonzorg.analysis.region;

import org.apiguardian.api.API;

/**
 * Thrown when an area code (<i>gebiedscode</i>) is not in an {@link AreaHierarchy}: malformed, or
 * well-formed but of a gemeente, COROP region or province the hierarchy does not hold. The message
 * names the code and says which of the two it is, so that a reader can put it in a located problem
 * as it stands.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class UnknownAreaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;

  UnknownAreaException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** The code that is not in the hierarchy, as it was given. */
  public String getCode() {
    return code;
  }
}
