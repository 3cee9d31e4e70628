package nl.woonzorg.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file the tool writes, opened so that its two ways to fail are told apart and name the file:
 * it cannot be created (exit 73), or a write fails once it was (exit 74). Each is a {@link
 * Failure}, unchecked, so that it passes unchanged through the library's writers, which would
 * wrap an {@link IOException} and lose which file it was.
 */
final class OutputFile extends FilterOutputStream {

  private final Path file;
  private final Lang lang;

  private OutputFile(OutputStream out, Path file, Lang lang) {
    super(out);
    this.file = file;
    this.lang = lang;
  }

  /** Creates or truncates {@code file}. */
  static OutputFile create(Path file, Lang lang) {
    try {
      return new OutputFile(Files.newOutputStream(file), file, lang);
    } catch (IOException e) {
      throw Failure.cannotCreate(file, e, lang);
    }
  }

  /** Writes {@code text} to {@code file} as UTF-8. */
  static void writeString(Path file, String text, Lang lang) {
    try (OutputFile out = create(file, lang)) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
    }
  }

  /**
   * Writes {@code text} to {@code file} and names the file on stderr, or, if there is no file,
   * prints it on stdout.
   */
  static void writeOrPrint(@Nullable Path file, String text, Woonzorg tool) {
    if (file == null) {
      tool.out().print(text);
      tool.out().flush();
    } else {
      tool.working(file);
      writeString(file, text, tool.lang());
      tool.err().println(file);
    }
  }

  @Override
  public void write(int b) {
    guarded(() -> out.write(b));
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    guarded(() -> out.write(bytes, offset, length));
  }

  @Override
  public void flush() {
    guarded(out::flush);
  }

  @Override
  public void close() {
    guarded(() -> {
      try (OutputStream closing = out) {
        closing.flush();
      }
    });
  }

  /** A write to the underlying stream. */
  private interface Write {
    void run() throws IOException;
  }

  private void guarded(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw Failure.writeFailed(file, e, lang);
    }
  }
}
