package nl.woonzorg.examples.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import nl.woonzorg.io.WireSchema;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code woonzorg schema [TYPE]}: prints the JSON Schema of a document type. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of a document type, as shipped in"
        + " woonzorg-io.")
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Parameters(arity = "0..1", paramLabel = "TYPE", defaultValue = "housing-care-vision",
      converter = DocumentTypeConverter.class,
      completionCandidates = DocumentTypeConverter.Names.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private DocumentType<?> type = DocumentType.VISION;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    tool.out().println(WireSchema.text(type).strip());
    tool.out().flush();
    return ExitCodes.CONFORM;
  }
}
