package nl.woonzorg.examples;

import java.math.BigDecimal;
import java.util.List;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementLevel;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementTheme;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.cooperation.CovenantKind;
import nl.woonzorg.model.cooperation.CovenantTask;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.DocumentSection;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.dwelling.DwellingType;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import org.apiguardian.api.API;

/**
 * Worked example 6: real published documents of each kind of the cycle besides the vision, each
 * as its seed describes it and no more. Every statement is the seed's; where the seed does not
 * say — a date, a period, a figure, who made a document — the fact is left out and the rules
 * report it (WZ-DOC-02, WZ-DOC-03, WZ-DOC-07, the SMART rules). Ids are ours. Bundled under
 * {@code examples/data/cycle/}.
 *
 * <p>Several of the seeds' parties are collectives ("de woningcorporaties", "de zorgaanbieders in
 * de regio"); they are recorded as collective parties whose members the seeds do not name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class CycleCases {

  private static final String REGION = "zuid-kennemerland-ijmond";
  private static final String NATIONAL = "nederland";
  private static final Area NETHERLANDS = Area.of(NATIONAL, AreaType.LAND, "Nederland");
  private static final String AMBITION_2021 = "ambitie-wonen-en-zorg-ouderen";
  private static final Source AAN_DE_SLAG = Source.builder().id("bron-aan-de-slag")
      .title("Aan de slag met woonzorgvisie").publisher("Aedes").build();
  private static final Source TASKFORCE_FASE_2 = Source.builder().id("bron-taskforce-fase-2")
      .title("Fase 2 Visie: inspirerende voorbeelden").publisher("Taskforce Wonen en Zorg")
      .build();
  private static final Source HANDREIKING = Source.builder().id("bron-handreiking-uitvoering")
      .title("Handreiking woonzorgopgave: van visie naar uitvoering")
      .publisher("Taskforce Wonen en Zorg")
      .url("https://uploads-ssl.webflow.com/5e16f2de2fdb286650cba172/61641a21ea2f21668a55d95a"
          + "_TFWZ_Handreiking%20woonzorgvisie.pdf")
      .build();

  private CycleCases() {}

  /**
   * Maassluis's <i>behoefteraming wonen met zorg voor ouderen</i> (seed 002, Taskforce Wonen en
   * Zorg, Fase 2 Visie): a visie, a verkenning and proposals about wonen met zorg for ouderen,
   * building on the sociale structuurvisie and the woonvisie. The seed's sentence "Maassluis gaf
   * samen met de lokale woningcorporatie ABF de opdracht om een lokale verkenning op te stellen"
   * is read as: the municipality and its corporation commissioned ABF, a research bureau, to draw
   * up the local verkenning; so ABF is the author and the two are the commissioners. The
   * proposals name the number of homes to build per wijk, without the numbers or the wijken, so
   * the proposal is a goal broken down by area with no parts and no target, and 'geclusterd wonen
   * plus' is a finding naming its four parties, with the business case and agreement it asks for
   * as intended documents. The seed gives no date, horizon or figures; none are recorded.
   */
  public static AnalysisDocument maassluisAnalysis() {
    return AnalysisDocument.builder()
        .id("behoefteraming-wonen-met-zorg-maassluis")
        .title("Behoefteraming wonen met zorg voor ouderen")
        .area(Area.municipality("GM0556", "Maassluis"))
        .addParties(Party.of("GM0556", "Gemeente Maassluis", PartyType.GEMEENTE),
            Party.of("maasdelta", "Maasdelta", PartyType.WONINGCORPORATIE),
            Party.of("abf", "ABF", PartyType.ONDERZOEKSBUREAU),
            Party.builder().id("zorgaanbieders-maassluis").name("Zorgaanbieders")
                .type(PartyType.ZORGAANBIEDER).collective(Collective.unnamed()).build(),
            Party.of("zorgkantoor-dsw", "DSW", PartyType.ZORGKANTOOR))
        .addSources(TASKFORCE_FASE_2)
        .addSections(DocumentSection.VISIE, DocumentSection.VERKENNING,
            DocumentSection.VOORSTELLEN)
        .addLinks(DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.SOCIALE_STRUCTUURVISIE).build(),
            DocumentLink.builder().relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.WOONVISIE).build(),
            DocumentLink.builder().relation(DocumentRelation.BEOOGT)
                .kind(PolicyDocumentKind.BUSINESSCASE)
                .addPartyIds("GM0556", "zorgaanbieders-maassluis", "maasdelta", "zorgkantoor-dsw")
                .build(),
            DocumentLink.builder().relation(DocumentRelation.BEOOGT)
                .kind(PolicyDocumentKind.OVEREENKOMST)
                .addPartyIds("GM0556", "zorgaanbieders-maassluis", "maasdelta", "zorgkantoor-dsw")
                .build())
        .addAuthorPartyIds("abf")
        .addCommissionerPartyIds("GM0556", "maasdelta")
        .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN)
            .addDwellingTypes(DwellingType.WONEN_MET_ZORG).build())
        .analysis(Analysis.builder()
            .addFindings(AnalysisFinding.builder().id("geclusterd-wonen-plus")
                .statement("'Geclusterd wonen plus' vraagt om een samenwerking tussen gemeente,"
                    + " zorgaanbieders, Maasdelta en DSW.")
                .addDwellingTypes(DwellingType.GECLUSTERD_WONEN_PLUS)
                .addPartyIds("GM0556", "zorgaanbieders-maassluis", "maasdelta", "zorgkantoor-dsw")
                .build())
            .build())
        .addProposals(Goal.builder().id("voorstel-woningen-per-wijk")
            .title("Aantal te realiseren woningen per wijk")
            .addBreakdowns(Breakdown.of(BreakdownDimension.GEBIED))
            .addOwnerPartyIds("GM0556")
            .build())
        .build();
  }

  /**
   * Rotterdam's uitvoeringsprogramma <i>Ouder en Wijzer</i> (seed 002): a local analysis ("over
   * vijftien jaar is één op de vijf Rotterdammers ouder dan 65", a horizon of fifteen years from
   * the programme's year, which the seed does not give), an ambition, four pillars whose names the
   * seed does not give, implementation and monitoring. Its goal is 8,400 homes for
   * wonen met zorg in 2030; the FitFestivals are held every year by the municipality with partners
   * for ouderen. The seed gives no period, start, budget or indicators: the rules say so.
   */
  public static ProgrammeDocument rotterdamProgramme() {
    return ProgrammeDocument.builder()
        .id("ouder-en-wijzer")
        .title("Ouder en Wijzer")
        .area(Area.municipality(Rotterdam.ROTTERDAM, "Rotterdam"))
        .addParties(Party.of(Rotterdam.ROTTERDAM, "Gemeente Rotterdam", PartyType.GEMEENTE),
            Party.builder().id("partners-rotterdam").name("Partners").type(PartyType.OVERIG)
                .collective(Collective.unnamed()).build())
        .addSources(TASKFORCE_FASE_2)
        .addSections(DocumentSection.ANALYSE, DocumentSection.AMBITIE, DocumentSection.PIJLERS,
            DocumentSection.UITVOERING, DocumentSection.MONITORING)
        .addAdoptedByPartyIds(Rotterdam.ROTTERDAM)
        .analysis(Analysis.builder()
            .addFindings(AnalysisFinding.builder().id("een-op-de-vijf-ouder-dan-65")
                .statement("Over vijftien jaar is één op de vijf Rotterdammers ouder dan 65.")
                .figure(Quantity.of(20, Unit.PROCENT))
                .horizonInYears(15)
                .addTargetGroups(TargetGroup.OUDEREN_65_PLUS)
                .addAreaIds(Rotterdam.ROTTERDAM)
                .build())
            .build())
        .addAmbitions(Ambition.of("ambitie-vitaal-oud", "Een stad waar je samen met anderen op"
            + " een gezonde manier vitaal oud kan worden."))
        .addGoals(Goal.builder().id("wonen-met-zorg-8400")
            .title("8.400 woningen bestemd voor wonen met zorg")
            .ambitionId("ambitie-vitaal-oud")
            .target(Quantity.of(8_400, Unit.WONINGEN))
            .deadline(Deadline.ofYear(2030))
            .scope(Scope.builder().addDwellingTypes(DwellingType.WONEN_MET_ZORG)
                .addAreaIds(Rotterdam.ROTTERDAM).build())
            .addOwnerPartyIds(Rotterdam.ROTTERDAM)
            .build())
        .programme(ImplementationProgramme.builder()
            .addActivities(Activity.builder().id("fitfestivals")
                .title("FitFestivals")
                .description("Festivals om ouderen informatie en advies te geven over gezondheid"
                    + " en vitaliteit.")
                .responsiblePartyId(Rotterdam.ROTTERDAM)
                .addInvolvedPartyIds("partners-rotterdam")
                .recurrence(Frequency.yearly())
                .addTargetGroups(TargetGroup.OUDEREN)
                .build())
            .build())
        .monitoring(Monitoring.builder().build())
        .build();
  }

  /**
   * Delft's prestatieafspraken (seed 001, Handreiking woonzorgopgave, "Bouwen aan de
   * samenwerking in Delft"): the municipality, the corporations and the tenants' organisations
   * agree at project level on enough woonzorgvarianten; the agreements of the regiovisie
   * ouderenzorg, adopted in May 2021 thanks in part to zorgkantoor DSW, are added as an addendum;
   * they refer to the Convenant huisvesting zorgafhankelijke doelgroepen, and are comparable to
   * Amsterdam's Tien werkafspraken 'Thuis in de wijk'. The agreement is made at project level
   * ("afspraken op projectniveau"); its domain is wonen, where Overzicht 1 of the same handreiking
   * puts woonvormen. The seed gives no agreement type, so none is recorded and WZ-TYPE-08 says so;
   * without a type the SMART rules, which ask more of some types than of others, pass it by. It
   * gives no years, figures or deadlines either.
   */
  public static AgreementsDocument delftAgreements() {
    return AgreementsDocument.builder()
        .id("prestatieafspraken-delft")
        .title("Prestatieafspraken Delft")
        .area(Area.municipality("GM0503", "Delft"))
        .addParties(Party.of("GM0503", "Gemeente Delft", PartyType.GEMEENTE),
            Party.builder().id("woningcorporaties-delft").name("Woningcorporaties in Delft")
                .type(PartyType.WONINGCORPORATIE).collective(Collective.unnamed()).build(),
            Party.builder().id("huurdersorganisaties-delft").name("Huurdersorganisaties in Delft")
                .type(PartyType.HUURDERSORGANISATIE).collective(Collective.unnamed()).build(),
            Party.of("zorgkantoor-dsw", "Zorgkantoor DSW", PartyType.ZORGKANTOOR))
        .addSources(HANDREIKING)
        .addLinks(DocumentLink.builder().relation(DocumentRelation.HEEFT_ADDENDUM)
                .kind(PolicyDocumentKind.REGIOVISIE_OUDERENZORG).title("Regiovisie ouderenzorg")
                .issued(PartialDate.of(2021, 5)).addPartyIds("zorgkantoor-dsw")
                .purpose("Om op de bestaande afspraken meer urgentie en snelheid te realiseren.")
                .build(),
            DocumentLink.builder().relation(DocumentRelation.VERWIJST_NAAR)
                .kind(PolicyDocumentKind.CONVENANT)
                .title("Convenant huisvesting zorgafhankelijke doelgroepen")
                .address("https://delft.raadsinformatie.nl/document/9711390/1/2105083%20College"
                    + "%20van%20B%20en%20W%20-%20Convenant%20Huisvesting%20Zorgafhankelijke"
                    + "%20groepen")
                .build(),
            DocumentLink.builder().relation(DocumentRelation.VERGELIJKBAAR_MET)
                .kind(PolicyDocumentKind.WERKAFSPRAKEN)
                .title("Tien werkafspraken 'Thuis in de wijk' (Amsterdam)")
                .address("https://www.huisvestingkwetsbaregroepen.nl/hoe-werkt-het/"
                    + "de-10-werkafspraken/")
                .build())
        .addAgreements(PerformanceAgreement.builder()
            .id("afspraak-woonzorgvarianten")
            .title("Voldoende woonzorgvarianten")
            .domain(AgreementDomain.WONEN)
            .level(AgreementLevel.PROJECT)
            .scope(Scope.builder().addDwellingTypes(DwellingType.WONEN_MET_ZORG).build())
            .addParties(AgreementParty.of("GM0503", PartyRole.ONDERTEKENAAR),
                AgreementParty.of("woningcorporaties-delft", PartyRole.ONDERTEKENAAR),
                AgreementParty.of("huurdersorganisaties-delft", PartyRole.ONDERTEKENAAR))
            .build())
        .build();
  }

  /**
   * The pact <i>Wonen met ondersteuning, commitment op leefbaarheid</i> of the regio Alkmaar
   * (seed 001, "Regio Alkmaar: pact als basis voor afspraken"; VNG, "Woonzorgvisie: de waardevolle
   * wijk"): municipalities, corporations, care providers and zorgkantoor VGZ, since 2018, with a
   * threefold task, the finding that parts of the region are among the most aged of the country,
   * agreements on leefbaarheid taken up as an annex of the regional and local prestatieafspraken
   * and in the purchasing conditions for jeugdhulp and Wmo, and working arrangements on the
   * outflow from sheltered housing and shelter that the prestatieafspraken refer to, evaluated
   * periodically. The agreements on leefbaarheid are one agreement of theme leefbaarheid, in the
   * domain zorg en welzijn, where Overzicht 1 of the same handreiking lists "afspraken over
   * bewaken leefbaarheid"; the seed gives them no type, so none is recorded and WZ-TYPE-08 says
   * so. The seed gives neither a rhythm nor a year for the evaluation, which an evaluation moment
   * needs, so that stays in the working arrangement's words.
   */
  public static CovenantDocument alkmaarPact() {
    return CovenantDocument.builder()
        .id("pact-wonen-met-ondersteuning-regio-alkmaar")
        .title("Wonen met ondersteuning, commitment op leefbaarheid")
        .area(Area.of("regio-alkmaar", AreaType.REGIO, "Regio Alkmaar"))
        .addParties(collective("gemeenten-regio-alkmaar", "Gemeenten in de regio Alkmaar",
                PartyType.GEMEENTE),
            collective("woningcorporaties-regio-alkmaar", "Woningcorporaties in de regio Alkmaar",
                PartyType.WONINGCORPORATIE),
            collective("zorgaanbieders-regio-alkmaar", "Zorgaanbieders in de regio Alkmaar",
                PartyType.ZORGAANBIEDER),
            Party.of("zorgkantoor-vgz", "Zorgkantoor VGZ", PartyType.ZORGKANTOOR))
        .addSources(HANDREIKING, Source.builder().id("bron-vng-waardevolle-wijk")
            .title("Woonzorgvisie: de waardevolle wijk").publisher("VNG")
            .url("https://vng.nl/artikelen/woonzorgvisie-de-waardevolle-wijk").build())
        .addLinks(DocumentLink.builder().relation(DocumentRelation.VERWEZEN_VANUIT)
            .kind(PolicyDocumentKind.PRESTATIEAFSPRAKEN)
            .title("Prestatieafspraken").build())
        .kind(CovenantKind.PACT)
        .addSignatoryPartyIds("gemeenten-regio-alkmaar", "woningcorporaties-regio-alkmaar",
            "zorgaanbieders-regio-alkmaar", "zorgkantoor-vgz")
        .signedIn(PartialDate.ofYear(2018))
        // "De leefbaarheidsafspraken" are what is annexed and taken up: the links are theirs.
        .addAgreements(PerformanceAgreement.builder()
            .id("afspraken-leefbaarheid")
            .title("Afspraken over leefbaarheid")
            .domain(AgreementDomain.ZORG_EN_WELZIJN)
            .theme(AgreementTheme.LEEFBAARHEID)
            .addLinks(DocumentLink.builder().relation(DocumentRelation.BIJLAGE_BIJ)
                    .kind(PolicyDocumentKind.PRESTATIEAFSPRAKEN)
                    .title("Regionale en lokale prestatieafspraken").build(),
                DocumentLink.builder().relation(DocumentRelation.OPGENOMEN_IN)
                    .kind(PolicyDocumentKind.INKOOPVOORWAARDEN)
                    .title("Inkoopvoorwaarden jeugdhulp en Wmo").build())
            .build())
        .analysis(Analysis.builder()
            .addFindings(AnalysisFinding.builder().id("meest-vergrijsd")
                .statement("De regio Alkmaar kent delen die tot de meest vergrijsde van"
                    + " Nederland behoren.")
                .addTargetGroups(TargetGroup.OUDEREN)
                .addAreaIds("regio-alkmaar")
                .build())
            .build())
        .addTasks(task("opdracht-uitstroom-jeugdzorg",
                "Voldoende huisvesting realiseren voor uitstroom uit de jeugdzorg.",
                TargetGroup.UITSTROOM_JEUGDZORG),
            task("opdracht-doorstroom-mo",
                "Voldoende huisvesting realiseren voor de doorstroom van volwassenen uit de"
                    + " maatschappelijke opvang.", TargetGroup.UITSTROOM_MAATSCHAPPELIJKE_OPVANG),
            task("opdracht-woonzorgvraag-ouderen",
                "Onderzoek doen naar de toekomstige woonzorgvraag van ouderen.",
                TargetGroup.OUDEREN))
        .addWorkingArrangements(task("werkafspraken-uitstroom",
            "Werkafspraken over het uitstroomproces: wie is wanneer waarvoor verantwoordelijk;"
                + " periodiek geevalueerd en waar nodig bijgesteld.",
            TargetGroup.UITSTROOM_BESCHERMD_WONEN, TargetGroup.UITSTROOM_MAATSCHAPPELIJKE_OPVANG))
        .build();
  }

  /**
   * <i>Wonen en Zorg op de kaart</i>, the monitor of the regio Zuid-Kennemerland &amp; IJmond
   * (seed 001, "Wonen en Zorg op de kaart"; https://wonenenzorgopdekaart.nl/): made by seven
   * municipalities and the corporations active in the region to support the region's wonen,
   * welzijn en zorg policy, bringing together several regional monitors, on residents,
   * households, homes and facilities, updated every year. The seed gives no measurements, so none
   * are recorded and WZ-DOC-07 names each indicator without one.
   */
  public static MonitorReport zuidKennemerlandMonitor() {
    List<Area> municipalities = List.of(
        municipality("GM0375", "Beverwijk"), municipality("GM0377", "Bloemendaal"),
        municipality("GM0392", "Haarlem"), municipality("GM0396", "Heemskerk"),
        municipality("GM0397", "Heemstede"), municipality("GM0453", "Velsen"),
        municipality("GM0473", "Zandvoort"));
    MonitorReport.Builder monitor = MonitorReport.builder()
        .id("wonen-en-zorg-op-de-kaart")
        .title("Wonen en Zorg op de kaart")
        .area(Area.of(REGION, AreaType.REGIO, "Zuid-Kennemerland & IJmond"))
        .areas(municipalities)
        .addSources(HANDREIKING, Source.builder().id("bron-wonen-en-zorg-op-de-kaart")
            .title("Wonen en Zorg op de kaart").url("https://wonenenzorgopdekaart.nl/").build())
        .purpose("Ter ondersteuning van het Wonen, Welzijn en Zorgbeleid in de regio.")
        .addLinks(DocumentLink.builder().relation(DocumentRelation.BUNDELT)
            .kind(PolicyDocumentKind.OVERIG).title("Diverse regionale monitors").build())
        .monitoring(Monitoring.builder()
            .addIndicators(Indicator.builder().id("inwoners").name("Inwoners")
                    .unit(Unit.PERSONEN).areaId(REGION).build(),
                Indicator.builder().id("huishoudens").name("Huishoudens")
                    .unit(Unit.HUISHOUDENS).areaId(REGION).build(),
                Indicator.builder().id("woningen").name("Woningen")
                    .unit(Unit.WONINGEN).areaId(REGION).build(),
                Indicator.builder().id("voorzieningen").name("Beschikbare voorzieningen")
                    .unit(Unit.AANTAL).areaId(REGION).build())
            .reportingFrequency(Frequency.yearly())
            .build());
    for (Area municipality : municipalities) {
      monitor.addParties(Party.of(municipality.getId(), "Gemeente " + municipality.getName(),
          PartyType.GEMEENTE));
      monitor.addAuthorPartyIds(municipality.getId());
    }
    return monitor
        .addParties(collective("corporaties-regio", "Corporaties actief in de regio",
            PartyType.WONINGCORPORATIE))
        .addAuthorPartyIds("corporaties-regio")
        .build();
  }

  /**
   * The <i>bestuurlijke afspraken</i> of spring 2021 (seed 001, Handreiking woonzorgopgave, "De
   * opgave"): VNG, ActiZ, Aedes and ZN with the ministries of BZK and VWS express the ambition to
   * realise in the coming five years 60,000 extra homes for older people (zero-step homes and
   * clustered housing) and 25,000 nursing-care places, and up to 2031 a further 100,000 homes
   * and 25,000 places. The ambition is recorded as the document's ambition and its four figures
   * as goals serving it; "de komende vijf jaar" from spring 2021 is read as a deadline in 2026,
   * the later two are tranches on top of the first two. The seed names no title beyond
   * "bestuurlijke afspraken", no owners of the goals and no indicators, and the SMART rules say
   * so.
   */
  public static AgreementsDocument nationalAgreements2021() {
    return AgreementsDocument.builder()
        .id("bestuurlijke-afspraken-wonen-en-zorg-2021")
        .title("Bestuurlijke afspraken")
        .area(NETHERLANDS)
        .addParties(umbrella("vng", "VNG"),
            umbrella("actiz", "ActiZ"),
            umbrella("aedes", "Aedes"),
            umbrella("zn", "ZN"),
            Party.of("ministerie-bzk", "Ministerie van BZK", PartyType.RIJK),
            Party.of("ministerie-vws", "Ministerie van VWS", PartyType.RIJK))
        .addSources(HANDREIKING)
        .signedIn(PartialDate.of(2021, YearPart.VOORJAAR))
        .addAmbitions(Ambition.of(AMBITION_2021, "De komende vijf jaar 60.000 extra woningen"
            + " voor ouderen (nultredenwoningen en geclusterde woonvormen) en 25.000"
            + " verpleegzorgplekken realiseren."))
        .addGoals(nationalGoal("extra-woningen-ouderen", "60.000 extra woningen voor ouderen",
                Quantity.of(60_000, Unit.WONINGEN), 2026, DwellingType.NULTREDENWONING,
                DwellingType.GECLUSTERDE_WOONVORM).start(PartialDate.of(2021, YearPart.VOORJAAR))
                .build(),
            nationalGoal("extra-verpleegzorgplekken", "25.000 verpleegzorgplekken",
                Quantity.of(25_000, Unit.PLAATSEN), 2026, DwellingType.VERPLEEGZORGPLAATS)
                .start(PartialDate.of(2021, YearPart.VOORJAAR)).build(),
            nationalGoal("extra-woningen-ouderen-tot-2031", "Nog eens 100.000 extra woningen",
                Quantity.of(100_000, Unit.WONINGEN), 2031, DwellingType.NULTREDENWONING,
                DwellingType.GECLUSTERDE_WOONVORM).additionalToGoalId("extra-woningen-ouderen")
                .build(),
            nationalGoal("extra-verpleegzorgplekken-tot-2031", "Nog eens 25.000"
                    + " verpleegzorgplekken", Quantity.of(25_000, Unit.PLAATSEN), 2031,
                DwellingType.VERPLEEGZORGPLAATS)
                .additionalToGoalId("extra-verpleegzorgplekken").build())
        .build();
  }

  /**
   * The <i>Nationale Prestatieafspraken</i> of 2022 (seed 000, Aedes, <i>Aan de slag met
   * woonzorgvisie</i>, February 2024, Deel I point 2): signed by Aedes, the VNG, the Woonbond and
   * the Rijk; corporations, municipalities, tenants and the Rijk, supported by the provinces, make
   * reciprocal agreements on investing the budgets freed by abolishing the landlord levy in 2023;
   * besides a doubling of house building, there is investment in leefbaarheid; the agreements
   * land in the regional Woondeals. Two agreements and a goal, none with a type, an amount or a
   * deadline, since the seed gives none: WZ-TYPE-08 and the SMART rules say what is missing. The
   * example's readings: the domain of the agreement on the freed budgets is wonen (the budgets
   * are the corporations'), that of the agreement on leefbaarheid zorg en welzijn, where Overzicht
   * 1 of the Taskforce's handreiking lists agreements on leefbaarheid; the corporations,
   * municipalities and tenants carry the first agreement out by making the reciprocal agreements,
   * the provinces are involved without a role the seed names. The doubling has no baseline.
   */
  public static AgreementsDocument nationalAgreements2022() {
    List<AgreementParty> signatories = List.of(
        AgreementParty.of("aedes", PartyRole.ONDERTEKENAAR),
        AgreementParty.of("vng", PartyRole.ONDERTEKENAAR),
        AgreementParty.of("woonbond", PartyRole.ONDERTEKENAAR),
        AgreementParty.of("rijk", PartyRole.ONDERTEKENAAR, PartyRole.UITVOERDER));
    return AgreementsDocument.builder()
        .id("nationale-prestatieafspraken-2022")
        .title("Nationale Prestatieafspraken")
        .area(NETHERLANDS)
        .addParties(umbrella("aedes", "Aedes"),
            umbrella("vng", "VNG"),
            umbrella("woonbond", "Woonbond"),
            Party.of("rijk", "Het Rijk", PartyType.RIJK),
            collective("woningcorporaties", "Woningcorporaties", PartyType.WONINGCORPORATIE),
            collective("gemeenten", "Gemeenten", PartyType.GEMEENTE),
            collective("huurders", "Huurders", PartyType.HUURDERSORGANISATIE),
            collective("provincies", "Provincies", PartyType.PROVINCIE))
        .addSources(AAN_DE_SLAG)
        .signedIn(PartialDate.ofYear(2022))
        .addLinks(DocumentLink.builder().relation(DocumentRelation.UITGEWERKT_IN)
            .kind(PolicyDocumentKind.WOONDEAL).title("Regionale Woondeals").build())
        .addGoals(Goal.builder().id("verdubbeling-woningbouw")
            .title("Verdubbeling van de woningbouw")
            .targetFactor(BigDecimal.valueOf(2))
            .build())
        .addAgreements(PerformanceAgreement.builder()
                .id("investeren-vrijgevallen-budgetten")
                .title("Wederkerige afspraken over het investeren van de vrijgevallen budgetten")
                .description("Hoe de vrijgevallen budgetten als gevolg van het afschaffen van de"
                    + " verhuurdersheffing in 2023 te investeren.")
                .domain(AgreementDomain.WONEN)
                .addAllParties(signatories)
                .addParties(AgreementParty.of("woningcorporaties", PartyRole.UITVOERDER),
                    AgreementParty.of("gemeenten", PartyRole.UITVOERDER),
                    AgreementParty.of("huurders", PartyRole.UITVOERDER),
                    AgreementParty.of("provincies", PartyRole.BETROKKENE))
                .addGoalIds("verdubbeling-woningbouw")
                .build(),
            PerformanceAgreement.builder()
                .id("investeren-in-leefbaarheid")
                .title("Investeren in leefbaarheid")
                .domain(AgreementDomain.ZORG_EN_WELZIJN)
                .theme(AgreementTheme.LEEFBAARHEID)
                .addAllParties(signatories)
                .build())
        .build();
  }

  private static Goal.Builder nationalGoal(String id, String title, Quantity target,
      int deadline, DwellingType... types) {
    return Goal.builder().id(id).title(title).ambitionId(AMBITION_2021).target(target)
        .deadline(Deadline.ofYear(deadline))
        .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN).addDwellingTypes(types)
            .addAreaIds(NATIONAL).build());
  }

  /** A branch or umbrella organisation (VNG, Aedes, ActiZ, ZN, Woonbond). */
  private static Party umbrella(String id, String name) {
    return Party.of(id, name, PartyType.BRANCHEORGANISATIE);
  }

  /** A collective party whose members the seed does not name. */
  private static Party collective(String id, String name, PartyType type) {
    return Party.builder().id(id).name(name).type(type).collective(Collective.unnamed()).build();
  }

  /** A covenant task for {@code groups}, as the seed words it. */
  private static CovenantTask task(String id, String description, TargetGroup... groups) {
    return CovenantTask.builder().id(id).description(description)
        .scope(Scope.builder().addTargetGroups(groups).build()).build();
  }

  private static Area municipality(String code, String name) {
    return Area.builder().from(Area.municipality(code, name)).parentId(REGION).build();
  }
}
