package nl.woonzorg.io.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first paragraph of the model's Javadoc from its sources, so that the schema describes
 * each property in the model's own words and cannot drift from them.
 */
final class ModelJavadoc {

  private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

  private final Path sourceRoot;
  private final Map<Class<?>, String> sources = new HashMap<>();

  ModelJavadoc(Path sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /** The first paragraph of the Javadoc of {@code type}. */
  String typeDescription(Class<?> type) {
    String keyword = type.isEnum() ? "enum" : "class";
    return describe(type, "public (abstract )?" + keyword + " " + type.getSimpleName() + "\\b");
  }

  /** The first paragraph of the Javadoc of the accessor {@code method}. */
  String methodDescription(Method method) {
    return describe(method.getDeclaringClass(), "(?m)^\\s*public [^\\n]*\\b" + method.getName() + "\\(\\)");
  }

  private String describe(Class<?> type, String declaration) {
    String source = sources.computeIfAbsent(type, this::read);
    Matcher at = Pattern.compile(declaration).matcher(source);
    if (!at.find()) {
      throw new IllegalStateException("no declaration /" + declaration + "/ in " + type.getName());
    }
    Matcher comment = COMMENT.matcher(source.substring(0, at.start()));
    String last = null;
    int end = -1;
    while (comment.find()) {
      last = comment.group(1);
      end = comment.end();
    }
    if (last == null || !source.substring(end, at.start()).strip().replaceAll("@[\\w.]+(\\([^)]*\\))?", "").isBlank()) {
      throw new IllegalStateException("no Javadoc right before " + declaration + " in " + type.getName());
    }
    return clean(last);
  }

  private String read(Class<?> type) {
    Path file = sourceRoot.resolve(type.getName().replace('.', '/') + ".java");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String comment) {
    String text = comment.replaceAll("(?m)^\\s*\\*", " ");
    text = text.split("<p>|\\n\\s*@|<ul>", 2)[0];
    text = text.replaceAll("\\s+", " ")
        .replaceAll("\\{@(?:link|linkplain) [^}\\s]+ ([^}]+)}", "$1")
        .replaceAll("\\{@(?:link|linkplain) (?:[\\w.]*\\.)?(\\w+)}", "$1")
        .replaceAll("\\{@(?:link|linkplain) [^}#]*#(\\w+)(?:\\([^)]*\\))?}", "$1")
        .replaceAll("\\{@code ([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }
}
