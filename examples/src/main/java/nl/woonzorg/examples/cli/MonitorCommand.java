package nl.woonzorg.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.woonzorg.analysis.monitor.MonitorSettings;
import nl.woonzorg.analysis.monitor.VisionMonitor;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.region.RegionSet;
import nl.woonzorg.analysis.region.UnknownAreaException;
import nl.woonzorg.analysis.regional.RegionalMonitor;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.report.HtmlReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code woonzorg monitor FILE...}: the BORGING monitor of one or more visions — each goal's
 * status, paces and projected year, jaarschijven, early warnings, stale indicators — and, for
 * several gemeenten, the regional comparison; as text, JSON or an HTML page.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Monitors housing-care-visions (BORGING): for each goal the realised level against the"
            + " target, the required and realised pace, their ratio, the projected year and a"
            + " status (reached, on track, at risk, behind, not measurable); jaarschijven with"
            + " their backlog; early-warning thresholds that fired; indicators not measured in"
            + " their cycle; sources that disagree.",
        "Several files are compared as a region: each indicator normalised, ranked and indexed;"
            + " --region picks a COROP region or province by its CBS code or its name, or, with"
            + " --regions, a zorgkantoor region, woondeal region or any set of gemeenten from your"
            + " own file (zorgkantoor and woondeal regions are not bundled: no membership list of"
            + " the bundled year was found).",
        "Takes housing-care-visions, performance-agreements and monitors; prestatieafspraken"
            + " and a monitor of the same area are monitored as one: the agreements' goals"
            + " against the monitor's measurements."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no finding: no goal or agreement behind, no warning fired, nothing stale"
            + " or in dispute",
        "1:a finding: a goal or an agreement behind, jaarschijven missed too often, a warning"
            + " fired, an indicator stale, or sources that disagree",
        "2:an input could not be read, or is not a housing-care-vision, performance-agreements or"
            + " monitor", "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED},
    footer = ExitCodes.HELP_PRECEDENCE)
final class MonitorCommand implements Callable<Integer> {

  /** How the monitor is written ({@code --format}). */
  enum Format {
    TEXT, JSON, HTML
  }

