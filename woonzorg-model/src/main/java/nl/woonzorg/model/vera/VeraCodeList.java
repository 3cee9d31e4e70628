package nl.woonzorg.model.vera;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * A VERA code list (<i>soort</i> in the VERA reference data) that this library mirrors. The wire
 * code is the VERA <i>Soort</i> value, which is also the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum VeraCodeList implements CodeList {
  /** Woonvorm: housing form, mirrored by {@link HousingForm}. */
  WOONVORM("woonvorm", "housing form"),
  /** Toegankelijkheidslabel: accessibility label, mirrored by {@link AccessibilityLabel}. */
  TOEGANKELIJKHEIDSLABEL("toegankelijkheidslabel", "accessibility label"),
  /** Doelgroep: target group, mirrored by {@link VeraTargetGroup}. */
  DOELGROEP("doelgroep", "target group"),
  /**
   * Aanvullende doelgroep: supplementary target group, mirrored by
   * {@link VeraSupplementaryTargetGroup}.
   */
  AANVULLENDEDOELGROEP("aanvullende doelgroep", "supplementary target group"),
  /** Voorrangsoort: kind of allocation priority, mirrored by {@link PriorityKind}. */
  VOORRANGSOORT("voorrangsoort", "priority kind"),
  /** Voorrangdetailsoort: reason for allocation priority, mirrored by {@link PriorityReason}. */
  VOORRANGDETAILSOORT("voorrangdetailsoort", "priority reason"),
  /** Eenheidsoort: kind of real-estate unit, mirrored by {@link UnitKind}. */
  EENHEIDSOORT("eenheidsoort", "unit kind"),
  /** Eenheiddetailsoort: detailed kind of real-estate unit, mirrored by {@link UnitDetailKind}. */
  EENHEIDDETAILSOORT("eenheiddetailsoort", "unit detail kind"),
  /** Huurklasse: rent class, mirrored by {@link RentClass}. */
  HUURKLASSE("huurklasse", "rent class"),
  /**
   * BAT-score: accessibility by the Bouw Advies Toegankelijkheid, mirrored by {@link BatScore}.
   *
   * @since 0.2.0
   */
  BATSCORE("BAT-score", "BAT score");

  private final CodeEntry entry;

  VeraCodeList(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the code list whose VERA <i>Soort</i> is {@code code}.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if this library does not mirror that list
   */
  public static VeraCodeList fromCode(String code) {
    return Codes.fromCode(VeraCodeList.class, code);
  }
}
