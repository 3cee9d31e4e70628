package nl.woonzorg.spring.boot.web;

import java.io.Serial;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A message body that is not a readable woonzorg document of the kind asked for. It is an {@link
 * HttpMessageNotReadableException}, so that Spring answers it with 400 Bad Request even without
 * the starter's problem handler; {@link #getCause()} has every located problem.
 */
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DocumentNotReadableException extends HttpMessageNotReadableException {

  @Serial
  private static final long serialVersionUID = 1L;

  private final String documentType;

  /** The body of {@code message} could not be read as a {@code type}, for {@code cause}. */
  public DocumentNotReadableException(DocumentType<?> type, WireFormatException cause,
      HttpInputMessage message) {
    super("not a readable woonzorg " + type.name() + " document: " + cause.getMessage(), cause,
        message);
    this.documentType = type.name();
  }

  /** The name of the document kind that was expected, e.g. {@code housing-care-vision}. */
  public String getDocumentType() {
    return documentType;
  }

  /** The problems met, each located. */
  @Override
  public WireFormatException getCause() {
    return (WireFormatException) super.getCause();
  }
}