  /** What has goals or measurements to monitor. */
  private static final List<DocumentType<?>> MONITORED =
      List.of(DocumentType.VISION, DocumentType.AGREEMENTS, DocumentType.MONITOR);

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Housing-care-visions, performance-agreements or monitors.")
  private List<Path> inputs = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to monitor as of (yyyy-mm-dd); later measurements do not count."
          + " Default: the latest measurement's date, so that the same files give the same"
          + " result.")
  private @Nullable LocalDate asOf;

  @Option(names = "--region", paramLabel = "CODE|NAME",
      description = "Compare only the gemeenten within this CBS area, e.g. CR17 (COROP) or PV26"
          + " (province), or the COROP region or province of this name, e.g. Groot-Amsterdam or"
          + " Fryslân (a name both have, such as Utrecht, is refused: give the code); with"
          + " --regions, within the region of this name in that file. Without it, all files"
          + " given are compared.")
  private @Nullable String region;

  @Option(names = "--regions", paramLabel = "FILE",
      description = "Regions of your own, e.g. zorgkantoor or woondeal regions: CSV with the"
          + " header soort,regio,gemeentecode (one line per gemeente; soort ZORGKANTOORREGIO,"
          + " WOONDEALREGIO, COROP, PROVINCIE or EIGEN), or JSON {\"regions\": [{\"soort\","
          + " \"regio\", \"gemeenten\": [...]}]} for a name ending in .json. A code that is"
          + " no gemeente of the bundled list is an error, at its line:column or JSON Pointer."
          + " Needs --region NAME.")
  private @Nullable Path regionsFile;

  @Option(names = "--per", paramLabel = "BASE",
      description = "What the regional figures are normalised by: inwoners, ouderen (65+),"
          + " huishoudens (each per 1,000), woningen (per 100,000) or absoluut. Default: by the"
          + " first counts given of --inhabitants, --elderly, --households, --dwellings; else"
          + " absoluut.")
  private @Nullable Per per;

  @Option(names = "--inhabitants", paramLabel = "AREA=N",
      description = "Inhabitants of an area (NL00 for the Netherlands); repeatable.")
  private Map<String, Long> inhabitants = new LinkedHashMap<>();

  @Option(names = "--elderly", paramLabel = "AREA=N",
      description = "Inhabitants of 65 and over of an area (NL00 for the Netherlands);"
          + " repeatable.")
  private Map<String, Long> elderly = new LinkedHashMap<>();

  @Option(names = "--households", paramLabel = "AREA=N",
      description = "Households of an area (NL00 for the Netherlands); repeatable.")
  private Map<String, Long> households = new LinkedHashMap<>();

  @Option(names = "--dwellings", paramLabel = "AREA=N",
      description = "Dwellings of an area (NL00 for the Netherlands); repeatable.")
  private Map<String, Long> dwellings = new LinkedHashMap<>();

  @Option(names = "--national", paramLabel = "INDICATOR=N",
      description = "The Netherlands' figure of an indicator, to index each area against"
          + " (NL = 100), normalised by the NL00 counts; repeatable.")
  private Map<String, Long> national = new LinkedHashMap<>();

  @Option(names = "--target", paramLabel = "INDICATOR=N",
      description = "A regional target for an indicator's regional total, e.g. a woondeal"
          + " region's share of the national 290,000 homes for older people; repeatable.")
  private Map<String, Long> targets = new LinkedHashMap<>();

  @Option(names = "--window", paramLabel = "YEARS",
      description = "The years the realised pace is taken over. Default: 3 (the settings and"
          + " why their defaults: woonzorg-analysis/README.md).")
  private @Nullable Integer window;

  @Option(names = "--on-track", paramLabel = "RATIO", converter = RatioConverter.class,
      description = "The ratio of realised to required pace from which a goal is on track, as"
          + " 1, 0.95, 95% or 19/20. Default: 1.")
  private @Nullable Fraction onTrack;

  @Option(names = "--at-risk", paramLabel = "RATIO", converter = RatioConverter.class,
      description = "The ratio from which a goal short of on track is at risk rather than"
          + " behind; above 0 and at most --on-track. Default: 9/10.")
  private @Nullable Fraction atRisk;

  @Option(names = "--missed-periods", paramLabel = "N",
      description = "The missed periods (jaarschijven, half years) in a row that make a"
          + " finding. Default: 4, after which a province may intervene.")
  private @Nullable Integer missedPeriods;

  @Option(names = "--planuitval", paramLabel = "RATE", converter = RatioConverter.class,
      description = "The share of unbuilt plan capacity expected to fail, from 0 to 1."
          + " Default: 3/10.")
  private @Nullable Fraction planFailure;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html. Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write; stdout if not given.")
  private @Nullable Path output;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    List<Object> documents = new ArrayList<>();
    boolean unreadable = false;
    for (Path input : inputs) {
      Optional<Object> document = DocumentFile.read(input, tool, "monitor", MONITORED);
      document.ifPresent(documents::add);
      unreadable |= document.isEmpty();
    }
    if (unreadable) {
      return ExitCodes.UNREADABLE;
    }
    List<HousingCareVision> visions = joined(documents);
    tool.working(null);
    Region named = regionsFile == null ? null : named(regionsFile, tool);
    List<HousingCareVision> inRegion = named != null
        ? visions.stream().filter(v -> named.contains(RegionalMonitor.areaOf(v))).toList()
        : region == null ? visions : within(visions, tool);
    LocalDate date = asOf != null ? asOf : latestMeasurement(visions);
    List<VisionMonitor> monitors = inRegion.stream()
        .map(vision -> VisionMonitor.of(vision, date, settings(tool.lang())))
        .toList();
    RegionalMonitor regional = inRegion.size() > 1 || region != null
        ? regional(inRegion, date, named) : null;
    String text;
    switch (format) {
      case JSON:
        text = MonitorJson.of(monitors, regional) + "\n";
        break;
      case HTML:
        text = HtmlReport.of(tool.lang().locale()).monitor(monitors, regional);
        break;
      default:
        text = new MonitorText(tool.lang()).render(monitors, regional);
    }
    OutputFile.writeOrPrint(output, text, tool);
    boolean findings = monitors.stream().anyMatch(monitor -> !monitor.findings().isEmpty())
        || (regional != null && !regional.disagreements().isEmpty());
    return findings ? ExitCodes.FINDINGS : ExitCodes.CONFORM;
  }

  /** The region {@code --region} names in the file {@code --regions}. */
  private Region named(Path file, Woonzorg tool) {
    Lang lang = tool.lang();
    if (region == null) {
      throw Failure.usage(lang.pick("--regions heeft --region NAAM nodig: welke regio uit "
          + file + "?", "--regions needs --region NAME: which region of " + file + "?"));
    }
    RegionSet regions = RegionsFile.read(file, AreaHierarchy.netherlands(), lang);
    String names = regions.regions().stream().map(Region::name)
        .collect(Collectors.joining(", "));
    return regions.find(region).orElseThrow(() -> Failure.usage(lang.pick("regio " + region
        + " staat niet in " + file + "; daar staan: " + names, "region " + region
        + " is not in " + file + "; it has: " + names)));
  }

  /**
   * The CBS code {@code --region} names: itself if the bundled hierarchy holds it, else that of the
   * one bundled COROP region or province of that name. None or two is a usage error that says
   * which: nothing is guessed.
   */
  private String area(Lang lang) {
    String text = Objects.requireNonNull(region, "region");
    if (AreaHierarchy.netherlands().isKnown(text)) {
      return text;
    }
    List<Region> found = RegionSet.bundled().lookup(text);
    if (found.size() == 1) {
      return found.get(0).name();
    }
    if (found.isEmpty()) {
      throw Failure.usage(lang.pick("regio " + text + " is geen CBS-gebiedscode (zoals CR17 of"
          + " PV26) en geen naam van een COROP-gebied of provincie; zorgkantoor- en"
          + " woondealregio's zijn niet meegeleverd: geef ze met --regions BESTAND", "region "
          + text + " is neither a CBS area code (such as CR17 or PV26) nor the name of a COROP"
          + " region or province; zorgkantoor and woondeal regions are not bundled: give them with"
          + " --regions FILE"));
    }
    String which = found.stream().map(candidate -> candidate.name() + " (" + lang.pick(
        candidate.kind().getLabelNl(), candidate.kind().getLabelEn()) + " " + candidate.label()
        + ")").collect(Collectors.joining(", "));
    throw Failure.usage(lang.pick("regio " + text + " is niet eenduidig: " + which
        + "; geef de code", "region " + text + " is ambiguous: " + which + "; give the code"));
  }

  private List<HousingCareVision> within(List<HousingCareVision> visions, Woonzorg tool) {
    AreaHierarchy hierarchy = AreaHierarchy.netherlands();
    String area = area(tool.lang());
    List<HousingCareVision> inRegion = new ArrayList<>();
    for (HousingCareVision vision : visions) {
      String code = RegionalMonitor.areaOf(vision);
      boolean in;
      try {
        in = hierarchy.isWithin(code, area);
      } catch (UnknownAreaException e) {
        tool.err().println(tool.lang().pick("overgeslagen: " + vision.getId() + " ligt niet in een"
            + " bekend CBS-gebied (" + e.getMessage() + ")", "skipped: " + vision.getId()
            + " is not in a known CBS area (" + e.getMessage() + ")"));
        continue;
      }
      if (in) {
        inRegion.add(vision);
      }
    }
    return inRegion;
  }

  private RegionalMonitor regional(List<HousingCareVision> visions, LocalDate date,
      @Nullable Region named) {
    // Counts given without --per say what to normalise by, the first kind given in this order;
    // counts never go unused in silence.
    Per base = per != null ? per : !inhabitants.isEmpty() ? Per.INWONERS
        : !elderly.isEmpty() ? Per.OUDEREN : !households.isEmpty() ? Per.HUISHOUDENS
        : !dwellings.isEmpty() ? Per.WONINGEN : Per.ABSOLUUT;
    RegionalMonitor.Builder builder = RegionalMonitor.builder().addVisions(visions).asOf(date)
        .normalisation(base.normalisation());
    if (named != null) {
      builder.region(named);
    }
    inhabitants.forEach(builder::inhabitants);
    elderly.forEach((area, count) -> builder.population(area, PopulationMeasure.LEEFTIJD_65_PLUS,
        count));
    households.forEach((area, count) -> builder.population(area, PopulationMeasure.HUISHOUDENS,
        count));
    dwellings.forEach(builder::dwellings);
    targets.forEach((indicator, target) -> builder.target(indicator, Fraction.of(target)));
    national.forEach((indicator, value) -> builder.national(indicator, Fraction.of(value)));
    return builder.build();
  }

  /**
   * Each document as a vision, where prestatieafspraken and a monitor of the same area are one:
   * the agreements' goals and jaarschijven measured by the monitor's indicators. A monitor whose
   * area has no prestatieafspraken among the inputs stands alone with its indicators, and so do
   * prestatieafspraken without a monitor, whose goals are then not measurable.
   */
  static List<HousingCareVision> joined(List<Object> documents) {
    List<HousingCareVision> visions = new ArrayList<>();
    List<MonitorReport> monitors = new ArrayList<>();
    documents.stream().filter(MonitorReport.class::isInstance).map(MonitorReport.class::cast)
        .forEach(monitors::add);
    for (Object document : documents) {
      if (document instanceof HousingCareVision vision) {
        visions.add(vision);
      } else if (document instanceof AgreementsDocument agreements) {
        Optional<MonitorReport> monitor = monitors.stream()
            .filter(candidate -> areaOf(candidate).equals(areaOf(agreements))).findFirst();
        monitor.ifPresent(monitors::remove);
        visions.add(monitor.map(report -> HousingCareVision.builder().from(agreements.asVision())
            .monitoring(report.getMonitoring()).currentPhase(Phase.BORGING).build())
            .orElseGet(agreements::asVision));
      }
    }
    // The monitors that joined no agreements, in the order given.
    documents.stream().filter(monitors::contains)
        .map(monitor -> ((MonitorReport) monitor).asVision()).forEach(visions::add);
    return visions;
  }

  private static String areaOf(PolicyDocument document) {
    return document.getArea().getCode().orElse(document.getArea().getId());
  }

  /** The latest reference date of any measurement; today if there is none. */
  private static LocalDate latestMeasurement(List<HousingCareVision> visions) {
    return visions.stream()
        .flatMap(vision -> vision.getMonitoring().stream())
        .flatMap(monitoring -> monitoring.getMeasurements().stream())
        .map(Measurement::getReferenceDate)
        .max(Comparator.naturalOrder())
        .orElseGet(LocalDate::now);
  }

  /** The defaults, with what the options change; a setting out of its range is exit 64. */
  private MonitorSettings settings(Lang lang) {
    MonitorSettings defaults = MonitorSettings.defaults();
    MonitorSettings.Builder settings = MonitorSettings.builder();
    try {
      if (window != null) {
        settings.windowYears(window);
      }
      if (onTrack != null || atRisk != null) {
        settings.ratios(onTrack != null ? onTrack : defaults.onTrackRatio(),
            atRisk != null ? atRisk : defaults.atRiskRatio());
      }
      if (missedPeriods != null) {
        settings.missedPeriodsForFinding(missedPeriods);
      }
      if (planFailure != null) {
        settings.planFailureRate(planFailure);
      }
    } catch (IllegalArgumentException e) {
      throw Failure.usage(lang.pick("de monitorinstellingen kloppen niet: ",
          "the monitor settings do not hold: ") + e.getMessage());
    }
    return settings.build();
  }

  /** A ratio as {@code 9/10}, {@code 0.9} or {@code 90%}, as the norms file writes them. */
  static final class RatioConverter implements picocli.CommandLine.ITypeConverter<Fraction> {
    @Override
    public Fraction convert(String value) {
      return NormsFile.ratio(value);
    }
  }
}
