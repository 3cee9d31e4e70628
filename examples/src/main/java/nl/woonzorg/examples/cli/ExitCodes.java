package nl.woonzorg.examples.cli;

/**
 * The tool's exit codes, one meaning each, so that scripts and CI can branch on them. 0, 1 and 2
 * are the tool's own; the rest follow BSD's sysexits.h, which shells and CI systems already know.
 *
 * <p>A failure that ends the run at once (70, 71, 73, 74) is the exit code, whatever was found
 * before it; otherwise an unreadable input (2) wins over findings (1). Inputs are read before an
 * output is written, so an unreadable input leaves the output untouched.
 */
final class ExitCodes {

  /** Every document was read and has no finding at or above the threshold. */
  static final int CONFORM = 0;
  /** A document has a finding at or above the threshold ({@code --fail-on}). */
  static final int FINDINGS = 1;
  /**
   * An input could not be read: missing, a directory, not permitted, not UTF-8 JSON, or not a
   * woonzorg document. Not sysexits' 66 (EX_NOINPUT) for a missing file, as scripts already rely
   * on 2 for every input the tool cannot use.
   */
  static final int UNREADABLE = 2;
  /** The command line was wrong: an unknown option, a missing argument, a bad value (EX_USAGE). */
  static final int USAGE = 64;
  /** The tool failed on its own: a bug, to be reported with the stack trace of --debug. */
  static final int INTERNAL = 70;
  /**
   * The Java VM ran out of heap or stack (EX_OSERR): the input may be fine, the JVM needs more
   * ({@code -Xmx}, {@code -Xss}). Not 70, as it is no bug, and not 1, as it says nothing of the
   * data.
   */
  static final int EXHAUSTED = 71;
  /** An output file could not be created: no such directory, a directory, not permitted. */
  static final int CANNOT_CREATE = 73;
  /** Writing an output failed after it was created, e.g. on a full disk (EX_IOERR). */
  static final int WRITE_FAILED = 74;

  /** The lines of {@code --help} for the codes every command can end with. */
  static final String HELP_INTERNAL = "70:internal error, a bug: run again with --debug and"
      + " report the stack trace";
  static final String HELP_EXHAUSTED = "71:out of memory or stack: give Java more with -Xmx"
      + " or -Xss";
  static final String HELP_CANNOT_CREATE = "73:the output could not be created: no such"
      + " directory, a directory, not permitted";
  static final String HELP_WRITE_FAILED = "74:writing the output failed, e.g. the disk is full";
  static final String HELP_PRECEDENCE = "%n70, 71, 73 and 74 end the run at once and are its exit"
      + " code; otherwise 2 wins over 1.";

  private ExitCodes() {}
}
