package nl.woonzorg.validation.builtin.area;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * <b>WZ-AREA-06</b>: a CBS gemeentecode of a gemeente created by a municipal reorganisation
 * (<i>gemeentelijke herindeling</i>) since 1 January 2018 already held on the date the document
 * is judged at; the finding names the day the gemeente was created and the gemeenten it replaced.
 * Voorne aan Zee ({@code GM1992}) exists from 1 January 2023: in a vision adopted in 2019 its code
 * is out of place, and Brielle, Hellevoetsluis and Westvoorne were the gemeenten of that time.
 *
 * <p>The counterpart of WZ-AREA-05 ({@link MunicipalityCodeInForce}), which it follows in where
 * it looks — the code of a gemeente area, a party identifier of the CBS scheme, the gemeentecode
 * of a dwelling or building record — and in the date it judges at. A gemeente that took others in
 * and kept its code (Groningen in 2019) was not created and is not judged here; nor are codes
 * created before 2018, which the bundled history does not hold ({@link
 * MunicipalReorganisations#establishedOn(String)}).
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class MunicipalityCodeEstablished extends DatedMunicipalityCodeRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-AREA-06")
      .severity(Severity.ERROR)
      .rationale("Before a herindeling the new gemeentecode matches no figures, agreements or"
          + " stock of that time; a document dated before it must use the codes of the"
          + " gemeenten that then existed, which the new gemeente later replaced.")
      .source("Issue 16 (municipal history); the CBS history of gemeentelijke herindelingen"
          + " since 1 January 2018 bundled with the model, with the day each new gemeente was"
          + " created")
      .example("A vision adopted on 1 March 2019 for gemeente GM1992 (Voorne aan Zee), which was"
          + " created on 1 January 2023 from Brielle, Hellevoetsluis and Westvoorne.")
      .arguments("municipalityCode", "municipalityName", "establishedOn", "predecessors", "asOf")
      .build();

  /** Creates the rule; it holds no state. */
  public MunicipalityCodeEstablished() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(String code, LocalDate asOf, JsonPointer at, RuleContext context) {
    Optional<LocalDate> established = MunicipalReorganisations.notYetEstablishedOn(code, asOf);
    if (established.isPresent()) {
      LocalDate start = established.get();
      context.report(at, code, code, Municipalities.find(code).map(Municipality::getName)
          .orElse(""), start, predecessors(code, start), asOf);
    }
  }

  /**
   * The gemeenten dissolved on the day {@code code} was created whose territory went to it, as
   * "GM0501 Brielle", comma-separated.
   */
  private static String predecessors(String code, LocalDate start) {
    return MunicipalReorganisations.predecessors(code).stream()
        .filter(dissolved -> dissolved.getDissolvedOn().equals(start))
        .map(dissolved -> dissolved.getCode() + " " + dissolved.getName())
        .collect(Collectors.joining(", "));
  }
}
