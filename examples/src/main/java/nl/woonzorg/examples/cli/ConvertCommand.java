package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code woonzorg convert}: rewrites a document pretty or compact, rewrites NDJSON canonically,
 * splits a vision into NDJSON parts and joins the parts back into the same vision.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Rewrites a document in canonical form: pretty (the default) or --compact, to -o or"
            + " stdout. An .ndjson or .jsonl file is rewritten record by record.",
        "With --parts DIR, a housing-care-vision is split into DIR/" + ConvertCommand.VISION_PART
            + " (the rest of the vision) and NDJSON files of its goals, agreements and"
            + " measurements; given such a DIR as INPUT, the parts are joined into the same vision"
            + " again."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:converted", "2:the input could not be read",
        "64:usage error, e.g. --parts for a document that is not a vision",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class ConvertCommand implements Callable<Integer> {

  /** The file of a parts directory that holds the vision without its parts. */
  static final String VISION_PART = "vision.json";
  /** The NDJSON file of a parts directory that holds the goals. */
  static final String GOALS_PART = "goals.ndjson";
  /** The NDJSON file of a parts directory that holds the performance agreements. */
  static final String AGREEMENTS_PART = "agreements.ndjson";
  /** The NDJSON file of a parts directory that holds the measurements. */
  static final String MEASUREMENTS_PART = "measurements.ndjson";

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(paramLabel = "INPUT", description = "A document, an NDJSON file or a parts"
      + " directory.")
  private Path input = Path.of(".");

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write; stdout if not given.")
  private @Nullable Path output;

  @Option(names = "--compact", description = "One line instead of indented.")
  private boolean compact;

  @Option(names = "--parts", paramLabel = "DIR",
      description = "Split the vision into NDJSON parts in DIR (created if need be).")
  private @Nullable Path parts;

  @Option(names = "--type", paramLabel = "TYPE", converter = DocumentTypeConverter.class,
      completionCandidates = DocumentTypeConverter.Names.class,
      description = "The document type, instead of telling it from the content.")
  private @Nullable DocumentType<?> type;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    Lang lang = tool.lang();
    tool.working(input);
    try {
      if (Files.isDirectory(input)) {
        write(tool, join(input));
      } else if (Documents.isNdjson(input)) {
        return rewriteRecords(tool);
      } else {
        byte[] json = Files.readAllBytes(input);
        DocumentType<?> documentType =
            type != null ? type : Documents.detect(json);
        Object document = JsonReader.strict().read(json, documentType);
        if (parts == null) {
          write(tool, document);
        } else if (document instanceof HousingCareVision vision) {
          split(vision, parts, tool);
        } else {
          tool.err().println(lang.pick("--parts splitst een " + DocumentType.VISION.name() + "; "
              + input + " is een " + documentType.name(), "--parts splits a "
              + DocumentType.VISION.name() + "; " + input + " is a " + documentType.name()));
          return ExitCodes.USAGE;
        }
      }
    } catch (IOException e) {
      // Only reading throws it: the library's writers declare it, but an OutputFile under them
      // fails as a Failure.
      throw Failure.unreadable(fileOf(e), e, lang);
    } catch (UncheckedIOException e) {
      throw Failure.unreadable(fileOf(e.getCause()), e.getCause(), lang);
    } catch (WireFormatException e) {
      return unreadable(input, e, tool);
    } catch (UnreadablePart e) {
      return unreadable(e.file, e.problems, tool);
    }
    return ExitCodes.CONFORM;
  }

  /** The file {@code e} failed on: the part of a parts directory it names, else the input. */
  private Path fileOf(IOException e) {
    return e instanceof FileSystemException system && system.getFile() != null
        ? Path.of(system.getFile()) : input;
  }

  private void write(Woonzorg tool, Object document) {
    JsonWriter writer = compact ? JsonWriter.compact() : JsonWriter.pretty();
    String text = writer.write(document) + "\n";
    if (output == null) {
      tool.out().print(text);
      tool.out().flush();
    } else {
      tool.working(output);
      OutputFile.writeString(output, text, tool.lang());
    }
  }

  /** Rewrites NDJSON record by record; a bad line stops it, as the output would lose a record. */
  private int rewriteRecords(Woonzorg tool) throws IOException {
    DocumentType<?> recordType = type != null ? type : Documents.detectRecords(input);
    try (InputStream in = Files.newInputStream(input);
        OutputStream sink = output == null
            ? new LineSink(tool.out()) : OutputFile.create(output, tool.lang());
        Progress progress = Progress.of(tool.err(), tool.terminal(), input.toString())) {
      copyRecords(recordType, in, sink, progress);
    }
    return ExitCodes.CONFORM;
  }

  private static <T> void copyRecords(DocumentType<T> recordType, InputStream in, OutputStream out,
      Progress progress) throws IOException {
    try (NdjsonWriter<T> writer = NdjsonWriter.of(recordType, out)) {
      NdjsonReader.of(recordType).read(in, record -> {
        writer.write(record);
        progress.tick();
      });
    }
  }

  private static void split(HousingCareVision vision, Path directory, Woonzorg tool)
      throws IOException {
    tool.working(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw Failure.cannotCreate(directory, e, tool.lang());
    }
    HousingCareVision.Builder rest = HousingCareVision.builder().from(vision)
        .goals(List.of()).agreements(List.of());
    List<Measurement> measurements = vision.getMonitoring()
        .map(Monitoring::getMeasurements).orElse(List.of());
    vision.getMonitoring().ifPresent(monitoring ->
        rest.monitoring(Monitoring.builder().from(monitoring).measurements(List.of()).build()));
    OutputFile.writeString(directory.resolve(VISION_PART),
        JsonWriter.pretty().write(rest.build()) + "\n", tool.lang());
    writeRecords(DocumentType.GOAL, vision.getGoals(), directory.resolve(GOALS_PART), tool);
    writeRecords(DocumentType.AGREEMENT, vision.getAgreements(),
        directory.resolve(AGREEMENTS_PART), tool);
    writeRecords(DocumentType.MEASUREMENT, measurements, directory.resolve(MEASUREMENTS_PART),
        tool);
  }

  private static <T> void writeRecords(DocumentType<T> recordType, List<T> records, Path file,
      Woonzorg tool) throws IOException {
    tool.working(file);
    try (NdjsonWriter<T> writer =
        NdjsonWriter.of(recordType, OutputFile.create(file, tool.lang()))) {
      records.forEach(writer::write);
    }
  }

  /** The vision in a parts directory, with its parts put back where {@link #split} took them. */
  private static HousingCareVision join(Path directory) throws IOException {
    HousingCareVision rest =
        JsonReader.strict().read(directory.resolve(VISION_PART), DocumentType.VISION);
    List<Measurement> measurements =
        readRecords(DocumentType.MEASUREMENT, directory.resolve(MEASUREMENTS_PART));
    HousingCareVision.Builder vision = HousingCareVision.builder().from(rest)
        .goals(readRecords(DocumentType.GOAL, directory.resolve(GOALS_PART)))
        .agreements(readRecords(DocumentType.AGREEMENT, directory.resolve(AGREEMENTS_PART)));
    if (!measurements.isEmpty()) {
      Monitoring monitoring = rest.getMonitoring().orElseGet(() -> Monitoring.builder().build());
      vision.monitoring(Monitoring.builder().from(monitoring).measurements(measurements).build());
    }
    return vision.build();
  }

  /** The records of an NDJSON part; none if the part is absent. */
  private static <T> List<T> readRecords(DocumentType<T> recordType, Path file)
      throws IOException {
    List<T> records = new ArrayList<>();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        NdjsonReader.of(recordType).read(in, records::add);
      } catch (WireFormatException e) {
        throw new UnreadablePart(file, e);
      }
    }
    return records;
  }

  static int unreadable(Path file, WireFormatException e, Woonzorg tool) {
    Lang lang = tool.lang();
    tool.err().println(lang.pick("kan " + file + " niet lezen:", "cannot read " + file + ":"));
    e.getProblems().forEach(problem -> tool.err().println("  " + problem.toString(lang.locale())));
    return ExitCodes.UNREADABLE;
  }

  /** A part of a parts directory that cannot be read: names the part, not the directory. */
  private static final class UnreadablePart extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final WireFormatException problems;

    UnreadablePart(Path file, WireFormatException problems) {
      super(problems.getMessage(), problems);
      this.file = file;
      this.problems = problems;
    }
  }
}
