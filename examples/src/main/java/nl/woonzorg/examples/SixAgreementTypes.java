package nl.woonzorg.examples;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Worked example 5: one prestatieafspraak of each of the six types, from the examples of Overzicht
 * 2 ("Typen prestatieafspraken wonen, welzijn en zorg") in the Taskforce Wonen en Zorg's guide,
 * gathered in one concept vision with the parties they name. The agreements are the model's test
 * fixture {@link nl.woonzorg.model.fixture.SixAgreementTypes}, the one copy of them.
 *
 * <p>Overzicht 2's examples illustrate a type each; they are not complete agreements. Validated in
 * profile CONCEPT, the vision is conform with warnings, and the warnings say what each still lacks
 * before it could be adopted — the statutory signatories, above all. That is the point of the
 * example: the validator turns "make it SMART" into a list of concrete gaps. The area, the period
 * 2024–2027 and the ids are illustrative. Bundled as {@code
 * examples/data/six-agreement-types.json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SixAgreementTypes {

  private SixAgreementTypes() {}

  /** A concept vision holding the six agreements, in the order of Overzicht 2. */
  public static HousingCareVision vision() {
    return HousingCareVision.builder()
        .id("prestatieafspraken-zes-typen")
        .title("Prestatieafspraken wonen, welzijn en zorg: de zes typen")
        .area(Area.of("gemeente-a", AreaType.GEMEENTE, "Gemeente A"))
        .period(YearPeriod.of(2024, 2027))
        .addParties(
            Party.of("gemeente-a", "Gemeente A", PartyType.GEMEENTE),
            Party.of("woningcorporatie-x", "Woningcorporatie x", PartyType.WONINGCORPORATIE),
            Party.of("woningcorporatie-y", "Woningcorporatie y", PartyType.WONINGCORPORATIE),
            Party.of("huurdersorganisatie-x", "Huurdersorganisatie x",
                PartyType.HUURDERSORGANISATIE),
            Party.of("zorgkantoor-a", "Zorgkantoor a", PartyType.ZORGKANTOOR),
            Party.of("zorgorganisatie-a", "Zorgorganisatie A", PartyType.ZORGAANBIEDER),
            Party.of("zorgorganisatie-b", "Zorgorganisatie B", PartyType.ZORGAANBIEDER),
            Party.of("zorgaanbieder-x", "Zorgaanbieder x", PartyType.ZORGAANBIEDER),
            Party.of("welzijnsorganisatie", "Welzijnsorganisatie", PartyType.WELZIJNSORGANISATIE),
            Party.of("mo-organisatie", "Organisatie maatschappelijke opvang",
                PartyType.ZORGAANBIEDER))
        .agreements(nl.woonzorg.model.fixture.SixAgreementTypes.all())
        .build();
  }

  /** The vision's findings in profile CONCEPT, one line each: severity, rule id and place. */
  public static List<String> findings() {
    Report report = WoonzorgValidator.builder().profile(Profile.CONCEPT).build().validate(vision());
    return report.getFindings().stream().map(SixAgreementTypes::line).toList();
  }

  private static String line(Finding finding) {
    return finding.getSeverity() + " " + finding.getRuleId() + " " + finding.getLocation();
  }

  /** A few lines on the example: each agreement's type and the verdict in profile CONCEPT. */
  public static List<String> summary() {
    HousingCareVision vision = vision();
    List<String> lines = new ArrayList<>();
    lines.add(vision.getTitle());
    // Each of the example's agreements is of the type it shows.
    vision.getAgreements().forEach(agreement -> lines.add(
        agreement.getType().orElseThrow().getLabelNl() + ": " + agreement.getTitle()));
    lines.add(Examples.verdictLine(WoonzorgValidator.builder().profile(Profile.CONCEPT).build()
        .validate(vision)));
    return List.copyOf(lines);
  }

  /** Prints {@link #summary()} and the findings. */
  public static void main(String[] args) {
    summary().forEach(System.out::println);
    findings().forEach(System.out::println);
  }
}
