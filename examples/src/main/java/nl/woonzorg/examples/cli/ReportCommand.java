package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Report;
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
    tool.working(input);
    HousingCareVision vision;
    try {
      byte[] json = Files.readAllBytes(input);
      DocumentType<?> type = Documents.detect(json);
      if (type != DocumentType.VISION) {
        tool.err().println(lang.pick("kan geen rapport maken van " + input + ": het is een "
            + type.name() + ", en een rapport vraagt een " + DocumentType.VISION.name(),
            "cannot report on " + input + ": it is a " + type.name()
            + ", and a report needs a " + DocumentType.VISION.name()));
        return ExitCodes.UNREADABLE;
      }
      vision = JsonReader.strict().read(json, DocumentType.VISION);
    } catch (IOException e) {
      throw Failure.unreadable(input, e, lang);
    } catch (WireFormatException e) {
      tool.err().println(lang.pick("kan " + input + " niet lezen:", "cannot read " + input + ":"));
      e.getProblems().forEach(problem -> tool.err().println("  " + problem.toString(lang.locale())));
      return ExitCodes.UNREADABLE;
    }
    Report report = WoonzorgValidator.builder().profile(profile).locale(lang.locale()).build()
        .validate(vision);
    String html = new HtmlReport(lang).render(vision, report, profile);
    if (output == null) {
      tool.out().print(html);
      tool.out().flush();
    } else {
      tool.working(output);
      OutputFile.writeString(output, html, lang);
      tool.err().println(output);
    }
    return ExitCodes.CONFORM;
  }
}
