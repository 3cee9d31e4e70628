package nl.woonzorg.testkit.assertion;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.testkit.defect.Defective;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Assertions on the conformity of woonzorg data, for JUnit users and anyone else: each throws a
 * plain {@link AssertionError} whose message lists every finding, one per line — severity, rule
 * id, pointer, message — so a failing test says what is wrong and where.
 *
 * <pre>{@code
 * import static nl.woonzorg.testkit.assertion.WoonzorgAssertions.*;
 *
 * assertConform(vision);                                   // no ERROR, profile VASTGESTELD
 * assertConform(draft, Profile.CONCEPT);
 * assertViolates(vision, "WZ-SIGN-01");
 * assertViolatesAt(vision, "WZ-SMART-R-01", "/goals/0/breakdowns/0");
 * assertConform(myValidator.validate(vision));             // a report of your own validator
 * }</pre>
 *
 * <p>"Conform" means: no finding of severity {@code ERROR} — warnings and advice are allowed,
 * as in {@link nl.woonzorg.model.report.Verdict#CONFORM_WITH_WARNINGS}. The methods that take a
 * model object validate it with a validator of the given {@link Profile} ({@link
 * Profile#VASTGESTELD} unless given) and English texts; the methods that take a {@link Report}
 * check a report made by any validator. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgAssertions {

  private static final Map<Profile, WoonzorgValidator> VALIDATORS = validators();

  private WoonzorgAssertions() {}

  private static Map<Profile, WoonzorgValidator> validators() {
    Map<Profile, WoonzorgValidator> out = new EnumMap<>(Profile.class);
    for (Profile profile : Profile.values()) {
      out.put(profile, WoonzorgValidator.builder().profile(profile).locale(Locale.ENGLISH).build());
    }
    return out;
  }

  /**
   * The report the assertions check {@code subject} by: a document of any {@link
   * nl.woonzorg.model.document.DocumentType} — a {@link HousingCareVision}, {@link Goal}, {@link
   * PerformanceAgreement}, {@link Dwelling} or measurement — validated with {@code profile} and
   * English texts, as {@link WoonzorgValidator#validate(Object)} does.
   *
   * @throws IllegalArgumentException if {@code subject} is of no document type
   */
  public static Report validate(Object subject, Profile profile) {
    Objects.requireNonNull(subject, "subject");
    WoonzorgValidator validator = VALIDATORS.get(Objects.requireNonNull(profile, "profile"));
    return validator.validate(subject);
  }

  /**
   * Asserts that {@code subject} — any woonzorg document — has no finding
   * of severity {@code ERROR} under {@link Profile#VASTGESTELD}.
   *
   * @throws AssertionError listing the findings if it has one
   * @throws IllegalArgumentException if {@code subject} is of no document type
   */
  public static void assertConform(Object subject) {
    assertConform(subject, Profile.VASTGESTELD);
  }

  /**
   * Asserts that {@code subject} has no finding of severity {@code ERROR} under {@code profile}.
   *
   * @throws AssertionError listing the findings if it has one
   * @throws IllegalArgumentException if {@code subject} is of no document type
   */
  public static void assertConform(Object subject, Profile profile) {
    assertConform(validate(subject, profile));
  }

  /**
   * Asserts that {@code report} has no finding of severity {@code ERROR}.
   *
   * @throws AssertionError listing the findings if it has one
   */
  public static void assertConform(Report report) {
    if (!report.findings(Severity.ERROR).isEmpty()) {
      throw failure("to conform, but " + count(report.findings(Severity.ERROR).size(), "error")
          + " reported", report);
    }
  }

  /**
   * Asserts that {@code subject} has no finding at all under {@link Profile#VASTGESTELD}: no
   * error, no warning and no advice.
   *
   * @throws AssertionError listing the findings if it has one
   */
  public static void assertClean(Object subject) {
    Report report = validate(subject, Profile.VASTGESTELD);
    if (!report.getFindings().isEmpty()) {
      throw failure("to have no findings", report);
    }
  }

  /**
   * Asserts that rule {@code ruleId} reports {@code subject} under {@link Profile#VASTGESTELD},
   * at any location and with any severity.
   *
   * @throws AssertionError listing the findings if it does not
   */
  public static void assertViolates(Object subject, String ruleId) {
    assertViolates(validate(subject, Profile.VASTGESTELD), ruleId);
  }

  /**
   * Asserts that {@code report} has a finding of rule {@code ruleId}.
   *
   * @throws AssertionError listing the findings if it has none
   */
  public static void assertViolates(Report report, String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (report.findings(ruleId).isEmpty()) {
      throw failure("to violate " + ruleId, report);
    }
  }

  /**
   * Asserts that rule {@code ruleId} reports {@code subject} at the JSON Pointer {@code pointer}
   * (e.g. {@code "/goals/0/breakdowns/1"}; {@code ""} is the whole document) under {@link
   * Profile#VASTGESTELD}.
   *
   * @throws AssertionError listing the findings if it does not
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  public static void assertViolatesAt(Object subject, String ruleId, String pointer) {
    assertViolatesAt(validate(subject, Profile.VASTGESTELD), ruleId, pointer);
  }

  /**
   * Asserts that {@code report} has a finding of rule {@code ruleId} at {@code pointer}.
   *
   * @throws AssertionError listing the findings if it has none
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  public static void assertViolatesAt(Report report, String ruleId, String pointer) {
    Objects.requireNonNull(ruleId, "ruleId");
    JsonPointer at = JsonPointer.parse(pointer);
    boolean found = report.findings(ruleId).stream().anyMatch(f -> f.getLocation().equals(at));
    if (!found) {
      throw failure("to violate " + ruleId + " at " + shown(at), report);
    }
  }

  /**
   * Asserts that rule {@code ruleId} does not report {@code subject} under {@link
   * Profile#VASTGESTELD}.
   *
   * @throws AssertionError listing the findings if it does
   */
  public static void assertDoesNotViolate(Object subject, String ruleId) {
    Report report = validate(subject, Profile.VASTGESTELD);
    if (!report.findings(Objects.requireNonNull(ruleId, "ruleId")).isEmpty()) {
      throw failure("not to violate " + ruleId, report);
    }
  }

  /**
   * Asserts that the defect injected into {@code defective} is detected exactly: under {@link
   * Profile#VASTGESTELD} its rule reports it at its pointer, and if that rule's finding is an
   * {@code ERROR}, it is the only {@code ERROR}; otherwise there is no {@code ERROR} at all.
   *
   * @throws AssertionError listing the findings if not
   */
  public static void assertDetected(Defective<?> defective) {
    Report report = validate(defective.value(), Profile.VASTGESTELD);
    String expected = defective.ruleId() + " at " + shown(defective.pointer());
    List<Finding> errors = report.findings(Severity.ERROR);
    boolean reported = report.findings(defective.ruleId()).stream()
        .anyMatch(f -> f.getLocation().equals(defective.pointer()));
    boolean onlyError = errors.stream().allMatch(f -> f.getRuleId().equals(defective.ruleId())
        && f.getLocation().equals(defective.pointer()));
    if (!reported || !onlyError) {
      throw failure("to report defect " + defective.defect().name() + " as " + expected
          + " and no other error", report);
    }
  }

  private static AssertionError failure(String expectation, Report report) {
    return new AssertionError("Expected " + report.getSubject().map(s -> "'" + s + "'")
        .orElse("the subject") + " " + expectation + "; " + describe(report));
  }

  /**
   * The findings of {@code report}, one per line: a count, then each finding as severity, rule
   * id, pointer and message — the text the assertions' failure messages end with.
   */
  public static String describe(Report report) {
    List<Finding> findings = report.getFindings();
    if (findings.isEmpty()) {
      return "no findings.";
    }
    return count(findings.size(), "finding") + ":" + findings.stream()
        .map(f -> "\n  " + f.getSeverity() + " " + f.getRuleId() + " at " + shown(f.getLocation())
            + ": " + f.getMessage())
        .collect(Collectors.joining());
  }

  private static String shown(JsonPointer pointer) {
    return pointer.isRoot() ? "/" : pointer.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
