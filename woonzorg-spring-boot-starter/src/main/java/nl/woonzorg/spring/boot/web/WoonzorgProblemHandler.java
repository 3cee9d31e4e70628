package nl.woonzorg.spring.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Language;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.spring.boot.validation.WoonzorgValidators;
import org.apiguardian.api.API;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Answers woonzorg's failures with an RFC 9457 problem ({@code application/problem+json}) whose
 * {@code findings} say what is wrong and where, in the request's language ({@code
 * Accept-Language}: Dutch or English, else {@code woonzorg.validation.locale}):
 *
 * <ul>
 *   <li>400 Bad Request for a body that is not a readable document ({@link
 *       DocumentNotReadableException}): the wire format's problems, with line and column;
 *   <li>422 Unprocessable Content for a document that fails {@link
 *       nl.woonzorg.spring.boot.validation.ConformsToWoonzorg}, in a controller's parameter
 *       ({@link HandlerMethodValidationException}) or a {@code @Validated} bean's ({@link
 *       ConstraintViolationException}): the validator's findings, warnings included.
 * </ul>
 *
 * <p>Each finding is an object with {@code ruleId}, {@code severity}, {@code pointer} (a JSON
 * Pointer into the document), {@code message}, {@code arguments} (the values the message was
 * made from, by name; {@code {}} if none), and where known {@code line}, {@code column}, {@code
 * value}, {@code expected} and {@code hint}. A validation failure without a woonzorg
 * finding is not this handler's: it passes it on to Spring's own handling. It goes before the
 * application's controller advice ({@link #getOrder()}); define a bean of this type to replace it.
 * Immutable and thread-safe.
 */
// Web MVC and Actuator are optional (requires static, not transitive): see module-info.
@SuppressWarnings("exports")
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@RestControllerAdvice
public final class WoonzorgProblemHandler implements Ordered {

  private final WoonzorgValidators validators;

  /** A handler whose default language is that of {@code validators}. */
  public WoonzorgProblemHandler(WoonzorgValidators validators) {
    this.validators = Objects.requireNonNull(validators, "validators");
  }

  /** 400 with the problems of reading. */
  @ExceptionHandler(DocumentNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(DocumentNotReadableException exception,
      HttpServletRequest request) {
    Locale locale = locale(request);
    Report report = exception.getCause().toReport(locale);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        Language.of(locale).pick("De body is geen leesbaar woonzorgdocument van de soort "
            + exception.getDocumentType() + ".",
            "The body is not a readable woonzorg " + exception.getDocumentType() + " document."));
    problem.setProperty("documentType", exception.getDocumentType());
    return respond(problem, request, locale, report.getFindings());
  }

  /**
   * 422 with the findings of the controller parameters that failed {@code @ConformsToWoonzorg}.
   *
   * @throws HandlerMethodValidationException {@code exception}, for Spring's own handling, if no
   *     parameter failed {@code @ConformsToWoonzorg}
   */
  @ExceptionHandler(HandlerMethodValidationException.class)
  public ResponseEntity<ProblemDetail> nonConformingArgument(
      HandlerMethodValidationException exception, HttpServletRequest request) {
    List<Report> reports = exception.getParameterValidationResults().stream()
        .flatMap(WoonzorgProblemHandler::reports)
        .toList();
    if (reports.isEmpty()) {
      throw exception;
    }
    return nonConforming(reports, request);
  }

  /**
   * 422 with the findings of the method parameters that failed {@code @ConformsToWoonzorg}.
   *
   * @throws ConstraintViolationException {@code exception}, for Spring's own handling, if none
   *     did
   */
  @ExceptionHandler(ConstraintViolationException.class)
  public ResponseEntity<ProblemDetail> nonConformingValue(ConstraintViolationException exception,
      HttpServletRequest request) {
    List<Report> reports = exception.getConstraintViolations().stream()
        .flatMap(violation -> report(violation).stream())
        .toList();
    if (reports.isEmpty()) {
      throw exception;
    }
    return nonConforming(reports, request);
  }

  /** Just before the highest precedence: an application may still put an advice first. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  private ResponseEntity<ProblemDetail> nonConforming(List<Report> reports,
      HttpServletRequest request) {
    Locale locale = locale(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        Language.of(locale).pick("Het woonzorgdocument is niet conform.",
            "The woonzorg document does not conform."));
    List<Finding> findings = new ArrayList<>();
    reports.forEach(report -> findings.addAll(report.getFindings()));
    return respond(problem, request, locale, findings);
  }

  private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request,
      Locale locale, List<Finding> findings) {
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("findings", findings.stream().map(WoonzorgProblemHandler::body).toList());
    return ResponseEntity.status(problem.getStatus())
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .body(problem);
  }

  private Locale locale(HttpServletRequest request) {
    return validators.localeFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static Stream<Report> reports(ParameterValidationResult result) {
    return result.getResolvableErrors().stream()
        .flatMap(error -> violation(result, error).flatMap(WoonzorgProblemHandler::report)
            .stream());
  }

  private static Optional<ConstraintViolation<?>> violation(ParameterValidationResult result,
      MessageSourceResolvable error) {
    try {
      return Optional.of(result.unwrap(error, ConstraintViolation.class));
    } catch (IllegalArgumentException notFromBeanValidation) {
      return Optional.empty();
    }
  }

  private static Optional<Report> report(ConstraintViolation<?> violation) {
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      return Optional.ofNullable(hibernate.getDynamicPayload(Report.class));
    } catch (RuntimeException notHibernateValidator) {
      // Bean Validation's unwrap throws ValidationException for a provider it is not.
      return Optional.empty();
    }
  }

  /** A finding as the problem's JSON shows it: its data, not the model type's wire form. */
  private static Map<String, Object> body(Finding finding) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ruleId", finding.getRuleId());
    body.put("severity", finding.getSeverity().name());
    body.put("pointer", finding.getLocation().toString());
    finding.getPosition().ifPresent(position -> {
      body.put("line", position.getLine());
      body.put("column", position.getColumn());
    });
    body.put("message", finding.getMessage());
    // Always there, {} when empty, so that a client reads every finding alike.
    body.put("arguments", finding.getArguments());
    finding.getValue().ifPresent(value -> body.put("value", value));
    finding.getExpected().ifPresent(expected -> body.put("expected", expected));
    finding.getHint().ifPresent(hint -> body.put("hint", hint));
    return body;
  }
}
