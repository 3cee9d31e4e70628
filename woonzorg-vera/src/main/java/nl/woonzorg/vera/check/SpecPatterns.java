package nl.woonzorg.vera.check;

import java.util.Map;

/**
 * The validation regexes (<i>validatie-regex</i>) that VERA-OpenAPI 4.3 keeps only in the
 * descriptions of {@code Eenheid} and its address, by JSON Pointer from the unit. Copied, because
 * the spec is not shipped in the jar; {@code SpecPatternsTest} reads {@code Vastgoed.yaml} and
 * {@code WRV.yaml} and fails if this copy and the spec drift apart.
 */
final class SpecPatterns {

  /** Pointer → regex; an immutable map. */
  static final Map<String, String> BY_POINTER = Map.of(
      "/adres/straatnaam", "^.{1,80}$",
      "/bouwjaar", "^(\\d{1,4})?$",
      "/juridischEigendomspercentage", "^(100|[1-9]?[0-9])$");

  private SpecPatterns() {}
}
