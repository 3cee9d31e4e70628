package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A failure on a file that ends a command with its own exit code and one line naming the file.
 * The tool prints the line on stderr, and the stack trace only under {@code --debug}: the user
 * needs what went wrong where, not the tool's insides.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private Failure(int exitCode, String line, @Nullable Exception cause) {
    super(line, cause);
    this.exitCode = exitCode;
  }

  /**
   * An input that was read but is not valid: exit 2, with one located problem a line under the
   * file, e.g. {@code kan norms.csv niet gebruiken:} and {@code   norms.csv:3:42: norm x needs a
   * source}.
   */
  static Failure invalid(Path file, List<String> problems, Lang lang) {
    return new Failure(ExitCodes.UNREADABLE, lang.pick("kan " + file + " niet gebruiken:",
        "cannot use " + file + ":") + problems.stream().map(problem -> "\n  " + problem)
        .collect(Collectors.joining()), null);
  }

  /** A command line that cannot be carried out as given: exit 64, with {@code line}. */
  static Failure usage(String line) {
    return new Failure(ExitCodes.USAGE, line, null);
  }

  /** The exit code the command ends with. */
  int exitCode() {
    return exitCode;
  }

  /** An input that cannot be read: exit 2, e.g. {@code kan x.json niet lezen: is een map}. */
  static Failure unreadable(Path file, IOException cause, Lang lang) {
    return new Failure(ExitCodes.UNREADABLE, lang.pick("kan " + file + " niet lezen: ",
        "cannot read " + file + ": ") + reason(file, cause, lang), cause);
  }

  /**
   * An output that cannot be created: exit 73, e.g. {@code kan niet schrijven naar
   * /no/such/dir/x.json: map bestaat niet}.
   */
  static Failure cannotCreate(Path file, IOException cause, Lang lang) {
    return new Failure(ExitCodes.CANNOT_CREATE, lang.pick("kan niet schrijven naar " + file
        + ": ", "cannot write to " + file + ": ") + reason(file, cause, lang), cause);
  }

  /** An output whose writing failed once it was created: exit 74, e.g. on a full disk. */
  static Failure writeFailed(Path file, IOException cause, Lang lang) {
    return new Failure(ExitCodes.WRITE_FAILED, lang.pick("schrijven naar " + file
        + " mislukt: ", "writing to " + file + " failed: ") + reason(file, cause, lang), cause);
  }

  /**
   * Why {@code cause} failed on {@code file}: the common reasons in the user's language, told from
   * the file system rather than from the system's message, which differs per platform; any other
   * in the system's words.
   */
  static String reason(Path file, IOException cause, Lang lang) {
    if (Files.isDirectory(file)) {
      return lang.pick("is een map", "is a directory");
    }
    if (cause instanceof NoSuchFileException) {
      Path parent = file.toAbsolutePath().getParent();
      return parent != null && !Files.isDirectory(parent)
          ? lang.pick("map bestaat niet", "no such directory")
          : lang.pick("bestand bestaat niet", "no such file");
    }
    if (cause instanceof AccessDeniedException) {
      return lang.pick("geen toegang", "permission denied");
    }
    if (cause instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason();
    }
    return String.valueOf(cause.getMessage());
  }
}
