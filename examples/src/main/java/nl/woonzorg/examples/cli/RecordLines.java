package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of some records of an NDJSON file that io's {@code NdjsonReader} has read strictly.
 * The reader numbers the lines of the problems it finds, but hands records over without theirs;
 * read strictly, it makes a record of every line before the first bad one except the blank ones,
 * so the n-th record is on the n-th line that is not blank. Lines are numbered as the reader
 * numbers them: from 1, each ended by {@code \n} or by the end of the file, a {@code \r} before
 * the end belonging to the end; a line is blank if it holds nothing but spaces and tabs.
 *
 * <p>Only the records asked for are looked up, after the read and in one pass over the file, so
 * that a stock without problems is not counted twice.
 */
final class RecordLines {

  private RecordLines() {}

  /**
   * The line of each of {@code records}, numbers from 1 in the order the reader handed them over,
   * ascending; 0 for a record the file does not hold.
   */
  static long[] of(Path file, long[] records) throws IOException {
    long[] lines = new long[records.length];
    if (records.length == 0) {
      return lines;
    }
    int next = 0;
    long line = 0;
    long nonBlank = 0;
    boolean blank = true;
    boolean pending = false;
    boolean carriageReturn = false;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0 && next < records.length;
          read = in.read(buffer)) {
        for (int i = 0; i < read && next < records.length; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            line++;
            if (!blank && ++nonBlank == records[next]) {
              lines[next++] = line;
            }
            blank = true;
            pending = false;
            carriageReturn = false;
          } else {
            // A \r counts as a character of the line unless the line ends right after it.
            blank &= !carriageReturn && (b == ' ' || b == '\t' || b == '\r');
            carriageReturn = b == '\r';
            pending = true;
          }
        }
      }
    }
    if (pending && !blank && next < records.length && nonBlank + 1 == records[next]) {
      lines[next] = line + 1;
    }
    return lines;
  }
}
