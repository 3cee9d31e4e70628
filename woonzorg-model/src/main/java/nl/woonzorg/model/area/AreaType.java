package nl.woonzorg.model.area;

import java.util.Optional;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The kind of an {@link Area} (<i>gebiedssoort</i>): the level at which an analysis, goal or
 * agreement applies. The wire code is the constant's name.
 *
 * <p>Four kinds have an official CBS code ({@link #codePrefix()}): <i>provincie</i> {@code PVnn},
 * <i>gemeente</i> {@code GMnnnn}, <i>wijk</i> {@code WKnnnnnn} and <i>buurt</i> {@code BUnnnnnnnn}.
 * The others have no single official coding and may carry any code that is not one of these.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AreaType implements CodeList {
  /** Land: the whole country. */
  LAND("land", "country", null, 0),
  /** Provincie: province, CBS code {@code PVnn}. */
  PROVINCIE("provincie", "province", "PV", 2),
  /**
   * Regio: a region of several gemeenten, e.g. a woningmarktregio, zorgkantoorregio or COROP
   * region; usually the level of the woonzorganalyse.
   */
  REGIO("regio", "region", null, 0),
  /** Gemeente: municipality, CBS code {@code GMnnnn}. */
  GEMEENTE("gemeente", "municipality", "GM", 4),
  /** Wijk: district of a gemeente, CBS code {@code WKnnnnnn} (the gemeente's four digits first). */
  WIJK("wijk", "district", "WK", 6),
  /** Buurt: neighbourhood of a wijk, CBS code {@code BUnnnnnnnn} (the wijk's six digits first). */
  BUURT("buurt", "neighbourhood", "BU", 8),
  /** Kern: village or town centre within a gemeente (a <i>dorp</i> or <i>woonkern</i>). */
  KERN("kern", "village", null, 0),
  /** Locatie: a single site, e.g. a complex or building plot. */
  LOCATIE("locatie", "site", null, 0);

  private final CodeEntry entry;
  private final @Nullable String codePrefix;
  private final int codeDigits;

  AreaType(String labelNl, String labelEn, @Nullable String codePrefix, int codeDigits) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.codePrefix = codePrefix;
    this.codeDigits = codeDigits;
  }

  /**
   * The two-letter prefix of this kind's official CBS code, e.g. {@code "GM"} for
   * {@link #GEMEENTE}; empty if this kind has no official CBS code.
   */
  public Optional<String> codePrefix() {
    return Optional.ofNullable(codePrefix);
  }

  /**
   * The format of this kind's official CBS code, e.g. {@code "GMnnnn"}; empty if this kind has no
   * official CBS code.
   */
  public Optional<String> codeFormat() {
    return codePrefix().map(prefix -> prefix + "n".repeat(codeDigits));
  }

  /**
   * Whether {@code code} has the format of this kind's official CBS code; always {@code false} for
   * a kind without one. Says nothing about whether the area exists.
   */
  public boolean hasCodeFormat(String code) {
    // By hand rather than with a regular expression, which allocates a Matcher on every call:
    // dwelling records are checked by the million. Only ASCII digits count, as for \d in a Java
    // regular expression without UNICODE_CHARACTER_CLASS: Arabic-Indic or fullwidth digits do not.
    if (codePrefix == null || code.length() != codePrefix.length() + codeDigits
        || !code.startsWith(codePrefix)) {
      return false;
    }
    for (int i = codePrefix.length(); i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The kind whose official CBS code prefix {@code code} starts with, e.g. {@link #WIJK} for
   * {@code "WK036300"}; empty if it starts with none of them.
   */
  public static Optional<AreaType> ofCodePrefix(String code) {
    for (AreaType type : values()) {
      if (type.codePrefix != null && code.startsWith(type.codePrefix)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the area type with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static AreaType fromCode(String code) {
    return Codes.fromCode(AreaType.class, code);
  }
}
