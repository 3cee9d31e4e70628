package nl.woonzorg.cbs.kwb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One file or page of a KWB table to read (<i>invoerbestand</i>): its name, which problems cite,
 * and how to open it. {@link KwbReader} opens each input once, reads it through and closes it.
 *
 * <p>Immutable and thread-safe; whether it can be read twice depends on what it was made from.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KwbInput {

  /** Opens the bytes of an input. */
  @FunctionalInterface
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public interface Opener {
    /**
     * Opens the input; the reader closes the stream.
     *
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;

  private KwbInput(String name, Opener opener) {
    this.name = name;
    this.opener = opener;
  }

  /** The file {@code path}, named by its path as given; it can be read any number of times. */
  public static KwbInput of(Path path) {
    Objects.requireNonNull(path, "path");
    return new KwbInput(path.toString(), () -> Files.newInputStream(path));
  }

  /**
   * The bytes {@code opener} gives, named {@code name}, e.g. a page fetched from the OData API
   * and named by its URL.
   */
  public static KwbInput of(String name, Opener opener) {
    return new KwbInput(Objects.requireNonNull(name, "name"), Objects.requireNonNull(opener,
        "opener"));
  }

  /** The name problems cite, e.g. {@code "kwb-2024.csv"}. */
  public String name() {
    return name;
  }

  /**
   * Opens the input.
   *
   * @throws IOException if it cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The {@linkplain #name() name}. */
  @Override
  public String toString() {
    return name;
  }
}
