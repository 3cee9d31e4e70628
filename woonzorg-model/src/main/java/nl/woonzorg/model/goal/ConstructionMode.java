package nl.woonzorg.model.goal;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * How the homes of a goal or breakdown part come about (<i>bouwwijze</i>). The wire code is the
 * constant's name.
 *
 * <p>{@link #TRANSFORMATIE} and {@link #RENOVATIE} are ways of working in the existing stock; use
 * them instead of {@link #BESTAANDE_BOUW} when the source says which one is meant.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ConstructionMode implements CodeList {
  /** Nieuwbouw: new build. */
  NIEUWBOUW("nieuwbouw", "new build"),
  /** Bestaande bouw: in existing buildings, by whatever means. */
  BESTAANDE_BOUW("bestaande bouw", "existing stock"),
  /**
   * Transformatie: conversion of a building to another use, e.g. empty offices into clustered
   * homes.
   */
  TRANSFORMATIE("transformatie", "conversion"),
  /** Renovatie: renovation of existing homes, keeping their use. */
  RENOVATIE("renovatie", "renovation");

  private final CodeEntry entry;

  ConstructionMode(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant whose wire code is {@code code}.
   *
   * @param code the wire code, which is the constant's name
   * @return the constant, never null
   * @throws nl.woonzorg.model.code.UnknownCodeException if no constant has that code; the
   *     message lists the valid codes
   */
  public static ConstructionMode fromCode(String code) {
    return Codes.fromCode(ConstructionMode.class, code);
  }
}
