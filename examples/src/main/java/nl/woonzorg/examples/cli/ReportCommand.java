package nl.woonzorg.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.woonzorg.model.HousingCareVision;
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
        "Writes one self-contained HTML page about a housing-care-vision: its verdict, its"
            + " progress through the five phases, each goal's target against the monitoring"
            + " measurements as a chart, and the findings grouped by phase and severity.",
        "The page loads nothing from elsewhere and runs no script; open it in any browser."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was written, whatever its findings",
        "2:the input could not be read, or is not a housing-care-vision", "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class ReportCommand implements Callable<Integer> {

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(paramLabel = "FILE", description = "A housing-care-vision document.")
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
    Optional<HousingCareVision> read = VisionFile.read(input, tool);
    if (read.isEmpty()) {
      return ExitCodes.UNREADABLE;
    }
    HousingCareVision vision = read.get();
    Report report = WoonzorgValidator.builder().profile(profile).locale(lang.locale()).build()
        .validate(vision);
    String html = HtmlReport.of(lang.locale())
        .vision(vision, report, profile.name().toLowerCase(Locale.ROOT));
    OutputFile.writeOrPrint(output, html, tool);
    return ExitCodes.CONFORM;
  }
}
