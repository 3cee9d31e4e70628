package nl.woonzorg.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes UTF-8 bytes on to a character writer a whole line at a time, so that no character is
 * split; closing it flushes but leaves the writer open, as it is stdout.
 */
final class LineSink extends OutputStream {
  private final PrintWriter out;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LineSink(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    line.write(b);
    if (b == '\n') {
      out.print(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
  }

  @Override
  public void close() {
    out.print(line.toString(StandardCharsets.UTF_8));
    line.reset();
    out.flush();
  }
}
