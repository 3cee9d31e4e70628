package nl.woonzorg.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of the tool: its exit code and what it wrote to stdout and stderr. */
record Run(int exit, String out, String err) {

  /** The bundled examples, relative to the module directory the tests run in. */
  static final Path DATA = Path.of("data");

  /** Runs the tool on {@code args} as if piped: no terminal, so no progress. */
  static Run of(String... args) {
    return on(false, args);
  }

  /** Runs the tool on {@code args}, on a terminal or not. */
  static Run on(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Woonzorg.execute(args, new PrintWriter(out), new PrintWriter(err), terminal);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The path of a bundled example, as a command-line argument. */
  static String data(String file) {
    return DATA.resolve(file).toString();
  }
}
