package nl.woonzorg.examples.cli;

/**
 * The tool's exit codes, one meaning each, so that scripts and CI can branch on them. 64 is
 * sysexits' EX_USAGE; 70 (EX_SOFTWARE) means a bug in the tool.
 */
final class ExitCodes {

  /** Every document was read and has no finding at or above the threshold. */
  static final int CONFORM = 0;
  /** A document has a finding at or above the threshold ({@code --fail-on}). */
  static final int FINDINGS = 1;
  /** An input could not be read: missing, not UTF-8 JSON, or not a woonzorg document. */
  static final int UNREADABLE = 2;
  /** The command line was wrong: an unknown option, a missing argument, a bad value. */
  static final int USAGE = 64;
  /** The tool failed on its own: a bug, to be reported with the stack trace it printed. */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
