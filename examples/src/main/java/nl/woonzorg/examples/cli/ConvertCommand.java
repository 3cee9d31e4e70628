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
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.io.json.WoonzorgModule;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code woonzorg convert}: rewrites a document pretty or compact, rewrites NDJSON canonically,
 * splits a vision into NDJSON parts and joins the parts back into the same vision.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Rewrites a document in canonical form: pretty (the default) or --compact, to -o or"
            + " stdout. An .ndjson or .jsonl file is rewritten record by record.",
        "With --parts DIR, a document of the cycle is split into DIR/"
            + DocumentParts.VISION_PART + " (the rest of a vision) or DIR/"
            + DocumentParts.DOCUMENT_PART + " (of any other kind) and an NDJSON file for each of"
            + " its lists: goals, agreements, measurements, indicators, conclusions, figures,"
            + " bottlenecks, findings, activities, tasks, working arrangements; given such a DIR"
            + " as INPUT, the parts are joined into the same document again."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:converted", "2:the input could not be read",
        "64:usage error, e.g. --parts for a goal, agreement, dwelling or measurement on its"
            + " own",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class ConvertCommand implements Callable<Integer> {

  /** Writes and reads the parts that are no documents of their own, as they stand. */
  private static final JsonMapper PARTS =
      JsonMapper.builder().addModule(new WoonzorgModule()).build();

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
      description = "Split the document into NDJSON parts in DIR (created if need be).")
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
        } else if (DocumentParts.of(documentType).isPresent()) {
          split(document, documentType, parts, tool);
        } else {
          tool.err().println(lang.pick("--parts splitst een document van de cyclus; " + input
              + " is een " + documentType.name(), "--parts splits a document of the cycle; "
              + input + " is a " + documentType.name()));
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
    } catch (UnreadableLine e) {
      tool.err().println(lang.pick("kan " + e.file + " niet lezen, regel " + e.line + ": ",
          "cannot read " + e.file + ", line " + e.line + ": ") + e.getMessage());
      return ExitCodes.UNREADABLE;
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

  private static void split(Object document, DocumentType<?> type, Path directory,
      Woonzorg tool) throws IOException {
    tool.working(directory);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw Failure.cannotCreate(directory, e, tool.lang());
    }
    Object rest = document;
    for (DocumentParts<?, ?> part : DocumentParts.OF.get(type)) {
      writePart(part, document, directory.resolve(part.file()), tool);
      rest = part.replaced(rest, List.of());
    }
    OutputFile.writeString(directory.resolve(DocumentParts.restFile(type)),
        JsonWriter.pretty().write(rest) + "\n", tool.lang());
  }

  private static <E> void writePart(DocumentParts<?, E> part, Object document, Path file,
      Woonzorg tool) throws IOException {
    List<E> elements = part.elements(document);
    DocumentType<E> recordType = part.recordType();
    if (recordType != null) {
      writeRecords(recordType, elements, file, tool);
      return;
    }
    StringBuilder lines = new StringBuilder();
    elements.forEach(element -> lines.append(PARTS.writeValueAsString(element)).append('\n'));
    tool.working(file);
    OutputFile.writeString(file, lines.toString(), tool.lang());
  }

  private static <T> void writeRecords(DocumentType<T> recordType, List<T> records, Path file,
      Woonzorg tool) throws IOException {
    tool.working(file);
    try (NdjsonWriter<T> writer =
        NdjsonWriter.of(recordType, OutputFile.create(file, tool.lang()))) {
      records.forEach(writer::write);
    }
  }

  /**
   * The document in a parts directory, with its parts put back where {@link #split} took them:
   * any kind's from {@value DocumentParts#DOCUMENT_PART}, else a vision's from {@value
   * DocumentParts#VISION_PART}.
   */
  private static Object join(Path directory) throws IOException {
    Path other = directory.resolve(DocumentParts.DOCUMENT_PART);
    Path file = Files.exists(other) ? other : directory.resolve(DocumentParts.VISION_PART);
    byte[] json = Files.readAllBytes(file);
    DocumentType<?> type = file.equals(other) ? Documents.detect(json) : DocumentType.VISION;
    Object document;
    try {
      document = JsonReader.strict().read(json, type);
    } catch (WireFormatException e) {
      throw new UnreadablePart(file, e);
    }
    for (DocumentParts<?, ?> part : DocumentParts.of(type).orElse(List.of())) {
      document = joinPart(part, document, directory.resolve(part.file()));
    }
    return document;
  }

  private static <E> Object joinPart(DocumentParts<?, E> part, Object document, Path file)
      throws IOException {
    DocumentType<E> recordType = part.recordType();
    List<E> elements = new ArrayList<>();
    if (recordType != null) {
      elements.addAll(readRecords(recordType, file));
    } else if (Files.exists(file)) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          try {
            elements.add(PARTS.readValue(lines.get(i), part.element()));
          } catch (JacksonException e) {
            throw new UnreadableLine(file, i + 1, e.getOriginalMessage());
          }
        }
      }
    }
    return part.replaced(document, elements);
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

  /** A line of a part that is no document of its own and does not read as its element. */
  private static final class UnreadableLine extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    UnreadableLine(Path file, int line, String message) {
      super(message);
      this.file = file;
      this.line = line;
    }
  }
}
