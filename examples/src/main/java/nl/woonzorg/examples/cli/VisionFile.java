package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;

/** Reading the one document type the report and monitor commands take: a vision. */
final class VisionFile {

  private VisionFile() {}

  /**
   * The vision in {@code input}; empty, with the reason on the tool's stderr, if it is no vision
   * or not one that reads strictly.
   *
   * @throws Failure (exit 2) if the file cannot be read at all
   */
  static Optional<HousingCareVision> read(Path input, Woonzorg tool) {
    Lang lang = tool.lang();
    tool.working(input);
    try {
      byte[] json = Files.readAllBytes(input);
      DocumentType<?> type = Documents.detect(json);
      if (type != DocumentType.VISION) {
        tool.err().println(lang.pick("kan geen rapport maken van " + input + ": het is een "
            + type.name() + ", en een rapport vraagt een " + DocumentType.VISION.name(),
            "cannot report on " + input + ": it is a " + type.name()
            + ", and a report needs a " + DocumentType.VISION.name()));
        return Optional.empty();
      }
      return Optional.of(JsonReader.strict().read(json, DocumentType.VISION));
    } catch (IOException e) {
      throw Failure.unreadable(input, e, lang);
    } catch (WireFormatException e) {
      tool.err().println(lang.pick("kan " + input + " niet lezen:", "cannot read " + input + ":"));
      e.getProblems().forEach(problem -> tool.err().println("  " + problem.toString(tool.lang().locale())));
      return Optional.empty();
    }
  }
}
