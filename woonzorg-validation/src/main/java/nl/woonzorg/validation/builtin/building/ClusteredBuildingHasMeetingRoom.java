package nl.woonzorg.validation.builtin.building;

import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.BuiltInRule;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.apiguardian.api.API;

/**
 * <b>WZ-BLD-01</b>: a building recorded as clustered housing ({@link Building#clustered()}) has a
 * meeting room (<i>ontmoetingsruimte</i>) in or next to it: its meeting room is {@code AANWEZIG},
 * not {@code AFWEZIG} and not {@code ONBEKEND}.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
@BuiltInRule
public final class ClusteredBuildingHasMeetingRoom implements BuildingRule {

  private static final RuleDefinition DEFINITION = BuiltIn.rule("WZ-BLD-01")
      .severity(Severity.WARNING, Severity.ERROR)
      .rationale("A meeting room is what makes homes clustered housing rather than homes that"
          + " happen to stand together: VERA's definition of the geclusterde woonvorm requires"
          + " one, and the source documents' agreements count clustered homes 'met"
          + " ontmoetingsruimte'. An unknown meeting room is not yet a claim that can be counted,"
          + " so a draft is warned and an adopted record refused.")
      .source("VERA reference data v4.3.260403 (Aedes), WOONVORM GEC: \"minimaal 12 zelfstandige"
          + " wooneenheden voor bewoners van 55 jaar en ouder, met een aanwezige"
          + " ontmoetingsruimte in het gebouw of grenzend aan het gebouw\" — a definition for data"
          + " exchange, not a legal norm: no official norm for clustered housing exists; Taskforce Wonen en Zorg, Gemeente A example (clustered units 'met een"
          + " ontmoetingsruimte'); DOMAIN.md § Prestatieafspraken")
      .example("A building with clusteringForm IN_EEN_COMPLEX and meetingRoom AFWEZIG.")
      .arguments("meetingRoom")
      .build();

  /** Creates the rule; it holds no state. */
  public ClusteredBuildingHasMeetingRoom() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(Building building, RuleContext context) {
    if (building.clustered() && building.getMeetingRoom() != Presence.AANWEZIG) {
      context.report(JsonPointer.of("meetingRoom"), building.getMeetingRoom(),
          building.getMeetingRoom());
    }
  }
}
