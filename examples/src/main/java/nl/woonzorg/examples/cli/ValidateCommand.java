package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.validation.StreamingReport;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code woonzorg validate FILE...}: reads each file and reports its findings. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Validates woonzorg documents: their wire format, the model's constraints and the rules"
            + " of the catalogue (woonzorg rules).",
        "A file ending in .ndjson or .jsonl is read as one record a line, each record checked"
            + " on its own; locations then start with the record's index from 0.",
        "The document type is told from the properties of the root object unless --type names"
            + " it.",
        "VERA-OpenAPI Eenheid files (one object, the API's list form as a JSON array, or NDJSON)"
            + " are recognised too, or named with --type " + VeraFiles.VERA_EENHEID + ", and"
            + " checked against the VERA profile (woonzorg rules, WZ-VERA-*) at --peildatum.",
        "With --buildings, the dwelling records of the FILEs are checked against a stock's"
            + " building records as well: each buildingId must name one of them (WZ-BLD-06), and"
            + " each building's unitCount must equal the number of dwelling records naming it"
            + " (WZ-BLD-07). With --criteria, clustered buildings are judged against the"
            + " thresholds a goal's criteria state (WZ-BLD-02, WZ-BLD-03)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every file was read and has no finding at or above --fail-on",
        "1:a file has a finding at or above --fail-on",
        "2:a file or BUILDINGS could not be read (missing, a directory, not permitted, not"
            + " JSON, not a woonzorg or VERA document; for NDJSON a bad line); takes precedence"
            + " over 1",
        "64:usage error: unknown option, missing file argument, bad option value, a VERA file"
            + " without --peildatum",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED})
final class ValidateCommand implements Callable<Integer> {

  /** What a finding at or above which severity fails the run ({@code --fail-on}). */
  enum Threshold {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING);

    private final Severity severity;

