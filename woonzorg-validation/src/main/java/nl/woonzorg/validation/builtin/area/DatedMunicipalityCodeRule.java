package nl.woonzorg.validation.builtin.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.party.IdentifierScheme;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyIdentifier;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.VisionRule;

/**
 * A rule that judges every CBS gemeentecode of a subject as of a date: WZ-AREA-05 (not yet
 * dissolved) and WZ-AREA-06 (already created). Both must find the same codes and judge them at the
 * same date, so the walk and the date are decided here once; {@link MunicipalityCodeInForce}
 * documents them.
 */
abstract class DatedMunicipalityCodeRule
    implements VisionRule, DocumentRule, DwellingRule, BuildingRule {

  /** The date of the bundled list of gemeenten: what a subject without any date is judged at. */
  private static final LocalDate LIST_DATE = LocalDate.of(Municipalities.referenceYear(), 1, 1);

  private static final JsonPointer MUNICIPALITY_CODE = JsonPointer.of("municipalityCode");

  /** Judges one code found at {@code at} as of {@code asOf}, reporting to {@code context}. */
  abstract void judge(String code, LocalDate asOf, JsonPointer at, RuleContext context);

  @Override
  public final void check(HousingCareVision vision, RuleContext context) {
    walk(vision.getArea(), vision.getAreas(), vision.getParties(),
        dateOf(vision.getAdoptedOn(), vision.getPeriod(), context), context);
  }

  @Override
  public final void check(PolicyDocument document, RuleContext context) {
    walk(document.getArea(), document.getAreas(), document.getParties(),
        dateOf(document.documentDate(), document.getPeriod(), context), context);
  }

  @Override
  public final void check(Dwelling dwelling, RuleContext context) {
    checkRecord(dwelling.getMunicipalityCode(), context);
  }

  @Override
  public final void check(Building building, RuleContext context) {
    checkRecord(building.getMunicipalityCode(), context);
  }

  /**
   * A dwelling's or a building's code: a record has no date of its own, nor a period. Written
   * without lambdas or optionals' chains, as it runs for every record of a stock of millions.
   */
  private void checkRecord(Optional<String> municipalityCode, RuleContext context) {
    if (municipalityCode.isPresent()) {
      Optional<LocalDate> peildatum = context.referenceDate();
      judge(municipalityCode.get(), peildatum.isPresent() ? peildatum.get() : LIST_DATE,
          MUNICIPALITY_CODE, context);
    }
  }

  private void walk(Area own, List<Area> areas, List<Party> parties, LocalDate asOf,
      RuleContext context) {
    for (LocatedArea located : LocatedArea.of(own, areas)) {
      Area area = located.area();
      if (area.getType() == AreaType.GEMEENTE) {
        area.getCode().ifPresent(code -> judge(code, asOf, located.code(), context));
      }
    }
    for (int i = 0; i < parties.size(); i++) {
      List<PartyIdentifier> identifiers = parties.get(i).getIdentifiers();
      for (int j = 0; j < identifiers.size(); j++) {
        PartyIdentifier identifier = identifiers.get(j);
        if (identifier.getScheme() == IdentifierScheme.CBS_GEMEENTECODE) {
          judge(identifier.getValue(), asOf, JsonPointer.of("parties").append(i)
              .append("identifiers").append(j).append("value"), context);
        }
      }
    }
  }

  /**
   * The date a subject is judged at: its {@code own} date (a vision's {@code adoptedOn}, another
   * document's {@link PolicyDocument#documentDate()}), else 1 January of its {@code period}'s
   * first year, else the peildatum, else the date of the bundled list of gemeenten.
   */
  private static LocalDate dateOf(Optional<LocalDate> own, Optional<YearPeriod> period,
      RuleContext context) {
    return own.or(() -> period.map(years -> LocalDate.of(years.getFromYear(), 1, 1)))
        .or(context::referenceDate)
        .orElse(LIST_DATE);
  }
}
