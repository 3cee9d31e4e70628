package nl.woonzorg.validation.builtin.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.DissolvedMunicipality;
import nl.woonzorg.model.area.MunicipalReorganisations;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.party.IdentifierScheme;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyIdentifier;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;
import org.apiguardian.api.API;

/**
 * <b>WZ-AREA-05</b>: a CBS gemeentecode was not dissolved by a municipal reorganisation
 * (<i>gemeentelijke herindeling</i>) on or before the date the document is judged at; the finding
 * names the gemeente or gemeenten that took over.
 *
 * <p>Checked wherever a gemeentecode occurs: the code of a gemeente area (the document's own and
 * each of its areas), a party identifier of scheme {@link IdentifierScheme#CBS_GEMEENTECODE}, and
 * the gemeentecode of a dwelling record and of a building record; in a vision and in every other
 * document of the cycle alike. The date is decided in one place, for every kind of document:
 *
 * <ul>
 *   <li>the document's own date, the day it speaks as of: a vision's {@code adoptedOn}, any
 *       other document's {@link PolicyDocument#documentDate()} (the {@code adoptedOn} of an
 *       uitvoeringsprogramma, the {@code signedOn} of prestatieafspraken or of a covenant, the
 *       {@code publishedOn} of an analysis or a monitor);
 *   <li>a document without one (not yet adopted, signed or published) is judged at 1 January of
 *       the first year of its period, the earliest day it can apply, so that a draft for
 *       2018–2022 may still name Ten Boer;
 *   <li>a document with neither, and a dwelling or building record, which has no date of its
 *       own, is judged
 *       at the peildatum given to the validator ({@link RuleContext#referenceDate()}); without
 *       one, at the date of the bundled list of gemeenten (1 January 2024), so that the code is
 *       held to the same list as WZ-AREA-01 and WZ-AREA-04 hold it.
 * </ul>
 *
 * <p>A dissolved code in a document judged before the reorganisation is right and not reported;
 * WZ-AREA-01 and WZ-AREA-04 leave every code of the history to this rule. The history starts on
 * 1 January 2018 ({@link MunicipalReorganisations#coveredFrom()}).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class MunicipalityCodeInForce
    implements VisionRule, DocumentRule, DwellingRule, BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-05")
      .severity(Severity.ERROR)
      .rationale("After a herindeling the old gemeentecode matches no current figures, agreements"
          + " or stock; a document dated after it must use the code of the gemeente that took"
          + " over, while an older document rightly uses the old one.")
      .source("Issue 16 (municipal history); the CBS history of gemeentelijke herindelingen"
          + " since 1 January 2018 bundled with the model")
      .example("A vision adopted on 1 March 2024 for gemeente GM0501 (Brielle), which became part"
          + " of Voorne aan Zee (GM1992) on 1 January 2023.")
      .arguments("municipalityCode", "municipalityName", "dissolvedOn", "successors", "asOf")
      .build();

  /** Creates the rule; it holds no state. */
  public MunicipalityCodeInForce() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(HousingCareVision vision, RuleContext context) {
    check(vision.getArea(), vision.getAreas(), vision.getParties(),
        dateOf(vision.getAdoptedOn(), vision.getPeriod(), context), context);
  }

  @Override
  public void check(PolicyDocument document, RuleContext context) {
    check(document.getArea(), document.getAreas(), document.getParties(),
        dateOf(document.documentDate(), document.getPeriod(), context), context);
  }

  @Override
  public void check(Dwelling dwelling, RuleContext context) {
    checkRecord(dwelling.getMunicipalityCode(), context);
  }

  @Override
  public void check(Building building, RuleContext context) {
    checkRecord(building.getMunicipalityCode(), context);
  }

  /** A dwelling's or a building's code: a record has no date of its own, nor a period. */
  private static void checkRecord(Optional<String> municipalityCode, RuleContext context) {
    LocalDate asOf = dateOf(Optional.empty(), Optional.empty(), context);
    municipalityCode.ifPresent(code ->
        check(code, asOf, JsonPointer.of("municipalityCode"), context));
  }

  private static void check(Area own, List<Area> areas, List<Party> parties, LocalDate asOf,
      RuleContext context) {
    for (LocatedArea located : LocatedArea.of(own, areas)) {
      Area area = located.area();
      if (area.getType() == AreaType.GEMEENTE) {
        area.getCode().ifPresent(code -> check(code, asOf, located.code(), context));
      }
    }
    for (int i = 0; i < parties.size(); i++) {
      List<PartyIdentifier> identifiers = parties.get(i).getIdentifiers();
      for (int j = 0; j < identifiers.size(); j++) {
        PartyIdentifier identifier = identifiers.get(j);
        if (identifier.getScheme() == IdentifierScheme.CBS_GEMEENTECODE) {
          check(identifier.getValue(), asOf, JsonPointer.of("parties").append(i)
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
        .orElseGet(() -> LocalDate.of(Municipalities.referenceYear(), 1, 1));
  }

  private static void check(String code, LocalDate asOf, JsonPointer at, RuleContext context) {
    Optional<DissolvedMunicipality> dissolved = MunicipalReorganisations.dissolvedBy(code, asOf);
    dissolved.ifPresent(d -> context.report(at, code, code, d.getName(), d.getDissolvedOn(),
        successors(d), asOf));
  }

  /** The successors as "GM0014 Groningen", with the name each had or has, comma-separated. */
  private static String successors(DissolvedMunicipality dissolved) {
    return dissolved.getSuccessorCodes().stream()
        .map(code -> code + " " + Municipalities.find(code).map(Municipality::getName)
            .or(() -> MunicipalReorganisations.find(code).map(DissolvedMunicipality::getName))
            .orElse(""))
        .map(String::strip)
        .collect(Collectors.joining(", "));
  }
}
