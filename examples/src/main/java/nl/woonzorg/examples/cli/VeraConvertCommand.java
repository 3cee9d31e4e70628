package nl.woonzorg.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.json.VeraWriter;
import nl.woonzorg.vera.mapping.BuildingMapping;
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingResult;
import nl.woonzorg.vera.unit.VeraUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code woonzorg vera convert IN [-o OUT]}: VERA {@code Eenheid} JSON to woonzorg dwelling
 * NDJSON, or woonzorg dwellings to VERA, the direction told from the content; with {@code --type
 * vera-cluster} or {@code vera-gebouw}, VERA {@code Cluster} or {@code Gebouw} JSON to woonzorg
 * building NDJSON. What a side cannot hold is counted per attribute on stderr; a record that
 * cannot be converted is named there and left out, and the exit code says so.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Converts VERA-OpenAPI Eenheid JSON (one object, the API's list form as a JSON array, or"
            + " NDJSON) into woonzorg dwelling NDJSON, or woonzorg dwellings (NDJSON, or one"
            + " dwelling document) into VERA: the list form, or NDJSON if OUT ends in .ndjson or"
            + " .jsonl, or one object for one dwelling. Which way is told from the properties of"
            + " the first record.",
        "With --type vera-cluster or vera-gebouw, IN holds VERA-OpenAPI Cluster or Gebouw"
            + " objects (one, the list form or NDJSON), converted into woonzorg building NDJSON:"
            + " a Cluster becomes a COMPLEX, a Gebouw a GEBOUW, each with its id, code, name and"
            + " the number of units it lists; a Gebouw's wijk and buurt give its CBS codes. Which"
            + " of the two a file holds cannot be told from its content, so it must be named.",
        "What the other side has no place for is not dropped silently: stderr counts it per"
            + " attribute and reason (no counterpart, unknown code, invalid value, missing,"
            + " inferred), and names each record that could not be converted: by its line in"
            + " NDJSON (blank lines counted), by its JSON Pointer in an array."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:converted; attributes without a counterpart are counted on stderr",
        "1:a record could not be converted (no id, no kind): named on stderr and left out",
        "2:the input could not be read, or is neither VERA nor woonzorg, or lists eenheden (a"
            + " Cluster or Gebouw) without --type",
        "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED})
final class VeraConvertCommand implements Callable<Integer> {

  @ParentCommand
  private @Nullable VeraCommand parent;

  @Parameters(paramLabel = "IN", description = "A VERA file or a woonzorg dwelling file.")
  private Path input = Path.of(".");

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write; stdout if not given.")
  private @Nullable Path output;

  @Option(names = "--type", paramLabel = "TYPE", converter = VeraType.Converter.class,
      completionCandidates = VeraType.Names.class,
      description = "What IN holds, instead of telling it from the content:"
          + " ${COMPLETION-CANDIDATES}. vera-cluster and vera-gebouw must be named.")
  private @Nullable VeraType type;

  /** The VERA entity of IN, as {@code --type} names it. */
  enum VeraType {
    EENHEID(VeraFiles.VERA_EENHEID), CLUSTER("vera-cluster"), GEBOUW("vera-gebouw");

    private final String option;

    VeraType(String option) {
      this.option = option;
    }

    @Override
    public String toString() {
      return option;
    }

    /** Reads a type from its name on the command line, e.g. {@code vera-cluster}. */
    static final class Converter implements ITypeConverter<VeraType> {
      @Override
      public VeraType convert(String value) {
        return Stream.of(values()).filter(type -> type.option.equals(value)).findFirst()
            .orElseThrow(() -> new TypeConversionException("unknown type '" + value + "'; one"
                + " of " + String.join(", ", new Names())));
      }
    }

    /** Every name, for the help text and shell completion. */
    static final class Names implements Iterable<String> {
      @Override
      public Iterator<String> iterator() {
        return Stream.of(values()).map(VeraType::toString).iterator();
      }
    }
  }

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent").tool();
    Lang lang = tool.lang();
    tool.working(input);
    MappingNotes notes = new MappingNotes(lang);
    try {
      Set<String> names = type == null ? VeraFiles.firstRecordNames(input) : Set.of();
      if (names.contains("eenheden")) {
        tool.err().println(lang.pick("kan " + input + " niet omzetten: het eerste record noemt"
                + " eenheden, zoals een VERA-Cluster of -Gebouw: geef --type vera-cluster of"
                + " --type vera-gebouw",
            "cannot convert " + input + ": its first record lists eenheden, as a VERA Cluster or"
                + " Gebouw does: give --type vera-cluster or --type vera-gebouw"));
        return ExitCodes.UNREADABLE;
      }
      if (type == VeraType.CLUSTER || type == VeraType.GEBOUW) {
        try (OutputStream sink = sink(tool)) {
          VeraBuildings.convert(input, type == VeraType.CLUSTER ? BuildingMapping::fromCluster
              : BuildingMapping::fromGebouw, sink, notes, tool);
        }
      } else {
        switch (type == VeraType.EENHEID ? VeraFiles.Kind.VERA : VeraFiles.kind(names)) {
          case VERA:
            toWoonzorg(tool, notes);
            break;
          case WOONZORG:
            toVera(tool, notes);
            break;
          default:
            tool.err().println(lang.pick("kan " + input + " niet omzetten: het eerste record is"
                    + " geen VERA-eenheid en geen woonzorg-woning",
                "cannot convert " + input + ": its first record is neither a VERA unit nor a"
                    + " woonzorg dwelling"));
            return ExitCodes.UNREADABLE;
        }
      }
    } catch (IOException e) {
      throw Failure.unreadable(input, e, lang);
    } catch (UncheckedIOException e) {
      throw Failure.unreadable(input, e.getCause(), lang);
    } catch (WireFormatException e) {
      return ConvertCommand.unreadable(input, e, tool);
    }
    notes.print(tool.err());
    return notes.anyLeftOut() ? ExitCodes.FINDINGS : ExitCodes.CONFORM;
  }

  private OutputStream sink(Woonzorg tool) {
    if (output == null) {
      return new LineSink(tool.out());
    }
    tool.working(output);
    return OutputFile.create(output, tool.lang());
  }

  /**
   * VERA units, one at a time, to dwelling NDJSON. A unit is named in the notes by its line in
   * NDJSON (blank lines counted), its JSON Pointer in an array, or the root for one object: where
   * the reader would locate a problem of it.
   */
  private void toWoonzorg(Woonzorg tool, MappingNotes notes) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input));
        OutputStream sink = sink(tool);
        NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, sink);
        Progress progress = Progress.of(tool.err(), tool.terminal(), input.toString())) {
      VeraFiles.eachUnit(input, in, VeraReader.strict(), tool.lang(), (at, unit) -> {
        MappingResult<Dwelling> mapped = DwellingMapping.toDwelling(unit);
        mapped.value().ifPresent(writer::write);
        notes.record(at, unit.getId().orElse(""), mapped.notes(), mapped.value().isPresent(),
            tool.err());
        progress.tick();
      });
    }
  }

  /**
   * Dwellings to VERA: NDJSON to the list form (an element a line) or to NDJSON; one dwelling
   * document to one {@code Eenheid} object, indented.
   */
  private void toVera(Woonzorg tool, MappingNotes notes) throws IOException {
    if (!Documents.isNdjson(input)) {
      Dwelling dwelling = JsonReader.strict().read(Files.readAllBytes(input),
          DocumentType.DWELLING);
      MappingResult<VeraUnit> mapped = DwellingMapping.fromDwelling(dwelling);
      try (OutputStream sink = sink(tool)) {
        VeraWriter.pretty().write(mapped.value().orElseThrow(), sink);
      }
      notes.record("", dwelling.getId(), mapped.notes(), true, tool.err());
      return;
    }
    boolean ndjson = output != null && Documents.isNdjson(output);
    VeraWriter writer = VeraWriter.compact();
    try (InputStream in = Files.newInputStream(input);
        OutputStream sink = sink(tool);
        Progress progress = Progress.of(tool.err(), tool.terminal(), input.toString())) {
      long[] index = {0};
      if (!ndjson) {
        sink.write('[');
      }
      NdjsonReader.of(DocumentType.DWELLING).read(in, dwelling -> {
        MappingResult<VeraUnit> mapped = DwellingMapping.fromDwelling(dwelling);
        String separator = ndjson ? "" : index[0] == 0 ? "\n" : ",\n";
        byte[] line = (separator + writer.write(mapped.value().orElseThrow())
            + (ndjson ? "\n" : "")).getBytes(StandardCharsets.UTF_8);
        try {
          sink.write(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        notes.record("/" + index[0]++, dwelling.getId(), mapped.notes(), true, tool.err());
        progress.tick();
      });
      if (!ndjson) {
        sink.write((index[0] == 0 ? "]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
