package nl.woonzorg.vera.allocation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.vera.internal.Failures;
import nl.woonzorg.vera.internal.Mappers;
import nl.woonzorg.vera.internal.Texts;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads VERA {@code Toewijzing} objects (WRV) into {@link Allocation}s (<i>toewijzingen
 * lezen</i>): one object, or the API's list form, a JSON array. Within io's {@link
 * ReadLimits#defaults()}; a document that cannot be read, or an allocation without its {@code
 * datum} (a date-time with an offset) fails with every problem located by JSON Pointer.
 * Everything else is optional, and what monitoring does not need is ignored.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AllocationReader {

  private static final JsonMapper MAPPER = Mappers.of(ReadLimits.defaults());
  private static final String CODE = "code";

  private AllocationReader() {}

  /** A reader. */
  public static AllocationReader of() {
    return new AllocationReader();
  }

  /**
   * The allocation of one {@code Toewijzing} object.
   *
   * @throws WireFormatException if the text cannot be read, or lacks a valid {@code datum}
   */
  public Allocation read(String json) {
    return readAll(json, false).get(0);
  }

  /**
   * The allocations of the API's list form, a JSON array of {@code Toewijzing} objects, in order.
   *
   * @throws WireFormatException if the text cannot be read, or an element lacks a valid {@code
   *     datum}; with the problems of every element, each at {@code /i/…}
   */
  public List<Allocation> readList(String json) {
    return readAll(json, true);
  }

  private List<Allocation> readAll(String json, boolean list) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      try {
        root = MAPPER.readTree(parser);
      } catch (JacksonException e) {
        throw new WireFormatException(List.of(Failures.problem(e, parser)));
      }
    }
    List<WireProblem> problems = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    if (list && root != null && root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        allocation(root.get(i), JsonPointer.root().append(i), problems, allocations);
      }
    } else if (!list && root != null && root.isObject()) {
      allocation(root, JsonPointer.root(), problems, allocations);
    } else {
      problems.add(WireProblem.of(ProblemKind.WRONG_TYPE, JsonPointer.root(), null,
          Texts.text("allocation.wrongType",
              Texts.text(list ? "expected.toewijzingen" : "expected.toewijzing")),
          Texts.text(list ? "expected.array" : "expected.object"),
          root == null ? null : ProblemText.verbatim(root.getNodeType().toString())));
    }
    if (!problems.isEmpty()) {
      throw new WireFormatException(problems);
    }
    return allocations;
  }

  private static void allocation(JsonNode node, JsonPointer at, List<WireProblem> problems,
      List<Allocation> allocations) {
    if (!node.isObject()) {
      problems.add(WireProblem.of(ProblemKind.WRONG_TYPE, at, null,
          Texts.text("allocation.wrongType", Texts.text("expected.toewijzing")),
          Texts.text("expected.object"), ProblemText.verbatim(node.getNodeType().toString())));
      return;
    }
    JsonNode datum = node.get("datum");
    if (datum == null || !datum.isString()) {
      problems.add(WireProblem.of(ProblemKind.MISSING_VALUE, at.append("datum"), null,
          Texts.text("allocation.noDate"), Texts.text("expected.dateTime"), null));
      return;
    }
    LocalDate date;
    try {
      // The date in the offset it was written in: the day the home was allocated there.
      date = OffsetDateTime.parse(datum.asString()).toLocalDate();
    } catch (DateTimeParseException e) {
      problems.add(WireProblem.of(ProblemKind.INVALID_VALUE, at.append("datum"), null,
          Texts.text("allocation.notADateTime"), Texts.text("expected.dateTime"),
          ProblemText.verbatim(datum.asString())));
      return;
    }
    List<String> priorities = new ArrayList<>();
    for (JsonNode priority : node.path("voorrangsregelingen")) {
      String kind = code(priority.get("soort"));
      if (kind != null) {
        priorities.add(kind);
      }
    }
    JsonNode older = node.get("isOuderenhuishouden");
    allocations.add(new Allocation(text(node.get("id")), date,
        text(node.path("eenheid").get("id")), code(node.get("doelgroep")), priorities,
        code(node.get("passendheidsoort")),
        older != null && older.isBoolean() ? older.booleanValue() : null));
  }

  private static String text(@Nullable JsonNode value) {
    return value != null && value.isString() ? value.asString() : "";
  }

  private static @Nullable String code(@Nullable JsonNode value) {
    JsonNode code = value == null || !value.isObject() ? null : value.get(CODE);
    return code != null && code.isString() ? code.asString() : null;
  }
}
