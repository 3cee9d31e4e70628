package nl.woonzorg.examples;

import java.util.List;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
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
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Frequency;
import org.apiguardian.api.API;

/**
 * Worked example 6: one real published document per kind of the cycle besides the vision, each
 * as its seed describes it and no more. Every statement is the seed's; where the seed does not
 * say — a date, a period, a figure, who made a document — the fact is left out and the rules
 * report it (WZ-DOC-02, WZ-DOC-03, WZ-DOC-07, the SMART rules). Ids are ours. Bundled under
 * {@code examples/data/cycle/}.
 *
 * <p>Several of the seeds' parties are collectives ("de woningcorporaties", "de zorgaanbieders in
 * de regio"); they are recorded as one party each, named as the seed names them, until the model
 * has collective parties.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class CycleCases {

  private static final String REGION = "zuid-kennemerland-ijmond";
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
   * Zorg, Fase 2 Visie): commissioned by the municipality with its corporation, it builds on the
   * sociale structuurvisie and the woonvisie and ends in proposals. The seed does not say who
   * drew it up, when, or how far it looks, so none of that is recorded.
   */
  public static AnalysisDocument maassluisAnalysis() {
    return AnalysisDocument.builder()
        .id("behoefteraming-wonen-met-zorg-maassluis")
        .title("Behoefteraming wonen met zorg voor ouderen")
        .area(Area.municipality("GM0556", "Maassluis"))
        .addParties(Party.of("GM0556", "Gemeente Maassluis", PartyType.GEMEENTE),
            Party.of("maasdelta", "Maasdelta", PartyType.WONINGCORPORATIE),
            Party.of("zorgaanbieders-maassluis", "Zorgaanbieders", PartyType.ZORGAANBIEDER),
            Party.of("zorgkantoor-dsw", "DSW", PartyType.ZORGKANTOOR))
        .addSources(TASKFORCE_FASE_2)
        .addCommissionerPartyIds("GM0556", "maasdelta")
        .analysis(Analysis.builder()
            .addFindings(AnalysisFinding.builder().id("voorstel-woningen-per-wijk")
                .statement("De voorstellen noemen het aantal te realiseren woningen per wijk.")
                .addAreaIds("GM0556").build())
            .addFindings(AnalysisFinding.builder().id("voorstel-geclusterd-wonen-plus")
                .statement("'Geclusterd wonen plus' vraagt om een samenwerking tussen gemeente,"
                    + " zorgaanbieders, Maasdelta en DSW, liefst vastgelegd in een business-case"
                    + " en een overeenstemming tussen de verantwoordelijke partijen.")
                .build())
            .build())
        .build();
  }

  /**
   * Rotterdam's uitvoeringsprogramma <i>Ouder en Wijzer</i> (seed 002): 8,400 homes designated
   * for living with care in 2030, and the FitFestivals the municipality organises with partners
   * every year. The seed gives no period for the programme and no start for either activity.
   */
  public static ProgrammeDocument rotterdamProgramme() {
    return ProgrammeDocument.builder()
        .id("ouder-en-wijzer")
        .title("Ouder en Wijzer")
        .area(Area.municipality(Rotterdam.ROTTERDAM, "Rotterdam"))
        .addParties(Party.of(Rotterdam.ROTTERDAM, "Gemeente Rotterdam", PartyType.GEMEENTE))
        .addSources(TASKFORCE_FASE_2)
        .addAdoptedByPartyIds(Rotterdam.ROTTERDAM)
        .programme(ImplementationProgramme.builder()
            .addActivities(Activity.builder().id("wonen-met-zorg-8400")
                .title("In 2030 8.400 woningen bestemd voor wonen met zorg")
                .responsiblePartyId(Rotterdam.ROTTERDAM)
                .output(Quantity.of(8_400, Unit.WONINGEN))
                .areaId(Rotterdam.ROTTERDAM)
                .build())
            .addActivities(Activity.builder().id("fitfestivals")
                .title("FitFestivals")
                .description("Jaarlijkse festivals die de gemeente met partners organiseert om"
                    + " ouderen informatie en advies te geven over gezondheid en vitaliteit.")
                .responsiblePartyId(Rotterdam.ROTTERDAM)
                .build())
            .build())
        .build();
  }

  /**
   * Delft's prestatieafspraken (seed 001, Handreiking woonzorgopgave, "Bouwen aan de
   * samenwerking in Delft"): the municipality, the corporations and the tenants' organisations
   * agree at project level on enough woonzorgvarianten, add the regiovisie ouderenzorg as an
   * addendum and refer to the Convenant huisvesting zorgafhankelijke doelgroepen. The seed gives
   * no years, figures or deadlines: the SMART rules say so.
   */
  public static AgreementsDocument delftAgreements() {
    return AgreementsDocument.builder()
        .id("prestatieafspraken-delft")
        .title("Prestatieafspraken Delft")
        .area(Area.municipality("GM0503", "Delft"))
        .addParties(Party.of("GM0503", "Gemeente Delft", PartyType.GEMEENTE),
            Party.of("woningcorporaties-delft", "Woningcorporaties in Delft",
                PartyType.WONINGCORPORATIE),
            Party.of("huurdersorganisaties-delft", "Huurdersorganisaties in Delft",
                PartyType.HUURDERSORGANISATIE))
        .addSources(HANDREIKING)
        .addAgreements(PerformanceAgreement.builder()
            .id("afspraak-woonzorgvarianten")
            .title("Voldoende woonzorgvarianten")
            .description("Afspraken op projectniveau, met name gericht op het realiseren van"
                + " voldoende woonzorgvarianten.")
            .type(AgreementType.HANDELINGSAFSPRAAK)
            .domain(AgreementDomain.WONEN)
            .addParties(AgreementParty.of("GM0503", PartyRole.ONDERTEKENAAR),
                AgreementParty.of("woningcorporaties-delft", PartyRole.ONDERTEKENAAR),
                AgreementParty.of("huurdersorganisaties-delft", PartyRole.ONDERTEKENAAR))
            .addCovenantIds("convenant-huisvesting-zorgafhankelijke-doelgroepen")
            .build())
        .build();
  }

  /**
   * The pact <i>Wonen met ondersteuning, commitment op leefbaarheid</i> of the regio Alkmaar
   * (seed 001, "Regio Alkmaar: pact als basis voor afspraken"; VNG, "Woonzorgvisie: de waardevolle
   * wijk"): municipalities, corporations, care providers and zorgkantoor VGZ, since 2018, with a
   * threefold task and working arrangements on the outflow from sheltered housing and shelter,
   * evaluated periodically. The seed gives the year only, so no signing date is recorded.
   */
  public static CovenantDocument alkmaarPact() {
    return CovenantDocument.builder()
        .id("pact-wonen-met-ondersteuning-regio-alkmaar")
        .title("Wonen met ondersteuning, commitment op leefbaarheid")
        .area(Area.of("regio-alkmaar", AreaType.REGIO, "Regio Alkmaar"))
        .addParties(Party.of("gemeenten-regio-alkmaar", "Gemeenten in de regio Alkmaar",
                PartyType.GEMEENTE),
            Party.of("woningcorporaties-regio-alkmaar", "Woningcorporaties in de regio Alkmaar",
                PartyType.WONINGCORPORATIE),
            Party.of("zorgaanbieders-regio-alkmaar", "Zorgaanbieders in de regio Alkmaar",
                PartyType.ZORGAANBIEDER),
            Party.of("zorgkantoor-vgz", "Zorgkantoor VGZ", PartyType.ZORGKANTOOR))
        .addSources(HANDREIKING, Source.builder().id("bron-vng-waardevolle-wijk")
            .title("Woonzorgvisie: de waardevolle wijk").publisher("VNG")
            .url("https://vng.nl/artikelen/woonzorgvisie-de-waardevolle-wijk").build())
        .kind(CovenantKind.PACT)
        .addSignatoryPartyIds("gemeenten-regio-alkmaar", "woningcorporaties-regio-alkmaar",
            "zorgaanbieders-regio-alkmaar", "zorgkantoor-vgz")
        .addTasks(CovenantTask.of("opdracht-uitstroom-jeugdzorg",
                "Voldoende huisvesting realiseren voor uitstroom uit de jeugdzorg."),
            CovenantTask.of("opdracht-doorstroom-mo",
                "Voldoende huisvesting realiseren voor de doorstroom van volwassenen uit de"
                    + " maatschappelijke opvang."),
            CovenantTask.of("opdracht-woonzorgvraag-ouderen",
                "Onderzoek doen naar de toekomstige woonzorgvraag van ouderen."))
        .addWorkingArrangements(CovenantTask.of("werkafspraken-uitstroom",
            "Werkafspraken over het uitstroomproces uit beschermd wonen en maatschappelijke"
                + " opvang: wie is wanneer waarvoor verantwoordelijk; periodiek geevalueerd en"
                + " waar nodig bijgesteld."))
        .build();
  }

  /**
   * <i>Wonen en Zorg op de kaart</i>, the monitor of the regio Zuid-Kennemerland &amp; IJmond
   * (seed 001, "Wonen en Zorg op de kaart"; https://wonenenzorgopdekaart.nl/): made by seven
   * municipalities and the corporations active in the region, on residents, households, homes and
   * facilities, updated every year. The seed gives no measurements, so none are recorded and
   * WZ-DOC-07 names each indicator without one.
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
        .addParties(Party.of("corporaties-regio", "Corporaties actief in de regio",
            PartyType.WONINGCORPORATIE))
        .addAuthorPartyIds("corporaties-regio")
        .build();
  }

  private static Area municipality(String code, String name) {
    return Area.builder().from(Area.municipality(code, name)).parentId(REGION).build();
  }
}
