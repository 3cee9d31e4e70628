package nl.woonzorg.examples;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.ActionTerms;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.DescriptiveTerms;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.GuaranteeTerms;
import nl.woonzorg.model.agreement.IntentTerms;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;

/**
 * Worked example 5: one prestatieafspraak of each of the six types, from the examples of Overzicht
 * 2 ("Typen prestatieafspraken wonen, welzijn en zorg") in the Taskforce Wonen en Zorg's guide,
 * gathered in one concept vision with the parties they name.
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
        .addAgreements(procesafspraak(), beschrijvendeAfspraak(), intentieafspraak(),
            handelingsafspraak(), garantieafspraak(), transactieafspraak())
        .build();
  }

  /**
   * Procesafspraak: "2x per jaar bestuurlijk overleg, 1x in de 2 jaar vernieuwen ..., na 4 jaar
   * evaluatie".
   */
  public static PerformanceAgreement procesafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-cyclus")
        .title("Cyclus van overleg en afspraken")
        .type(AgreementType.PROCESAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .addParty(AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.TREKKER))
        .addParty(AgreementParty.of("woningcorporatie-x", PartyRole.ONDERTEKENAAR))
        .addParty(AgreementParty.of("huurdersorganisatie-x", PartyRole.ONDERTEKENAAR))
        .addParty(AgreementParty.of("zorgkantoor-a", PartyRole.ONDERTEKENAAR))
        .processTerms(ProcessTerms.builder()
            .cycle("2x per jaar bestuurlijk overleg, 1x in de 2 jaar vernieuwen van de afspraken"
                + " in een monitoringsgesprek, na 4 jaar evaluatie")
            .frequency(Frequency.of(2, CalendarPeriod.JAAR))
            .renewalIntervalYears(2)
            .evaluationAfterYears(4)
            .build())
        .build();
  }

  /** Beschrijvende afspraak: "verzorgd wonen" is the guiding concept for senior housing. */
  public static PerformanceAgreement beschrijvendeAfspraak() {
    return PerformanceAgreement.builder()
        .id("pa-verzorgd-wonen")
        .title("Verzorgd wonen als richtinggevend concept")
        .type(AgreementType.BESCHRIJVENDE_AFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.VERBINDING_ANDERE_DOMEINEN)
        .descriptiveTerms(DescriptiveTerms.of("Het concept verzorgd wonen hanteren we als"
            + " richtinggevend concept voor wonen en zorg voor senioren"))
        .build();
  }

  /** Intentieafspraak: if location x becomes vacant, it is transformed into mixed housing. */
  public static PerformanceAgreement intentieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-locatie-x")
        .title("Transformatie locatie x")
        .type(AgreementType.INTENTIEAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .theme(AgreementTheme.KWANTITEIT_WONINGEN)
        .topic("gemengd wonen")
        .intentTerms(IntentTerms.of("locatie x komt vrij",
            "het vastgoed wordt getransformeerd tot een gemengd-wonenlocatie"))
        .build();
  }

  /**
   * Handelingsafspraak: in the Week tegen Eenzaamheid care organisations A and B organise
   * meetings.
   */
  public static PerformanceAgreement handelingsafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-week-tegen-eenzaamheid")
        .title("Week tegen Eenzaamheid")
        .type(AgreementType.HANDELINGSAFSPRAAK)
        .domain(AgreementDomain.ZORG_EN_WELZIJN)
        .addParty(AgreementParty.of("zorgorganisatie-a", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("zorgorganisatie-b", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("welzijnsorganisatie", PartyRole.UITVOERDER, PartyRole.TREKKER))
        .actionTerms(ActionTerms.builder()
            .addActivity("verschillende activiteiten, gericht op ontmoeting, voor senioren")
            .timing("Week tegen Eenzaamheid")
            .build())
        .build();
  }

  /** Garantieafspraak: on eviction after leaving an institution, three parties share the costs. */
  public static PerformanceAgreement garantieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-uithuiszetting")
        .title("Kosten bij uithuiszetting na uitstroom")
        .type(AgreementType.GARANTIEAFSPRAAK)
        .domain(AgreementDomain.ZORG_EN_WELZIJN)
        .addParty(AgreementParty.of("gemeente-a", PartyRole.ONDERTEKENAAR, PartyRole.KOSTENDRAGER))
        .addParty(AgreementParty.of("mo-organisatie", PartyRole.KOSTENDRAGER))
        .addParty(AgreementParty.of("woningcorporatie-x", PartyRole.KOSTENDRAGER))
        .guaranteeTerms(GuaranteeTerms.builder()
            .obligation("Bij een uithuiszetting na uitstroom uit een instelling worden de kosten"
                + " gedeeld")
            .addCostBearerPartyIds("gemeente-a", "mo-organisatie", "woningcorporatie-x")
            .costSharing("gemeente, MO-organisatie en woningcorporatie delen de kosten")
            .build())
        .build();
  }

  /** Transactieafspraak: care provider x transfers property to corporation y for renovation. */
  public static PerformanceAgreement transactieafspraak() {
    return PerformanceAgreement.builder()
        .id("pa-overdracht-vastgoed")
        .title("Overdracht vastgoed in ruil voor renovatie")
        .type(AgreementType.TRANSACTIEAFSPRAAK)
        .domain(AgreementDomain.WONEN)
        .addParty(AgreementParty.of("zorgaanbieder-x", PartyRole.UITVOERDER))
        .addParty(AgreementParty.of("woningcorporatie-y", PartyRole.UITVOERDER))
        .transactionTerms(TransactionTerms.of(
            Exchange.of("zorgaanbieder-x", "het vastgoed van het complex",
                "renovatie van het complex"),
            Exchange.of("woningcorporatie-y", "renovatie van het complex",
                "het vastgoed van het complex")))
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
    vision.getAgreements().forEach(agreement -> lines.add(agreement.getType().getLabelNl() + ": "
        + agreement.getTitle()));
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
