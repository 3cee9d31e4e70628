package nl.woonzorg.vera;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The ten real Eenheid payloads under {@code src/test/resources/nl/woonzorg/vera/samples}. */
public final class Samples {

  /** Their names, without {@code .json}: the units' ids. */
  public static final List<String> NAMES = List.of("15004000185", "20002000126", "23003000050",
      "25048000007", "37101000032", "41123000005", "41164000002", "71211000027", "81020000003",
      "85651000021");

  private Samples() {}

  /** The bytes of sample {@code name}. */
  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("samples/" + name + ".json")) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
