package nl.woonzorg.examples.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code woonzorg} command-line tool (<i>woonzorg-gereedschap</i>): validate woonzorg
 * documents, convert them, print the JSON Schema and the rule catalogue, and write an HTML report
 * for people. Run it as {@code java -jar woonzorg.jar --help}.
 *
 * <p>Exit codes: 0 conform, 1 findings at or above the threshold, 2 unreadable input, 64 usage
 * error, 70 an internal error (a bug). Output goes to stdout, diagnostics and progress to stderr;
 * progress only when the tool runs on a terminal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Command(name = "woonzorg", mixinStandardHelpOptions = true,
    versionProvider = Woonzorg.Version.class,
    description = "Validates, converts and reports on woonzorgvisies (housing-and-care visions),"
        + " prestatieafspraken and dwelling stock.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ValidateCommand.class, ReportCommand.class, ConvertCommand.class,
        SchemaCommand.class, RulesCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success; for validate: conform at the --fail-on threshold",
        "1:validate: findings at or above the --fail-on threshold",
        "2:an input could not be read",
        "64:usage error",
        "70:internal error (a bug; please report it with the stack trace)"})
public final class Woonzorg implements Callable<Integer> {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  @Spec
  private @Nullable CommandSpec spec;

  private Woonzorg(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * Runs the tool on {@code args} and exits the JVM with its exit code.
   *
   * @param args the command line, e.g. {@code validate examples/data/gemeente-a.json}
   */
  public static void main(String[] args) {
    // JDK 19+ says what the terminal takes; before it, the default charset may be ASCII in a C
    // locale, which would garble Dutch text and JSON, so UTF-8 it is.
    Charset charset = Charset.forName(System.getProperty("stdout.encoding", "UTF-8"));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    System.exit(execute(args, out, err, isTerminal()));
  }

  /**
   * Runs the tool on {@code args}, writing to {@code out} and {@code err}; progress is drawn only
   * if {@code terminal}. Returns the exit code. Tests call this in-process.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new Woonzorg(out, err, terminal))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler((e, arguments) -> {
          CommandLine command = e.getCommandLine();
          command.getErr().println(e.getMessage());
          if (!UnmatchedArgumentException.printSuggestions(e, command.getErr())) {
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName()
                + " --help' for more information.");
          }
          return ExitCodes.USAGE;
        })
        .setExecutionExceptionHandler((e, command, parseResult) -> {
          e.printStackTrace(command.getErr());
          return ExitCodes.INTERNAL;
        });
    int exit = cli.execute(args);
    out.flush();
    err.flush();
    return exit;
  }

  /**
   * Whether the tool runs on an interactive terminal rather than piped or redirected. Before JDK
   * 22 a console exists only then; from JDK 22 one always exists and {@code Console.isTerminal()} tells, so it is asked where it is.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return false;
    }
  }

  /** Without a command: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    err.println("Missing command.");
    Objects.requireNonNull(spec, "spec").commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** Where the commands write their output. */
  PrintWriter out() {
    return out;
  }

  /** Where the commands write diagnostics and progress. */
  PrintWriter err() {
    return err;
  }

  /** Whether progress may be drawn. */
  boolean terminal() {
    return terminal;
  }

  /** The version from the runnable jar's manifest; "development build" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Objects.requireNonNullElse(
          Woonzorg.class.getPackage().getImplementationVersion(), "development build");
      return new String[] {"woonzorg " + version};
    }
  }
}
