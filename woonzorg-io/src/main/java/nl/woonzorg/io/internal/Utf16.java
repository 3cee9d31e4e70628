package nl.woonzorg.io.internal;

import java.util.Locale;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import org.apiguardian.api.API;

/**
 * The check that a {@link CharSequence} is well-formed UTF-16, for the readers that take a
 * String: a surrogate that is not half of a pair stands for no character. Jackson reads one into a
 * value without a word, and the UTF-8 writer then writes another character than was read (or
 * fails); so the readers refuse it, as they refuse ill-formed UTF-8 bytes ({@link Utf8}).
 *
 * <p>Only the chars U+D800–U+DFFF are looked at twice; nothing is allocated unless a problem is
 * described. Not exported. Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Utf16 {

  private Utf16() {}

  /** The index of the first unpaired surrogate in {@code text}, or -1 if there is none. */
  public static int firstUnpaired(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The fatal problem of the unpaired surrogate at {@code at} in {@code text}: its char offset,
   * line and column (in chars, as for all String input), the surrogate found and what was
   * expected. Lines end where Jackson ends them, at {@code \n}, {@code \r} or {@code \r\n}.
   */
  public static WireProblem problem(CharSequence text, int at) {
    char c = text.charAt(at);
    String found = "U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      char d = text.charAt(i);
      // Each char before at has a next one, and at itself, a surrogate, is no \n.
      if (d == '\n' || d == '\r' && text.charAt(i + 1) != '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return WireProblem.of(ProblemKind.ENCODING, JsonPointer.root(),
        SourcePosition.of(line, at - lineStart + 1),
        ProblemText.of("encoding.unpairedSurrogate", Integer.toString(at), found,
            ProblemText.of(Character.isHighSurrogate(c) ? "utf16.highAlone" : "utf16.lowAlone")),
        ProblemText.of("expected.surrogatePair"), ProblemText.verbatim(found));
  }
}
