package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.vera.mapping.BuildingMapping;
import nl.woonzorg.vera.mapping.MappingResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * {@code vera convert --type vera-cluster|vera-gebouw}: VERA-OpenAPI {@code Cluster} or {@code
 * Gebouw} objects to woonzorg building NDJSON by {@link BuildingMapping}, one object at a time,
 * so that a long list is never held whole. The input is one object, the API's list form (a JSON
 * array) or NDJSON; a record's place in the notes is its index, or the root for one object.
 * Neither schema carries a type tag, and both share their common properties with an {@code
 * Eenheid}, so which one a file holds is never guessed: the user names it.
 */
final class VeraBuildings {

  private VeraBuildings() {}

  /**
   * Converts {@code input} with {@code mapping} ({@link BuildingMapping#fromCluster} or {@link
   * BuildingMapping#fromGebouw}) to building NDJSON on {@code sink}, counting what did not carry
   * over in {@code notes}.
   *
   * @throws Failure if the input is not JSON, located by line and column (exit 2)
   */
  static void convert(Path input, Function<JsonNode, MappingResult<Building>> mapping,
      OutputStream sink, MappingNotes notes, Woonzorg tool) throws IOException {
    boolean single = !Documents.isNdjson(input) && !VeraFiles.isArray(firstBytes(input));
    long index = 0;
    // A reader of values unwraps a root array into its elements, and reads NDJSON and one
    // object as a sequence of root values: one loop for the three forms.
    try (InputStream in = Files.newInputStream(input);
        MappingIterator<JsonNode> objects =
            Documents.MAPPER.readerFor(JsonNode.class).readValues(in);
        NdjsonWriter<Building> writer = NdjsonWriter.of(DocumentType.BUILDING, sink);
        Progress progress = Progress.of(tool.err(), tool.terminal(), input.toString())) {
      while (objects.hasNextValue()) {
        JsonNode object = objects.nextValue();
        MappingResult<Building> mapped = mapping.apply(object);
        mapped.value().ifPresent(writer::write);
        // A building is left out only for want of an id, so there is none to name it by.
        notes.record(single ? "" : "/" + index++, mapped.value().map(Building::getId).orElse(""),
            mapped.notes(), mapped.value().isPresent(), tool.err());
        progress.tick();
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw Failure.invalid(input, List.of(input + where + ": " + e.getOriginalMessage()),
          tool.lang());
    }
  }

  /** The start of {@code file}, enough to tell an array from an object. */
  private static byte[] firstBytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(4096);
    }
  }
}
