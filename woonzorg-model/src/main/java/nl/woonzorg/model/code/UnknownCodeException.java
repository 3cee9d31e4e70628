package nl.woonzorg.model.code;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a code is looked up in a code list that does not hold it. The message names the list,
 * the code that was given and every valid code, so that a person can fix the input at once.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String codeList;
  private final String code;
  // An array, not a List: exceptions are Serializable and List is not declared so.
  private final String[] validCodes;

  /**
   * Creates the exception.
   *
   * @param codeList the name of the code list, e.g. {@code "TargetGroup"} or {@code "WOONVORM"}
   * @param code the code that was not found
   * @param validCodes every valid code of the list, in the list's order
   */
  public UnknownCodeException(String codeList, String code, List<String> validCodes) {
    super("unknown code '" + code + "' in code list " + codeList + "; valid codes: "
        + String.join(", ", validCodes));
    this.codeList = codeList;
    this.code = code;
    this.validCodes = validCodes.toArray(String[]::new);
  }

  /** The name of the code list that was searched. */
  public String getCodeList() {
    return codeList;
  }

  /** The code that was not found. */
  public String getCode() {
    return code;
  }

  /** Every valid code of the list, in the list's order; an immutable list. */
  public List<String> getValidCodes() {
    return List.of(validCodes);
  }
}
