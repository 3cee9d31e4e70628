package nl.woonzorg.examples.cli;

import java.io.PrintWriter;

/**
 * A running count of records on the terminal, for long bulk work; silent when the tool's output is
 * not a terminal, so that piped and redirected runs, and CI logs, stay clean. It counts, it does
 * not time: the line is redrawn every {@value #EVERY} records and once at the end. Not
 * thread-safe.
 */
final class Progress implements AutoCloseable {

  /** Records between redraws: often enough to see it move, rarely enough to cost nothing. */
  static final int EVERY = 1_000;

  private final PrintWriter err;
  private final boolean shown;
  private final String label;
  private long count;

  private Progress(PrintWriter err, boolean shown, String label) {
    this.err = err;
    this.shown = shown;
    this.label = label;
  }

  /** Progress of {@code label} on {@code err}, shown only if {@code terminal}. */
  static Progress of(PrintWriter err, boolean terminal, String label) {
    return new Progress(err, terminal, label);
  }

  /** Counts one more record. */
  void tick() {
    count++;
    if (shown && count % EVERY == 0) {
      draw();
    }
  }

  private void draw() {
    // A carriage return redraws the line in place.
    err.print("\r" + label + ": " + count);
    err.flush();
  }

  /** Draws the final count and ends the line, if anything was shown. */
  @Override
  public void close() {
    if (shown && count >= EVERY) {
      draw();
      err.println();
      err.flush();
    }
  }
}
