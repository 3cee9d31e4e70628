package nl.woonzorg.validation.builtin.area;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.woonzorg.model.area.DissolvedMunicipality;
import nl.woonzorg.model.area.MunicipalReorganisations;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
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
 * WZ-AREA-01 and WZ-AREA-04 leave every code of the history to this rule. The opposite case, a
 * code of a gemeente created by a reorganisation used before that day, is WZ-AREA-06 ({@link
 * MunicipalityCodeEstablished}), which finds and dates codes the same way. The history starts on
 * 1 January 2018 ({@link MunicipalReorganisations#coveredFrom()}).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class MunicipalityCodeInForce extends DatedMunicipalityCodeRule {

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
  void judge(String code, LocalDate asOf, JsonPointer at, RuleContext context) {
    Optional<DissolvedMunicipality> dissolved = MunicipalReorganisations.dissolvedBy(code, asOf);
    if (dissolved.isPresent()) {
      DissolvedMunicipality d = dissolved.get();
      context.report(at, code, code, d.getName(), d.getDissolvedOn(), successors(d), asOf);
    }
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
