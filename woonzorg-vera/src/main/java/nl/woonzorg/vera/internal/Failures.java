package nl.woonzorg.vera.internal;

import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.IllFormedInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's errors as located problems: input that is not UTF-8, a limit crossed, a property twice in one object, text
 * that is not JSON. Jackson's own message is kept, in English in either language, without its
 * source excerpt and stack trace; what was expected is worded in Dutch and English.
 */
public final class Failures {

  private Failures() {}

  /** The problem {@code failure} reports, at {@code parser}'s place. */
  public static WireProblem problem(JacksonException failure, JsonParser parser) {
    if (failure.getCause() instanceof IllFormedInputException illFormed) {
      return illFormed.problem();
    }
    TokenStreamLocation location = failure.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = parser.currentLocation();
    }
    String message = String.valueOf(failure.getOriginalMessage());
    ProblemKind kind;
    String expected;
    if (failure instanceof StreamConstraintsException) {
      kind = ProblemKind.LIMIT;
      expected = "expected.withinLimits";
    } else if (message.startsWith("Duplicate Object property")) {
      kind = ProblemKind.DUPLICATE_KEY;
      expected = "expected.eachPropertyOnce";
    } else {
      kind = ProblemKind.SYNTAX;
      expected = "expected.json";
    }
    return WireProblem.of(kind, UnitReading.pointer(parser), UnitReading.position(location),
        ProblemText.verbatim(message), Texts.text(expected), null);
  }
}
