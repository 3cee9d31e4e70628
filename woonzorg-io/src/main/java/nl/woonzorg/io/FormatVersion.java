package nl.woonzorg.io;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The version of the wire format (<i>formaatversie</i>), written as the {@code formatVersion}
 * property of every document root, e.g. {@code "1.0"}.
 *
 * <p>The compatibility policy:
 *
 * <ul>
 *   <li>A <b>minor</b> version (1.0 → 1.1) only adds: optional properties, codes, document types.
 *       It never renames, removes or retypes anything, and never makes an optional property
 *       required. A reader accepts every document of its own major version: what a newer minor
 *       version adds is an unknown property or code to an older reader, refused in strict mode and
 *       dropped (and reported) in lenient mode; documents that do not use the additions read
 *       exactly.
 *   <li>A <b>major</b> version (1.x → 2.0) may change anything. A reader refuses documents of
 *       another major version with {@link ProblemKind#UNSUPPORTED_VERSION}.
 *   <li>The property names {@code formatVersion} and {@code documentType} are reserved: no model
 *       attribute will ever be called so.
 *   <li>A property a newer minor version makes optional (1.1: a vision's {@code period}) is, to an
 *       older reader, a missing value when it is left out; a newer reader reads every document an
 *       older writer wrote.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class FormatVersion {

  /** The name of the property that carries the version on every document root. */
  public static final String PROPERTY = "formatVersion";

  /**
   * The name of the property that names the document's {@linkplain
   * nl.woonzorg.model.document.DocumentType type} on every document root, e.g. {@code
   * "documentType": "monitor"}; written from version 1.1 on, optional on reading, so that 1.0
   * documents read as before. Reserved like {@link #PROPERTY}.
   *
   * @since 0.2.0
   */
  public static final String TYPE_PROPERTY = "documentType";

  /**
   * The version this library writes: {@code 1.1}. What 1.1 adds to 1.0: {@link #TYPE_PROPERTY}
   * on every root; the document kinds of the cycle besides the vision (analysis,
   * prestatieafspraken, samenwerkingsovereenkomst, uitvoeringsprogramma, monitor); a vision
   * without {@code period}; and, as optional properties and codes only, what the field's real
   * documents need: {@code links} and {@code sections} on every document root, partial dates
   * ({@code signedIn}, {@code adoptedIn}, {@code publishedIn}, a measurement's {@code
   * referencedAs}), typed monitor conclusions (topics, themes, scope, prevalence), covenant and
   * programme content under the vision's property names, an analysis's scope and proposals, and a
   * goal's targets per half year or quarter (breakdown dimension {@code PERIODE}, a part's {@code
   * partOfYear}). A
   * 1.0 document, and a 1.1 document written before these additions, reads unchanged.
   */
  public static final FormatVersion CURRENT = new FormatVersion(1, 1);

  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private final int major;
  private final int minor;

  private FormatVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Reads {@code MAJOR.MINOR}, each a number without leading zeros, e.g. {@code "1.0"}.
   *
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  public static FormatVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "a format version is MAJOR.MINOR, e.g. \"1.0\", not \"" + text + "\"");
    }
    return new FormatVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** The major version. */
  public int major() {
    return major;
  }

  /** The minor version. */
  public int minor() {
    return minor;
  }

  /** Whether a reader of this version reads documents of {@code other}: the same major version. */
  public boolean reads(FormatVersion other) {
    return other.major == major;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FormatVersion
        && ((FormatVersion) other).major == major
        && ((FormatVersion) other).minor == minor;
  }

  @Override
  public int hashCode() {
    return 31 * major + minor;
  }

  /** {@code MAJOR.MINOR}, as written on the wire. */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
