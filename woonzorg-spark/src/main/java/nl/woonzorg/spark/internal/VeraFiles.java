package nl.woonzorg.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.io.json.EncodingCheck;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.SourcePosition;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apache.spark.sql.Row;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The findings of a file of VERA {@code Eenheid} records, in the three forms {@code woonzorg-vera}
 * reads: NDJSON (a name ending {@code .ndjson} or {@code .jsonl}, as the CLI tells it), one unit a
 * line, streamed; else one JSON document, held (up to the document limit of {@link
 * ReadLimits#defaults()}): one {@code Eenheid} object, or a bare array of them, the API's list
 * form. Each unit is checked by {@link VeraRecordChecking}, and its findings carry the file and
 * the line the unit starts on.
 *
 * <p>An element of an array is read as a document of its own, after as many spaces as precede it
 * on its line, and its reading problems' lines are counted from the line it starts on, so that
 * they have their line and column in the file; their pointers are into the unit, as for an NDJSON
 * line. What ends the reading of the
 * file — bytes that are not UTF-8, a document over the limit, an array whose text breaks — is one
 * finding with a null record key, the library's own problem, and the units before it are checked.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class VeraFiles {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final long MAX = ReadLimits.defaults().maxDocumentLength();

  private VeraFiles() {}

  /** Whether {@code file} is NDJSON by its name, as {@code woonzorg vera convert} tells it. */
  public static boolean isNdjson(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /** The findings of {@code file}, whose bytes {@code in} gives and then closes. */
  public static Iterator<Row> findings(InputStream in, String file, CheckSettings settings) {
    VeraRecordChecking checking = new VeraRecordChecking(settings);
    if (isNdjson(file)) {
      return NdjsonLines.findings(in, file, settings.locale(), checking::checkLines);
    }
    try (InputStream closed = in) {
      return document(closed.readNBytes((int) Math.min(MAX + 1, Integer.MAX_VALUE - 8)), file,
          checking).iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static List<Row> document(byte[] bytes, String file, VeraRecordChecking checking) {
    if (bytes.length > MAX) {
      String max = Long.toString(MAX);
      return checking.problems(List.of(WireProblem.of(ProblemKind.LIMIT, JsonPointer.root(),
          SourcePosition.of(1, 1), ProblemText.of("limit.documentLength", max),
          ProblemText.of("expected.documentLength", max), null)), file);
    }
    Optional<WireProblem> illFormed = EncodingCheck.utf8(bytes, 0, bytes.length, 0);
    if (illFormed.isPresent()) {
      return checking.problems(List.of(illFormed.get()), file);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        return checking.rows(text, file, first == null ? 1
            : parser.currentTokenLocation().getLineNr(), 0);
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IllegalStateException("an array without its end");
        }
        TokenStreamLocation start = parser.currentTokenLocation();
        parser.skipChildren();
        int from = Math.toIntExact(start.getByteOffset());
        int to = Math.toIntExact(parser.currentLocation().getByteOffset());
        rows.addAll(checking.rows(" ".repeat(start.getColumnNr() - 1)
            + new String(bytes, from, to - from, StandardCharsets.UTF_8), file,
            start.getLineNr(), start.getLineNr() - 1));
      }
      // What may follow the array, as the library judges it.
      if (parser.nextToken() != null) {
        rows.addAll(checking.problems(textProblems(bytes), file));
      }
    } catch (JacksonException | IllegalStateException e) {
      rows.addAll(checking.problems(textProblems(bytes), file));
    }
    return rows;
  }

  /** The problems of the text of the array {@code bytes} that end the library's reading of it. */
  private static List<WireProblem> textProblems(byte[] bytes) {
    try (Stream<VeraUnit> units = VeraReader.lenient().readArray(new ByteArrayInputStream(bytes))) {
      units.forEach(unit -> { });
      return List.of();
    } catch (WireFormatException e) {
      return e.getProblems();
    }
  }
}
