package nl.woonzorg.vera.check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.vera.json.VeraReader;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a VERA {@code Eenheid} against woonzorg's VERA profile (<i>VERA-controle</i>): the code
 * lists the spec's cross-reference binds to each attribute, each code's validity at a peildatum,
 * {@code detailSoort} against {@code soort}, the spec's validation regexes and the attributes the
 * profile requires. The rules are {@link VeraRule}; the findings are woonzorg's {@link Report}, each
 * with its rule id, JSON Pointer, line and column, in Dutch or English.
 *
 * <p>The peildatum is the date the codes must be valid on. It is the record's own date where the
 * record has one; an {@code Eenheid} has none (its dates, such as {@code inExploitatiedatum}, are
 * events in its life, not the date of the data), so the caller gives it — never "today"
 * implicitly, so that a check gives the same answer tomorrow.
 *
 * <p>Immutable and thread-safe: build one per language and share it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class VeraChecker {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String SOORT = "soort";
  private static final String DETAIL_SOORT = "detailSoort";
  private static final String WONINGWAARDERINGSTELSEL = "woningwaarderingstelsel";
  /** The woningwaarderingstelsels that make a unit a woonruimte, as the mapping infers it. */
  private static final Set<String> HOUSING_SYSTEMS = Set.of("ZEL", "ONZ");
  private static final String WOONRUIMTE = "WOO";
  /** The unit's own address, which is a unit address when it has no soort. */
  private static final String UNIT_ADDRESS = "/adres";

  private final Locale locale;
  private final RuleTexts texts;
  private final ReferenceLists lists = ReferenceLists.bundled();

  private VeraChecker(Locale locale) {
    this.locale = locale;
    this.texts = RuleTexts.of(locale);
  }

  /** A checker whose findings are worded in {@code locale}'s language: English or Dutch. */
  public static VeraChecker of(Locale locale) {
    return new VeraChecker(Objects.requireNonNull(locale, "locale"));
  }

  /** The language of this checker's findings; never null. */
  public Locale locale() {
    return locale;
  }

  /**
   * Checks one {@code Eenheid} object, with its codes judged at {@code peildatum}.
   *
   * @param json the unit's JSON text
   * @param peildatum the day codes must be valid on
   * @return the findings, in document order per rule family; never null
   * @throws WireFormatException if the text cannot be read as an {@code Eenheid} (as {@link
   *     VeraReader#strict()} reads it)
   */
  public Report check(String json, LocalDate peildatum) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(peildatum, "peildatum");
    VeraReader.strict().read(json);
    Run run = new Run(new Positions(MAPPER, json), peildatum);
    run.unit(MAPPER.readTree(json), "");
    return Report.of(run.findings);
  }

  /**
   * Checks the {@code Eenheid} objects of a bare JSON array, the API's list form, each with its
   * codes judged at {@code peildatum}. Pointers and positions are in the whole document: {@code
   * /3/ruimten/0/soort/code}, at its line and column. The document is held whole, within the
   * reader's limits (64 MiB by default).
   *
   * @param json the array's JSON text
   * @param peildatum the day codes must be valid on
   * @return the findings of every unit, unit by unit; never null
   * @throws WireFormatException if the text is not an array of {@code Eenheid} objects (as {@link
   *     VeraReader#strict()} reads it with {@link VeraReader#readArray})
   */
  public Report checkList(String json, LocalDate peildatum) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(peildatum, "peildatum");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try (Stream<VeraUnit> units = VeraReader.strict().readArray(new ByteArrayInputStream(bytes))) {
      units.forEach(unit -> { });
    }
    Run run = new Run(new Positions(MAPPER, json), peildatum);
    JsonNode array = MAPPER.readTree(json);
    for (int i = 0; i < array.size(); i++) {
      run.unit(array.get(i), "/" + i);
    }
    return Report.of(run.findings);
  }

  /** One check of one document: its positions, peildatum and findings so far. */
  private final class Run {
    private final Positions positions;
    private final LocalDate peildatum;
    private final List<Finding> findings = new ArrayList<>();
    /** Where the unit being checked is: "" for a single object, "/3" in a list. */
    private String unitAt = "";

    Run(Positions positions, LocalDate peildatum) {
      this.positions = positions;
      this.peildatum = peildatum;
    }

    /** Every check of the unit at {@code pointer}. */
    void unit(JsonNode unit, String pointer) {
      unitAt = pointer;
      required(unit, pointer);
      walk(unit, "Eenheid", pointer);
      detailKind(unit, pointer);
      patterns(unit, pointer);
    }

    /**
     * The profile: an {@code id}; a {@code soort}, unless the woningwaarderingstelsel already
     * says it is a woonruimte; and for a woonruimte its {@code adres}.
     */
    private void required(JsonNode unit, String pointer) {
      if (!present(unit, "id")) {
        finding(VeraRule.REQUIRED, pointer, null, Map.of("attribute", "id"));
      }
      String kind = code(unit.get(SOORT));
      String system = code(unit.get(WONINGWAARDERINGSTELSEL));
      boolean housing = system != null && HOUSING_SYSTEMS.contains(system);
      if (kind == null && !housing) {
        finding(VeraRule.REQUIRED, pointer, null, Map.of("attribute", SOORT));
      }
      if ((WOONRUIMTE.equals(kind) || kind == null && housing) && !present(unit, "adres")) {
        finding(VeraRule.REQUIRED, pointer, null, Map.of("attribute", "adres"));
      }
    }

    /**
     * The codes of {@code object}, an {@code entity}, and of every object nested in it that the
     * spec types as an entity ({@code ruimten}, {@code panden}, {@code adres}, …), each at its own
     * pointer. An address also gets the bindings of its kind ({@code
     * Eenheidadres} or {@code BuitenlandsAdres}, by {@code soort.code}; the unit's own address
     * without a {@code soort} is its unit address, as the reader takes it). The walk ends with the
     * document, whose depth the reader's limits bound.
     */
    private void walk(JsonNode object, String entity, String pointer) {
      codes(object, entity, pointer);
      if (entity.equals("Adres")) {
        String kind = code(object.get(SOORT));
        if ("EEN".equals(kind) || kind == null && pointer.equals(unitAt + UNIT_ADDRESS)) {
          codes(object, "Eenheidadres", pointer);
        } else if ("BUI".equals(kind)) {
          codes(object, "BuitenlandsAdres", pointer);
        }
      }
      lists.nested(entity).forEach((name, nested) -> {
        JsonNode value = object.get(name);
        String at = pointer + "/" + name;
        if (value != null && value.isObject()) {
          walk(value, nested, at);
        } else if (value != null && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
              walk(value.get(i), nested, at + "/" + i);
            }
          }
        }
      });
    }

    /** Every attribute of {@code object} bound to a code list, single or a list of codes. */
    private void codes(JsonNode object, String entity, String pointer) {
      lists.bindings(entity).forEach((attribute, list) -> {
        // The cross-reference still names the legacy Woningwaarderingstelsel; the reader takes
        // the lowerCamelCase name for it.
        String name = Character.toLowerCase(attribute.charAt(0)) + attribute.substring(1);
        JsonNode value = object.get(name);
        String at = pointer + "/" + name;
        if (value != null && value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            checkCode(value.get(i), list, entity + "." + name, at + "/" + i);
          }
        } else if (value != null) {
          checkCode(value, list, entity + "." + name, at);
        }
      });
    }

    private void checkCode(JsonNode value, String list, String attribute, String pointer) {
      String code = code(value);
      if (code == null) {
        return;
      }
      Map<String, String> arguments = new LinkedHashMap<>();
      arguments.put("code", code);
      arguments.put("codeList", list);
      if (!lists.hasList(list)) {
        finding(VeraRule.LIST_UNKNOWN, pointer + "/code", code,
            Map.of("codeList", list, "attribute", attribute, "code", code));
        return;
      }
      List<CodeRow> rows = lists.rows(list, code);
      if (rows.isEmpty()) {
        arguments.put("attribute", attribute);
        finding(VeraRule.CODE_UNKNOWN, pointer + "/code", code, arguments);
      } else if (rows.stream().noneMatch(row -> row.validAt(peildatum))) {
        arguments.put("peildatum", peildatum.toString());
        arguments.put("validity", rows.get(rows.size() - 1).validity());
        finding(VeraRule.CODE_NOT_VALID, pointer + "/code", code, arguments);
      }
    }

    /**
     * The detail kind's parent, among its rows valid at the peildatum (a code may move to
     * another parent: {@code BIJ} did), or among all of them if none is.
     */
    private void detailKind(JsonNode unit, String pointer) {
      String kind = code(unit.get(SOORT));
      String detail = code(unit.get(DETAIL_SOORT));
      if (kind == null || detail == null) {
        return;
      }
      List<CodeRow> rows = lists.rows("EENHEIDDETAILSOORT", detail);
      List<CodeRow> valid = rows.stream().filter(row -> row.validAt(peildatum)).toList();
      List<String> parents = (valid.isEmpty() ? rows : valid).stream()
          .map(CodeRow::parentCode).filter(Objects::nonNull).toList();
      if (!parents.isEmpty() && !parents.contains(kind)) {
        finding(VeraRule.DETAIL_KIND_PARENT, pointer + "/" + DETAIL_SOORT + "/code", detail,
            Map.of("detailSoort", detail, SOORT, kind, "parent", String.join(", ", parents)));
      }
    }

    /** The spec's validation regexes, on a value's text as written (a number's literal). */
    private void patterns(JsonNode unit, String pointer) {
      SpecPatterns.BY_POINTER.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(pattern -> {
            JsonNode value = unit.at(pattern.getKey());
            if (value.isValueNode() && !value.isNull()
                && !Pattern.matches(pattern.getValue(), value.asString())) {
              finding(VeraRule.PATTERN, pointer + pattern.getKey(), value.asString(),
                  Map.of("attribute", pattern.getKey().substring(1).replace('/', '.'),
                      "regex", pattern.getValue()));
            }
          });
    }

    private void finding(VeraRule rule, String pointer, @Nullable String value,
        Map<String, String> named) {
      Map<String, String> arguments = new LinkedHashMap<>();
      rule.arguments().forEach(name -> arguments.put(name, Objects.requireNonNull(named.get(name))));
      Object[] values = arguments.values().toArray();
      Finding.Builder finding = Finding.builder()
          .ruleId(rule.id())
          .severity(rule.severity())
          .location(JsonPointer.parse(pointer))
          .position(Optional.ofNullable(positions.at(pointer)))
          .message(texts.text(rule, "message", values).orElseThrow())
          .arguments(arguments)
          .expected(texts.text(rule, "expected", values))
          .hint(texts.text(rule, "hint", values));
      Optional.ofNullable(value).ifPresent(finding::value);
      findings.add(finding.build());
    }
  }

  private static boolean present(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value != null && !value.isNull();
  }

  /** The {@code code} of a code value object; null if it is not one (the reader reports that). */
  private static @Nullable String code(@Nullable JsonNode value) {
    JsonNode code = value == null || !value.isObject() ? null : value.get("code");
    return code != null && code.isString() ? code.asString() : null;
  }
}
