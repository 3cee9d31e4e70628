package nl.woonzorg.examples.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code woonzorg} command-line tool (<i>woonzorg-gereedschap</i>): validate woonzorg
 * documents and VERA files, monitor them, convert them (to and from VERA too), print the JSON
 * Schema and the rule catalogue, write an HTML report for people, compute a woonzorganalyse and
 * share a task out fairly. Run it as {@code
 * java -jar woonzorg.jar --help}.
 *
 * <p>Exit codes: 0 conform, 1 findings at or above the threshold (for monitor: a goal behind, a
 * warning fired), 2 unreadable input, 64 usage error, 70 an internal error (a bug), 71 out of
 * memory or stack, 73 an output that cannot be created, 74 an output whose writing failed; {@link
 * ExitCodes} says which wins. Output goes to stdout, diagnostics and progress to stderr; progress
 * only when the tool runs on a terminal. A failure is one line on stderr naming the file; {@code --debug} adds the stack trace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Command(name = "woonzorg", mixinStandardHelpOptions = true,
    versionProvider = Woonzorg.Version.class,
    description = "Validates, analyses, monitors, converts and reports on woonzorgvisies"
        + " (housing-and-care visions),"
        + " prestatieafspraken and dwelling stock.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {ValidateCommand.class, ReportCommand.class, MonitorCommand.class,
        AnalyseCommand.class, DistributeCommand.class, ConvertCommand.class, VeraCommand.class,
        SchemaCommand.class, RulesCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success; for validate: conform at the --fail-on threshold",
        "1:validate: findings at or above the --fail-on threshold; monitor: a goal behind, a"
            + " warning fired, an indicator stale, sources that disagree",
        "2:an input could not be read: missing, a directory, not permitted, not JSON, not a"
            + " woonzorg or VERA document; for analyse and distribute: not valid, each problem"
            + " located",
        "64:usage error",
        ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED, ExitCodes.HELP_CANNOT_CREATE,
        ExitCodes.HELP_WRITE_FAILED},
    footer = ExitCodes.HELP_PRECEDENCE)
public final class Woonzorg implements Callable<Integer> {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  @Spec
  private @Nullable CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl", scope = ScopeType.INHERIT,
      description = "nl or en: the language of the output and of messages."
          + " Default: ${DEFAULT-VALUE}.")
  private Lang lang = Lang.NL;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of a failure as well.")
  private boolean debug;

  /** The file a command works on, for the lines of failures that have no file of their own. */
  private @Nullable Path current;
  /**
   * The line for an exhausted JVM, formatted before it is needed: after an OutOfMemoryError there
   * may be no memory left to format it.
   */
  private String exhausted = "";

  private Woonzorg(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    // In the default language, for a JVM exhausted while the command line is parsed.
    working(null);
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
    int exit;
    try {
      exit = execute(args, out, err, isTerminal());
    } catch (VirtualMachineError e) {
      // The JVM failed again while reporting that it was exhausted: only the code is left to give.
      Runtime.getRuntime().halt(ExitCodes.EXHAUSTED);
      return;
    }
    System.exit(exit);
  }

  /**
   * Runs the tool on {@code args}, writing to {@code out} and {@code err}; progress is drawn only
   * if {@code terminal}. Returns the exit code. Tests call this in-process.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    Woonzorg tool = new Woonzorg(out, err, terminal);
    CommandLine cli = new CommandLine(tool)
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
        // Once --lang is known, before any command runs.
        .setExecutionStrategy(parseResult -> {
          tool.working(null);
          return new RunLast().execute(parseResult);
        })
        .setExecutionExceptionHandler((e, command, parseResult) -> tool.failed(e));
    int exit;
    try {
      exit = cli.execute(args);
    } catch (VirtualMachineError e) {
      // Picocli passes errors on. The heap or stack is spent, but the stack has unwound to here,
      // so what the command held is garbage now: the line prepared before is printed.
      err.println(tool.exhausted);
      tool.trace(e);
      exit = ExitCodes.EXHAUSTED;
    }
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

  /**
   * Notes that the command now works on {@code file} (none: not on a file yet), so that a failure
   * without a file of its own names it.
   */
  void working(@Nullable Path file) {
    current = file;
    exhausted = lang.pick("onvoldoende geheugen", "out of memory") + on()
        + lang.pick("; geef Java meer met -Xmx (heap) of -Xss (stack)",
            "; give Java more with -Xmx (heap) or -Xss (stack)");
  }

  /** " bij FILE" for the file worked on, if any. */
  private String on() {
    return current == null ? "" : lang.pick(" bij ", " on ") + current;
  }

  /**
   * The one line on stderr for {@code e}, and its exit code: a {@link Failure}'s own, or an
   * internal error for anything else, which is a bug.
   */
  private int failed(Exception e) {
    if (e instanceof Failure failure) {
      err.println(failure.getMessage());
      trace(failure);
      return failure.exitCode();
    }
    err.println(lang.pick("interne fout", "internal error") + on() + ": " + e
        + lang.pick("; --debug toont de stacktrace, meld die alstublieft",
            "; --debug shows the stack trace, please report it"));
    trace(e);
    return ExitCodes.INTERNAL;
  }

  private void trace(Throwable e) {
    if (debug) {
      e.printStackTrace(err);
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

  /** The language of the output and of messages ({@code --lang}, on any command). */
  Lang lang() {
    return lang;
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
