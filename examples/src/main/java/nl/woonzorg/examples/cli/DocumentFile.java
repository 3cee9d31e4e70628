package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.document.DocumentType;

/**
 * Reading one document for a command that takes some document types only, such as report and
 * monitor: a file of another type is refused with one line that says which types the command
 * takes.
 */
final class DocumentFile {

  private DocumentFile() {}

  /**
   * The document in {@code input}, of one of {@code accepted}; empty, with the reason on the
   * tool's stderr, if it is of another type or does not read strictly.
   *
   * @param command the command's name, as the refusal names it
   * @throws Failure (exit 2) if the file cannot be read at all
   */
  static Optional<Object> read(Path input, Woonzorg tool, String command,
      List<DocumentType<?>> accepted) {
    Lang lang = tool.lang();
    tool.working(input);
    try {
      byte[] json = Files.readAllBytes(input);
      DocumentType<?> type = Documents.detect(json);
      if (!accepted.contains(type)) {
        String names = accepted.stream().map(DocumentType::name)
            .collect(Collectors.joining(", "));
        tool.err().println(lang.pick(command + " kan " + input + " niet gebruiken: het is een "
            + type.name() + ", en " + command + " neemt " + names,
            command + " cannot use " + input + ": it is a " + type.name() + ", and " + command
                + " takes " + names));
        return Optional.empty();
      }
      return Optional.of(JsonReader.strict().read(json, type));
    } catch (IOException e) {
      throw Failure.unreadable(input, e, lang);
    } catch (WireFormatException e) {
      tool.err().println(lang.pick("kan " + input + " niet lezen:", "cannot read " + input + ":"));
      e.getProblems().forEach(problem ->
          tool.err().println("  " + problem.toString(tool.lang().locale())));
      return Optional.empty();
    }
  }
}
