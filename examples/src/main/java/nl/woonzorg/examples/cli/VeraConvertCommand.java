package nl.woonzorg.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
import nl.woonzorg.vera.mapping.DwellingMapping;
import nl.woonzorg.vera.mapping.MappingResult;
import nl.woonzorg.vera.unit.VeraUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code woonzorg vera convert IN [-o OUT]}: VERA {@code Eenheid} JSON to woonzorg dwelling
 * NDJSON, or woonzorg dwellings to VERA, the direction told from the content. What a side cannot
 * hold is counted per attribute on stderr; a record that cannot become a dwelling is named there
 * and left out, and the exit code says so.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Converts VERA-OpenAPI Eenheid JSON (one object, the API's list form as a JSON array, or"
            + " NDJSON) into woonzorg dwelling NDJSON, or woonzorg dwellings (NDJSON, or one"
            + " dwelling document) into VERA: the list form, or NDJSON if OUT ends in .ndjson or"
            + " .jsonl, or one object for one dwelling. Which way is told from the properties of"
            + " the first record.",
        "What the other side has no place for is not dropped silently: stderr counts it per"
            + " attribute and reason (no counterpart, unknown code, invalid value, missing,"
            + " inferred), and names each record that could not be converted."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:converted; attributes without a counterpart are counted on stderr",
        "1:a record could not be converted (no id, no kind): named on stderr and left out",
        "2:the input could not be read, or is neither VERA nor woonzorg",
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

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent").tool();
    Lang lang = tool.lang();
    tool.working(input);
    MappingNotes notes = new MappingNotes(lang);
    try {
      switch (VeraFiles.kind(input)) {
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
   * VERA units, one at a time, to dwelling NDJSON. A record's place in the notes is its index in
   * an array or NDJSON file, or the root for one object.
   */
  private void toWoonzorg(Woonzorg tool, MappingNotes notes) throws IOException {
    VeraReader reader = VeraReader.strict();
    boolean ndjson = Documents.isNdjson(input);
    byte[] json = ndjson ? new byte[0] : Files.readAllBytes(input);
    boolean single = !ndjson && !VeraFiles.isArray(json);
    try (InputStream in = ndjson ? Files.newInputStream(input) : new ByteArrayInputStream(json);
        Stream<VeraUnit> units = ndjson ? reader.readNdjson(in)
            : single ? Stream.of(reader.read(json)) : reader.readArray(in);
        OutputStream sink = sink(tool);
        NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, sink);
        Progress progress = Progress.of(tool.err(), tool.terminal(), input.toString())) {
      long[] index = {0};
      units.forEach(unit -> {
        MappingResult<Dwelling> mapped = DwellingMapping.toDwelling(unit);
        mapped.value().ifPresent(writer::write);
        notes.record(single ? "" : "/" + index[0]++, unit.getId().orElse(""), mapped.notes(),
            mapped.value().isPresent(), tool.err());
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
