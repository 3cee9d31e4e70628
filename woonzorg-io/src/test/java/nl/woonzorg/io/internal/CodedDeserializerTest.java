package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.woonzorg.model.code.Coded;
import org.junit.jupiter.api.Test;

/**
 * The code lookup of every code list of the model finds each code, from a string and from the
 * parser's characters alike, and nothing else: not a code with a character more, less or changed.
 */
class CodedDeserializerTest {

  @Test
  void everyCodeOfEveryCodeListIsFoundAndNothingElse() throws Exception {
    List<Class<?>> lists = codeLists();
    assertFalse(lists.size() < 20, "too few code lists found: " + lists);
    for (Class<?> list : lists) {
      CodedDeserializer<?> codes = CodedDeserializer.of(list);
      for (Object constant : list.getEnumConstants()) {
        String code = ((Coded) constant).getCode();
        assertEquals(constant, codes.lookup(code), code);
        // Amid other characters, as in the parser's buffer.
        char[] buffer = ("{\"" + code + "\"}").toCharArray();
        assertEquals(constant, codes.lookup(buffer, 2, code.length()), code);
        for (String near : List.of(code + "X", code.substring(1),
            code.substring(0, code.length() - 1), code.toLowerCase(), code + "\u0000", "")) {
          if (!isCode(list, near)) {
            assertNull(codes.lookup(near), near);
            assertNull(codes.lookup(near.toCharArray(), 0, near.length()), near);
          }
        }
      }
    }
  }

  /** Codes whose hashes collide ("Aa" and "BB" share one) and fill the table to its half. */
  enum Colliding implements Coded {
    AA("Aa"), BB("BB"), C_AA("AaAa"), C_BB("BBBB"), C_MIX("AaBB"), D("D"), E("E"), F("F");

    private final String code;

    Colliding(String code) {
      this.code = code;
    }

    @Override
    public String getCode() {
      return code;
    }

    @Override
    public String getLabelNl() {
      return code;
    }

    @Override
    public String getLabelEn() {
      return code;
    }
  }

  /** Two constants with one code. */
  enum Clashing implements Coded {
    ONE, TWO;

    @Override
    public String getCode() {
      return "X";
    }

    @Override
    public String getLabelNl() {
      return name();
    }

    @Override
    public String getLabelEn() {
      return name();
    }
  }

  @Test
  void codesWithTheSameHashAreToldApart() {
    CodedDeserializer<?> codes = CodedDeserializer.of(Colliding.class);
    for (Colliding constant : Colliding.values()) {
      assertEquals(constant, codes.lookup(constant.getCode()));
      assertEquals(constant, codes.lookup(constant.getCode().toCharArray(), 0,
          constant.getCode().length()));
    }
    // "BBAa" has the hash of "AaAa", "BBBB" and "AaBB" but is none of them.
    assertNull(codes.lookup("BBAa"));
    assertNull(codes.lookup("BBAa".toCharArray(), 0, 4));
  }

  @Test
  void twoConstantsWithOneCodeAreRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CodedDeserializer.of(Clashing.class));
    assertEquals("Clashing uses code 'X' for both ONE and TWO", e.getMessage());
  }

  private static boolean isCode(Class<?> list, String text) {
    for (Object constant : list.getEnumConstants()) {
      if (((Coded) constant).getCode().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** Every enumeration of the model that implements {@link Coded}. */
  private static List<Class<?>> codeLists() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path model = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar = Files.isDirectory(model) ? null : FileSystems.newFileSystem(model)) {
      Path root = jar == null ? model : jar.getPath("/");
      List<Class<?>> lists = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = root.relativize(file).toString();
          if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
            Class<?> type = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""),
                false, Coded.class.getClassLoader());
            if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
              lists.add(type);
            }
          }
        }
      }
      return lists;
    }
  }
}