    Threshold(Severity severity) {
      this.severity = severity;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the results are written ({@code --format}). */
  enum Format {
    TABLE, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The documents to validate.")
  private List<Path> files = List.of();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for people) or json (for machines). Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TABLE;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "VASTGESTELD",
      description = "concept (a draft: incompleteness is a warning) or vastgesteld (adopted:"
          + " strict). Default: vastgesteld.")
  private Profile profile = Profile.VASTGESTELD;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "error or warning: the least severe finding that fails the run (exit 1)."
          + " Default: ${DEFAULT-VALUE}.")
  private Threshold failOn = Threshold.ERROR;

  @Option(names = "--type", paramLabel = "TYPE", converter = InputType.Converter.class,
      description = "The document type of every file, instead of telling it from the content:"
          + " ${COMPLETION-CANDIDATES}.", completionCandidates = InputType.Names.class)
  private @Nullable InputType type;

  @Option(names = "--peildatum", paramLabel = "DATE",
      description = "The day (yyyy-mm-dd) to judge what has no date of its own at: a dwelling"
          + " record's or an undated document's gemeentecode (WZ-AREA-05; a document with a"
          + " date of its own is judged at that), and every code of a VERA file. Required for"
          + " VERA files; never today implicitly, so that a check can be repeated. Without it"
          + " the date of the bundled list of gemeenten, 2024-01-01.")
  private @Nullable LocalDate peildatum;

  @Option(names = "--threads", paramLabel = "N",
      description = "For NDJSON files: how many threads read and check records at once; findings"
          + " come out the same and in the same order whatever the number. Default: the"
          + " processors of the machine (${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--buildings", paramLabel = "BUILDINGS",
      description = "Building records (NDJSON, or one building document) that the dwelling"
          + " records of the FILEs are cross-checked against: a dwelling's buildingId must name"
          + " one of them (WZ-BLD-06), and a building's unitCount must equal the number of"
          + " dwelling records that name it (WZ-BLD-07, a warning: the FILEs may not be the whole"
          + " stock). The buildings are checked as records too and reported after the FILEs,"
          + " with the unit counts; need not be listed among them. If BUILDINGS cannot be read,"
          + " it is reported unreadable (exit 2) and the cross-check is left out.")
  private @Nullable Path buildings;

  @Option(names = "--criteria", paramLabel = "DOCUMENT#GOAL",
      description = "The clustered-housing rules on building records take their thresholds from"
          + " the criteria of goal GOAL in the woonzorg document DOCUMENT (a vision,"
          + " prestatieafspraken, programme, covenant or analysis), as the agreement states"
          + " them: the minimum number of homes per location (WZ-BLD-02) and the minimum share"
          + " for 55-plussers (WZ-BLD-03); without it, VERA's definition of the geclusterde"
          + " woonvorm. An unknown goal is a usage error (exit 64) naming the goals there are.")
  private @Nullable String criteria;

  /** The outcome for one file; its type by name, e.g. dwelling or vera-eenheid. */
  record FileResult(Path file, Optional<String> type, boolean readable, Report report,
      Optional<String> error) {}

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    Lang lang = tool.lang();
    if (threads < 1) {
      throw Failure.usage(lang.pick("--threads moet minstens 1 zijn, niet " + threads,
          "--threads must be at least 1, not " + threads));
    }
    WoonzorgValidator.Builder builder =
        WoonzorgValidator.builder().profile(profile).locale(lang.locale());
    if (peildatum != null) {
      builder.referenceDate(peildatum);
    }
    if (criteria != null) {
      builder.criteria(GoalCriteria.read(criteria, lang));
    }
    WoonzorgValidator validator = builder.build();
    List<FileResult> results = new ArrayList<>();
    // The buildings are read first, so that each dwelling is looked up as it streams past.
    BuildingStock stock = buildings == null ? null : readBuildings(buildings, validator, tool);
    CrossCheck cross = stock == null || !stock.readable() ? CrossCheck.NONE : stock::checkDwelling;
    for (Path file : files) {
      if (stock == null || !stock.isFile(file)) {
        results.add(validate(file, validator, tool, cross));
      }
    }
    if (stock != null) {
      results.add(stock.result());
    }
    int exit = exitCode(results);
    PrintWriter out = tool.out();
    if (format == Format.JSON) {
      out.println(Documents.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(json(results, exit)));
    } else {
      new FindingTable(lang).write(out, results, profile);
    }
    out.flush();
    return exit;
  }

  private int exitCode(List<FileResult> results) {
    if (results.stream().anyMatch(result -> !result.readable())) {
      return ExitCodes.UNREADABLE;
    }
    boolean pass = results.stream().allMatch(result -> result.report().passes(failOn.severity));
    return pass ? ExitCodes.CONFORM : ExitCodes.FINDINGS;
  }

  /**
   * What is checked of a record beyond its own rules, on the calling thread in file order: the
   * records of a stock across files.
   */
  @FunctionalInterface
  interface CrossCheck {
    /** No findings, one instance for every record: the check runs on every record of a stock. */
    Report NOTHING = Report.empty();

    /** No check across records. */
    CrossCheck NONE = (at, record) -> NOTHING;

    /** The findings of {@code record}, found at {@code at}, against the other records. */
    Report check(JsonPointer at, Object record);
  }

  /** A record and its own report, from the reading threads to the calling one. */
  private record Checked(Object record, Report report) {}

  /** The building records of {@code --buildings}, checked and held for the cross-check. */
  private BuildingStock readBuildings(Path file, WoonzorgValidator validator, Woonzorg tool) {
    BuildingStock stock = new BuildingStock(file, validator);
    CrossCheck add = (at, record) -> {
      stock.add(at, (Building) record);
      return CrossCheck.NOTHING;
    };
    tool.working(file);
    try {
      stock.read(Documents.isNdjson(file)
          ? validateRecords(file, DocumentType.BUILDING, validator, tool, add)
          : validateDocument(file, DocumentType.BUILDING, validator, add));
    } catch (IOException e) {
      stock.read(unreadable(file, Failure.reason(file, e, tool.lang())));
    } catch (UncheckedIOException e) {
      stock.read(unreadable(file, Failure.reason(file, e.getCause(), tool.lang())));
    }
    return stock;
  }

  private FileResult validate(Path file, WoonzorgValidator validator, Woonzorg tool,
      CrossCheck cross) {
    tool.working(file);
    try {
      if (type == InputType.VERA
          || type == null && VeraFiles.kind(file) == VeraFiles.Kind.VERA) {
        if (peildatum == null) {
          throw Failure.usage(tool.lang().pick(file + " is een VERA-bestand: geef --peildatum",
              file + " is a VERA file: give --peildatum"));
        }
        return VeraValidation.validate(file, peildatum, validator, tool);
      }
      DocumentType<?> named = type == null ? null : type.woonzorg().orElseThrow();
      return Documents.isNdjson(file)
          ? validateRecords(file, named, validator, tool, cross)
          : validateDocument(file, named, validator, cross);
    } catch (IOException e) {
      return unreadable(file, Failure.reason(file, e, tool.lang()));
    } catch (UncheckedIOException e) {
      return unreadable(file, Failure.reason(file, e.getCause(), tool.lang()));
    }
  }

  private FileResult unreadable(Path file, String error) {
    return new FileResult(file, Optional.empty(), false, Report.empty(), Optional.of(error));
  }

  /** One document, of type {@code named} or of the type its content tells. */
  private FileResult validateDocument(Path file, @Nullable DocumentType<?> named,
      WoonzorgValidator validator, CrossCheck cross) throws IOException {
    byte[] json = Files.readAllBytes(file);
    DocumentType<?> documentType = named != null ? named : Documents.detect(json);
    Object document;
    try {
      document = JsonReader.strict().read(json, documentType);
    } catch (WireFormatException e) {
      return new FileResult(file, Optional.of(documentType.name()), false,
          withSubject(e.toReport(validator.locale()), file), Optional.empty());
    }
    return new FileResult(file, Optional.of(documentType.name()), true,
        withSubject(withCrossCheck(validator.validate(document), cross.check(JsonPointer.root(),
            document)), file), Optional.empty());
  }

  /** Records a line, of type {@code named} or of the type the first line tells. */
  private FileResult validateRecords(Path file, @Nullable DocumentType<?> named,
      WoonzorgValidator validator, Woonzorg tool, CrossCheck cross) throws IOException {
    DocumentType<?> recordType = named != null ? named : Documents.detectRecords(file);
    // Findings of the whole stream, at most maxFindingsPerRule of each rule: a stock of millions
    // of records with findings must not be held in memory.
    StreamingReport findings = StreamingReport.of(validator);
    BadLines badLines = new BadLines(findings, validator.locale());
    long bad;
    try (InputStream in = Files.newInputStream(file);
        Progress progress = Progress.of(tool.err(), tool.terminal(), file.toString())) {
      // Records are read and validated on the threads, reports added and records checked
      // across the stock here, in file order.
      bad = NdjsonReader.of(recordType)
          .threads(threads)
          .continueOnError(badLines::problem)
          .read(in, record -> new Checked(record, validator.validate(record)), checked -> {
            JsonPointer at = badLines.nextRecord();
            findings.add(at, withCrossCheck(checked.report(), cross.check(at, checked.record())));
            progress.tick();
          })
          .badLines();
      badLines.flush();
    }
    return new FileResult(file, Optional.of(recordType.name()), bad == 0,
        findings.report(file.toString()), Optional.empty());
  }

  /**
   * Places records and bad lines in the stream: each takes the next index of the pointer, in the
   * order of the file, so that {@code /41} is the 42nd line that is not blank. The reader reports
   * a bad line's problems one by one, before the next record; they are held until the line is
   * complete — at most the problem limit and its summary — and handed over as one report.
   */
  static final class BadLines {
    private final StreamingReport findings;
    private final Locale locale;
    private final List<Finding> problems = new ArrayList<>();
    private int index;
    private int line;

    BadLines(StreamingReport findings, Locale locale) {
      this.findings = findings;
      this.locale = locale;
    }

    void problem(WireProblem problem) {
      int at = problem.position().map(SourcePosition::getLine).orElse(0);
      if (at != line) {
        flush();
        line = at;
      }
      problems.add(problem.toFinding(locale));
    }

    JsonPointer nextRecord() {
      flush();
      return JsonPointer.root().append(index++);
    }

    void flush() {
      if (!problems.isEmpty()) {
        findings.add(JsonPointer.root().append(index++), Report.of(problems));
        problems.clear();
      }
    }
  }

  /** A record's own findings and those across the stock; the own report if there are none. */
  private static Report withCrossCheck(Report own, Report across) {
    return across.getFindings().isEmpty() ? own : own.merge(across);
  }

  static Report withSubject(Report report, Path file) {
    return Report.builder().from(report).subject(file.toString()).build();
  }

  private ObjectNode json(List<FileResult> results, int exit) {
    ObjectNode root = Documents.MAPPER.createObjectNode();
    root.put("profile", profile.name());
    root.put("failOn", failOn.severity.getCode());
    root.put("exitCode", exit);
    ArrayNode files = root.putArray("files");
    for (FileResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.file().toString());
      result.type().ifPresent(documentType -> file.put("documentType", documentType));
      file.put("readable", result.readable());
      result.error().ifPresent(error -> file.put("error", error));
      Report report = result.report();
      if (result.readable()) {
        file.put("verdict", report.verdict().getCode());
      }
      ObjectNode counts = file.putObject("counts");
      for (Severity severity : Severity.values()) {
        counts.put(severity.getCode(), report.count(severity));
      }
      ArrayNode findings = file.putArray("findings");
      report.getFindings().forEach(finding -> finding(findings.addObject(), finding));
    }
    return root;
  }

  private static void finding(ObjectNode node, Finding finding) {
    node.put("ruleId", finding.getRuleId());
    node.put("severity", finding.getSeverity().getCode());
    node.put("location", finding.getLocation().toString());
    finding.getPosition().ifPresent(position -> {
      node.put("line", position.getLine());
      node.put("column", position.getColumn());
    });
    node.put("message", finding.getMessage());
    // Always there, {} when empty, so that a consumer reads every finding alike.
    ObjectNode arguments = node.putObject("arguments");
    finding.getArguments().forEach(arguments::put);
    finding.getValue().ifPresent(value -> node.put("value", value));
    finding.getExpected().ifPresent(expected -> node.put("expected", expected));
    finding.getHint().ifPresent(hint -> node.put("hint", hint));
  }
}
