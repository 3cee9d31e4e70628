package nl.woonzorg.vera.internal;

import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.WireProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's errors as located problems: a limit crossed, a property twice in one object, text
 * that is not JSON. Jackson's own message is kept without its source excerpt and stack trace.
 */
public final class Failures {

  private Failures() {}

  /** The problem {@code failure} reports, at {@code parser}'s place. */
  public static WireProblem problem(JacksonException failure, JsonParser parser) {
    TokenStreamLocation location = failure.getLocation();
    if (location == null || location == TokenStreamLocation.NA) {
      location = parser.currentLocation();
    }
    String message = String.valueOf(failure.getOriginalMessage());
    ProblemKind kind;
    String expected;
    if (failure instanceof StreamConstraintsException) {
      kind = ProblemKind.LIMIT;
      expected = "input within the read limits";
    } else if (message.startsWith("Duplicate Object property")) {
      kind = ProblemKind.DUPLICATE_KEY;
      expected = "each property once per object";
    } else {
      kind = ProblemKind.SYNTAX;
      expected = "well-formed JSON";
    }
    return WireProblem.of(kind, UnitReading.pointer(parser), UnitReading.position(location),
        message, expected, null);
  }
}
