package nl.woonzorg.model.party;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The register a {@link PartyIdentifier} comes from (<i>identificatieschema</i>). Where the
 * register fixes the format of its numbers, {@link #accepts(String)} checks it; whether the number
 * is actually registered is not checked. The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum IdentifierScheme implements CodeList {
  /** KvK-nummer: Chamber of Commerce registration number, 8 digits. */
  KVK("KvK-nummer", "Chamber of Commerce number", "\\d{8}", "8 digits"),
  /** RSIN: legal entities and partnerships information number, 9 digits. */
  RSIN("RSIN", "legal entity information number", "\\d{9}", "9 digits"),
  /** OIN: government organisation identification number (Logius), 20 digits. */
  OIN("OIN", "government organisation identification number", "\\d{20}", "20 digits"),
  /** AGB-code: Vektis code of care providers in the care sector, 8 digits. */
  AGB("AGB-code", "care provider code (Vektis)", "\\d{8}", "8 digits"),
  /**
   * L-nummer: the number of a <i>toegelaten instelling</i> (woningcorporatie) in the register of
   * the Autoriteit woningcorporaties, {@code L} and 4 digits.
   */
  L_NUMMER("L-nummer", "registered housing association number", "L\\d{4}", "'L' and 4 digits"),
  /** UZOVI-nummer: health insurer number (Vektis), 4 digits. */
  UZOVI("UZOVI-nummer", "health insurer number", "\\d{4}", "4 digits"),
  /** CBS gemeentecode: the CBS code of a gemeente, {@code GM} and 4 digits. */
  CBS_GEMEENTECODE("CBS gemeentecode", "CBS municipality code", "GM\\d{4}", "'GM' and 4 digits"),
  /** Overig: any other identifier; its format is not checked. */
  OVERIG("overig", "other", null, null);

  private final CodeEntry entry;
  private final @Nullable Pattern pattern;
  private final @Nullable String format;

  IdentifierScheme(
      String labelNl, String labelEn, @Nullable String pattern, @Nullable String format) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.pattern = pattern == null ? null : Pattern.compile(pattern);
    this.format = format;
  }

  /**
   * Whether {@code value} has this scheme's official format; always {@code true} for a scheme
   * without one ({@link #OVERIG}).
   */
  public boolean accepts(String value) {
    return pattern == null || pattern.matcher(value).matches();
  }

  /** The official format in words, e.g. {@code "8 digits"}; empty if the scheme has none. */
  public Optional<String> format() {
    return Optional.ofNullable(format);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the identifier scheme with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static IdentifierScheme fromCode(String code) {
    return Codes.fromCode(IdentifierScheme.class, code);
  }
}
