package nl.woonzorg.testkit.defect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Presence;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.testkit.defect.Defect.Site;

/** The defects of building and complex records. */
final class BuildingDefects {

  private BuildingDefects() {}

  static List<Defect<Building>> all() {
    List<Defect<Building>> out = new ArrayList<>();
    out.add(new Defect<>("clustered-building-without-meeting-room", "WZ-BLD-01",
        "A building of clustered housing records its meeting room as absent.",
        b -> b.clustered() ? List.of(site("meetingRoom", x -> Building.builder().from(x)
            .meetingRoom(Presence.AFWEZIG).build())) : List.of()));
    out.add(new Defect<>("clustered-building-too-small", "WZ-BLD-02",
        "A building of clustered housing gets 11 units, one fewer than VERA's definition of the"
            + " geclusterde woonvorm asks, its units for 55-plussers capped to match.",
        b -> b.clustered() ? List.of(site("unitCount", x -> Building.builder().from(x)
            .unitCount(11).seniorUnitCount(x.getSeniorUnitCount().map(n -> Math.min(n, 11)))
            .build())) : List.of()));
    out.add(new Defect<>("step-free-storeys-without-lift", "WZ-BLD-04",
        "A building becomes a step-free one of three storeys without a lift.",
        b -> List.of(site("lift", x -> Building.builder().from(x).storeys(3)
            .stepFreeAccess(Presence.AANWEZIG).lift(Presence.AFWEZIG).build()))));
    out.add(new Defect<>("more-senior-units-than-units", "WZ-BLD-05",
        "A building with a unit count records one more unit for 55-plussers than it has units.",
        b -> b.getUnitCount().isPresent()
            ? List.of(site("seniorUnitCount", x -> Building.builder().from(x)
                .seniorUnitCount(x.getUnitCount().orElseThrow() + 1).build()))
            : List.of()));
    out.add(new Defect<>("unknown-building-municipality-code", "WZ-AREA-04",
        "The building's gemeentecode becomes one that is not in the CBS list (district and"
            + " neighbourhood codes are dropped).",
        b -> List.of(recoded(VisionDefects.unknownMunicipalityCode()))));
    // A record without a peildatum is judged by the list of 1 January 2024, as a dwelling is.
    out.add(new Defect<>("dissolved-building-municipality-code", "WZ-AREA-05",
        "The building's gemeentecode becomes that of a gemeente dissolved before the date of the"
            + " CBS list (district and neighbourhood codes are dropped).",
        b -> List.of(recoded(VisionDefects.dissolvedMunicipalityCode(
            LocalDate.of(Municipalities.referenceYear(), 1, 1)).orElseThrow()))));
    return List.copyOf(out);
  }

  /** The building's gemeentecode replaced by {@code code}, its district and buurt dropped. */
  private static Site<Building> recoded(String code) {
    return site("municipalityCode", x -> Building.builder().from(x).municipalityCode(code)
        .districtCode(Optional.empty()).neighbourhoodCode(Optional.empty()).build());
  }

  private static Site<Building> site(String property, Function<Building, Building> breaker) {
    return new Site<>(JsonPointer.of(property), breaker);
  }
}
