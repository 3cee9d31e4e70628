package nl.woonzorg.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.report.HtmlReport;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code woonzorg report FILE -o report.html}: the HTML report of a vision, for people. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Writes one self-contained HTML page about a document of the cycle: its verdict, its"
            + " place in the five phases, each goal's target against the monitoring measurements"
            + " as a chart, its content (figures, agreements, tasks, activities, indicators and"
            + " measurements, conclusions), and the findings grouped by phase and severity.",
        "Takes a housing-care-vision, analysis-document, performance-agreements, covenant,"
            + " implementation-programme or monitor.",
        "The page loads nothing from elsewhere and runs no script; open it in any browser."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was written, whatever its findings",
        "2:the input could not be read, or is no document of the cycle (a goal, agreement,"
            + " dwelling or measurement on its own)", "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class ReportCommand implements Callable<Integer> {

  /** The documents of the cycle, each a page of its own. */
  private static final List<DocumentType<?>> CYCLE = List.of(DocumentType.VISION,
      DocumentType.ANALYSIS, DocumentType.AGREEMENTS, DocumentType.COVENANT,
      DocumentType.PROGRAMME, DocumentType.MONITOR);

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(paramLabel = "FILE", description = "A document of the cycle.")
  private Path input = Path.of(".");

  @Option(names = {"-o", "--output"}, paramLabel = "HTML",
      description = "Where to write the page; stdout if not given.")
  private @Nullable Path output;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "VASTGESTELD",
      description = "concept or vastgesteld, as for validate. Default: vastgesteld.")
  private Profile profile = Profile.VASTGESTELD;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    Lang lang = tool.lang();
    Optional<Object> read = DocumentFile.read(input, tool, "report", CYCLE);
    if (read.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    Object document = read.get();
    Report report = WoonzorgValidator.builder().profile(profile).locale(lang.locale()).build()
        .validate(document);
    HtmlReport page = HtmlReport.of(lang.locale());
    String name = profile.name().toLowerCase(Locale.ROOT);
    String html = document instanceof PolicyDocument policyDocument
        ? page.document(policyDocument, report, name)
        : page.vision((HousingCareVision) document, report, name);
    OutputFile.writeOrPrint(output, html, tool);
    return ExitCodes.CONFORM;
  }
}
