package nl.woonzorg.examples.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code woonzorg vera}: the commands for VERA-OpenAPI files. */
@Command(name = "vera", mixinStandardHelpOptions = true,
    description = {"Works with VERA-OpenAPI Eenheid JSON, the sector's exchange format for"
        + " dwellings, and its Cluster and Gebouw JSON for buildings. To check VERA Eenheid"
        + " files, use validate: it recognises them."},
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {VeraConvertCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "64:usage error, e.g. no command"})
final class VeraCommand implements Callable<Integer> {

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Spec
  private @Nullable CommandSpec spec;

  /** The tool, for the subcommands. */
  Woonzorg tool() {
    return Objects.requireNonNull(parent, "parent");
  }

  /** Without a command: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    tool().err().println(tool().lang().pick("Geef een commando.", "Missing command."));
    Objects.requireNonNull(spec, "spec").commandLine().usage(tool().err());
    return ExitCodes.USAGE;
  }
}
