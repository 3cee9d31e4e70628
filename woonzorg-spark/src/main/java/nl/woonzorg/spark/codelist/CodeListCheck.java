package nl.woonzorg.spark.codelist;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.spark.FindingColumns;
import nl.woonzorg.spark.internal.Templates;
import nl.woonzorg.vera.check.VeraRule;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;

/**
 * The VERA profile's code-list checks as set operations (<i>codelijstcontrole</i>): each code of
 * a record joined to the bundled reference data ({@link VeraReferenceData}, broadcast), and judged
 * at the record's own peildatum by Catalyst expressions — no user-defined function, so that Spark
 * plans and generates the code of the whole check. It finds what {@code VeraChecker} finds with
 * these rules, with the same rule ids, paths, arguments and texts:
 *
 * <ul>
 *   <li>{@code WZ-VERA-CODE-UNKNOWN}: a code not in the attribute's list;
 *   <li>{@code WZ-VERA-CODE-VALIDITY}: a code of the list valid on none of its windows at the
 *       peildatum;
 *   <li>{@code WZ-VERA-DETAILSOORT}: a {@code detailSoort} whose parents (among its windows valid
 *       at the peildatum, else all) do not include the {@code soort};
 *   <li>{@code WZ-VERA-LIST-UNKNOWN}: a code of a list the reference data lacks.
 * </ul>
 *
 * <p>Records have VERA's {@code Eenheid} attribute names as columns ({@code soort}, {@code
 * detailSoort}, {@code doelgroep}, {@code aanvullendeDoelgroep}, … as {@code spark.read().json}
 * reads VERA JSON): a single code as a struct with a {@code code} field, or as a plain string; a
 * list of codes as an array of those. Columns of no bound attribute are left alone, and so are
 * bound attributes the Dataset lacks.
 *
 * <p>Nested entities are checked too, as {@code VeraChecker} walks them by the spec's nesting
 * ({@code entity-nesting.csv}): the codes of {@code ruimten[]} ({@code Ruimte.soort}), {@code
 * criteria[]}, {@code panden[]}, {@code adres} and its {@code gemeente}, {@code nevenadressen[]},
 * {@code bovenliggendeEenheid}, … at their own pointers ({@code /ruimten/1/soort/code}), an
 * address also by the bindings of its kind ({@code Eenheidadres} for {@code soort} {@code EEN},
 * or the unit's own address without one; {@code BuitenlandsAdres} for {@code BUI}). The walk
 * follows the Dataset's schema, made once when the query is planned: per unit, one array of all
 * its codes at any depth (Catalyst's {@code transform} over nested arrays), exploded once and
 * joined once — no lookup per row.
 *
 * <p>Immutable, serializable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CodeListCheck implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final String SOORT = "soort";
  private static final String DETAIL_SOORT = "detailSoort";
  /** A record's code and the list its attribute is bound to, apart from the reference's own. */
  private static final String CODE = "bound_code";
  private static final String LIST = "bound_list";

  /** A walk's codes: per code its list, {@code Entity.attribute}, pointer and code. */
  private static final ArrayType CODES = DataTypes.createArrayType(new StructType()
      .add(LIST, DataTypes.StringType, true)
      .add("attribute", DataTypes.StringType, true)
      .add("path", DataTypes.StringType, true)
      .add(CODE, DataTypes.StringType, true), true);

  private final String languageTag;

  private CodeListCheck(Locale locale) {
    this.languageTag = locale.toLanguageTag();
  }

  /** A check whose findings are worded in {@code locale}'s language: English or Dutch. */
  public static CodeListCheck of(Locale locale) {
    return new CodeListCheck(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The findings of {@code units}, in the schema {@link FindingColumns#SCHEMA} (file and line
   * null), each unit's codes judged at its {@code peildatum} (a date column or expression).
   *
   * @param units VERA {@code Eenheid} records
   * @param key the column that keys each unit's findings, e.g. {@code col("id")}
   * @param peildatum the day each unit's codes must be valid on
   */
  public Dataset<Row> findings(Dataset<Row> units, Column key, Column peildatum) {
    Locale locale = Locale.forLanguageTag(languageTag);
    VeraReferenceData data = VeraReferenceData.bundled();
    StructType schema = units.schema();
    List<String> names = List.of(schema.fieldNames());
    Dataset<Row> base = units.select(key.cast(DataTypes.StringType).as("k"),
        peildatum.cast(DataTypes.DateType).as("p"), units.col("*"));

    List<Column> pieces = new ArrayList<>();
    walk(base::col, schema, "Eenheid", lit(""), true, false, data, pieces);
    List<Dataset<Row>> findings = new ArrayList<>();
    if (!pieces.isEmpty()) {
      Dataset<Row> codes = base.select(col("k"), col("p"), explode(concat(
              pieces.toArray(Column[]::new))).as("c"))
          .select(col("k"), col("p"), col("c.*"))
          .where(col(CODE).isNotNull());
      Dataset<Row> joined = codes.join(broadcast(data.codes(units.sparkSession())).as("r"),
          codes.col(LIST).equalTo(col("r." + VeraReferenceData.LIST))
              .and(codes.col(CODE).equalTo(col("r." + VeraReferenceData.CODE))), "left_outer");
      findings.add(judged(joined, locale, data));
    }
    if (names.contains(SOORT) && names.contains(DETAIL_SOORT)) {
      findings.add(detailKinds(base, schema, locale, data));
    }
    return findings.stream().reduce(Dataset::unionByName)
        .orElseGet(() -> units.sparkSession().createDataFrame(List.of(), FindingColumns.SCHEMA))
        .select(FindingColumns.SCHEMA.fieldNames()[0],
            java.util.Arrays.copyOfRange(FindingColumns.SCHEMA.fieldNames(), 1, 8));
  }

  /**
   * Adds to {@code pieces} the codes of {@code object}, an {@code entity} of type {@code type}
   * whose fields {@code field} gives, and of every entity nested in it, as {@code VeraChecker}
   * walks them: each an array of {@link #CODES} (null-free, empty where the Dataset has nothing).
   * The Dataset's schema is finite, so the walk ends even where the spec nests an entity in
   * itself ({@code bovenliggendeEenheid}).
   *
   * @param pointer the JSON Pointer of the object, a string column ({@code ""} for the unit)
   * @param unit whether the object is the unit itself
   * @param unitAddress whether the object is the unit's own address, which is its unit address
   *     when it has no {@code soort}
   */
  private static void walk(Function<String, Column> field, StructType type, String entity,
      Column pointer, boolean unit, boolean unitAddress, VeraReferenceData data,
      List<Column> pieces) {
    bound(field, type, entity, data.bindings(entity), pointer, lit(true), pieces);
    if (entity.equals("Adres")) {
      Column kind = has(type, SOORT) ? code(field.apply(SOORT), type.apply(SOORT).dataType())
          : lit(null).cast("string");
      bound(field, type, "Eenheidadres", data.bindings("Eenheidadres"), pointer,
          coalesce(kind.equalTo("EEN"), lit(unitAddress)), pieces);
      bound(field, type, "BuitenlandsAdres", data.bindings("BuitenlandsAdres"), pointer,
          coalesce(kind.equalTo("BUI"), lit(false)), pieces);
    }
    data.nested(entity).forEach((name, nested) -> {
      if (!has(type, name)) {
        return;
      }
      DataType nestedType = type.apply(name).dataType();
      Column at = concat(pointer, lit("/" + name));
      if (nestedType instanceof StructType struct) {
        Column value = field.apply(name);
        walk(value::getField, struct, nested, at, false, unit && name.equals("adres"), data,
            pieces);
      } else if (nestedType instanceof ArrayType array
          && array.elementType() instanceof StructType struct) {
        Column each = flatten(transform(field.apply(name), (element, index) -> {
          List<Column> inner = new ArrayList<>();
          walk(element::getField, struct, nested,
              concat(at, lit("/"), index.cast(DataTypes.StringType)), false, false, data, inner);
          return inner.isEmpty() ? none() : concat(inner.toArray(Column[]::new));
        }));
        pieces.add(coalesce(each, none()));
      }
    });
  }

  /**
   * Adds to {@code pieces}, where {@code applies}, the codes of the attributes of {@code object}
   * that {@code bindings} binds to a list, named {@code entity.attribute}.
   */
  private static void bound(Function<String, Column> field, StructType type, String entity,
      Map<String, String> bindings, Column pointer, Column applies, List<Column> pieces) {
    bindings.forEach((attribute, list) -> {
      // The cross-reference still names the legacy Woningwaarderingstelsel; VERA JSON has the
      // lowerCamelCase name.
      String name = Character.toLowerCase(attribute.charAt(0)) + attribute.substring(1);
      if (!has(type, name)) {
        return;
      }
      DataType valueType = type.apply(name).dataType();
      Column named = lit(entity + "." + name);
      Column codes;
      if (valueType instanceof ArrayType array) {
        codes = transform(field.apply(name), (value, index) -> struct(lit(list).as(LIST),
            named.as("attribute"), concat(pointer, lit("/" + name + "/"),
                index.cast(DataTypes.StringType), lit("/code")).as("path"),
            code(value, array.elementType()).as(CODE)));
      } else {
        codes = array(struct(lit(list).as(LIST), named.as("attribute"),
            concat(pointer, lit("/" + name + "/code")).as("path"),
            code(field.apply(name), valueType).as(CODE)));
      }
      pieces.add(when(applies, coalesce(codes.cast(CODES), none())).otherwise(none()));
    });
  }

  private static boolean has(StructType type, String name) {
    return List.of(type.fieldNames()).contains(name);
  }

  /** No codes. */
  private static Column none() {
    return array().cast(CODES);
  }

  /** The code of a value: its {@code code} field if a struct, the value if a string, else null. */
  private static Column code(Column value, DataType type) {
    if (type instanceof StructType struct) {
      return List.of(struct.fieldNames()).contains("code")
          ? value.getField("code").cast(DataTypes.StringType) : lit(null).cast("string");
    }
    return type.equals(DataTypes.StringType) ? value : lit(null).cast("string");
  }

  private static Column validAt(Column window, Column day) {
    return window.getField("begin").isNull().or(window.getField("begin").leq(day))
        .and(window.getField("end").isNull().or(day.lt(window.getField("end"))));
  }

  private static Column validity(Column window) {
    return concat(coalesce(window.getField("begin").cast("string"), lit("…")), lit(" – "),
        coalesce(window.getField("end").cast("string"), lit("…")));
  }

  /** The findings of the codes joined to their rows: unknown list, unknown code, not valid. */
  private static Dataset<Row> judged(Dataset<Row> joined, Locale locale, VeraReferenceData data) {
    Column windows = col("r." + VeraReferenceData.WINDOWS);
    Column p = col("p");
    Column code = col(CODE);
    Column list = col(LIST);
    Column attribute = col("attribute");
    Column peildatum = p.cast("string");
    Column last = validity(element_at(windows, -1));
    Column listKnown = list.isin(data.lists().toArray());
    Column unknownList = not(listKnown);
    Column unknownCode = listKnown.and(windows.isNull());
    Column notValid = listKnown.and(windows.isNotNull())
        .and(not(exists(windows, window -> validAt(window, p))));
    Dataset<Row> judged = joined.where(unknownList.or(unknownCode).or(notValid));
    return judged.select(col("k").as(FindingColumns.RECORD_KEY),
        when(unknownList, lit(VeraRule.LIST_UNKNOWN.id()))
            .when(unknownCode, lit(VeraRule.CODE_UNKNOWN.id()))
            .otherwise(lit(VeraRule.CODE_NOT_VALID.id())).as(FindingColumns.RULE_ID),
        when(unknownList, lit(VeraRule.LIST_UNKNOWN.severity().getCode()))
            .otherwise(lit(Severity.ERROR.getCode())).as(FindingColumns.SEVERITY),
        col("path").as(FindingColumns.PATH),
        when(unknownList, text(VeraRule.LIST_UNKNOWN, "message", locale, list, attribute, code))
            .when(unknownCode, text(VeraRule.CODE_UNKNOWN, "message", locale, code, list,
                attribute))
            .otherwise(text(VeraRule.CODE_NOT_VALID, "message", locale, code, list, peildatum,
                last)).as(FindingColumns.MESSAGE),
        when(unknownList, params(VeraRule.LIST_UNKNOWN, locale, code, list, attribute, code))
            .when(unknownCode, params(VeraRule.CODE_UNKNOWN, locale, code, code, list, attribute))
            .otherwise(params(VeraRule.CODE_NOT_VALID, locale, code, code, list, peildatum,
                last))
            .as(FindingColumns.PARAMS),
        lit(null).cast("string").as(FindingColumns.SOURCE_FILE),
        lit(null).cast("long").as(FindingColumns.LINE));
  }

  /** The detail kinds that do not belong to the unit's kind. */
  private static Dataset<Row> detailKinds(Dataset<Row> base, StructType schema, Locale locale,
      VeraReferenceData data) {
    Dataset<Row> pairs = base.select(col("k"), col("p"),
        code(col(SOORT), schema.apply(SOORT).dataType()).as("kind"),
        code(col(DETAIL_SOORT), schema.apply(DETAIL_SOORT).dataType()).as("detail"))
        .where(col("kind").isNotNull().and(col("detail").isNotNull()));
    Dataset<Row> reference = data.codes(base.sparkSession())
        .where(col(VeraReferenceData.LIST).equalTo(lit("EENHEIDDETAILSOORT")));
    Dataset<Row> joined = pairs.join(broadcast(reference).as("r"),
        pairs.col("detail").equalTo(col("r." + VeraReferenceData.CODE)), "inner");
    Column windows = col("r." + VeraReferenceData.WINDOWS);
    Column valid = filter(windows, window -> validAt(window, col("p")));
    Column considered = when(size(valid).gt(0), valid).otherwise(windows);
    Column parents = filter(transform(considered, window -> window.getField("parent")),
        parent -> parent.isNotNull());
    Column parentText = array_join(parents, ", ");
    return joined.where(size(parents).gt(0).and(not(array_contains(parents, col("kind")))))
        .select(col("k").as(FindingColumns.RECORD_KEY),
            lit(VeraRule.DETAIL_KIND_PARENT.id()).as(FindingColumns.RULE_ID),
            lit(VeraRule.DETAIL_KIND_PARENT.severity().getCode()).as(FindingColumns.SEVERITY),
            lit("/" + DETAIL_SOORT + "/code").as(FindingColumns.PATH),
            text(VeraRule.DETAIL_KIND_PARENT, "message", locale, col("detail"), col("kind"),
                parentText).as(FindingColumns.MESSAGE),
            params(VeraRule.DETAIL_KIND_PARENT, locale, col("detail"), col("detail"),
                col("kind"), parentText).as(FindingColumns.PARAMS),
            lit(null).cast("string").as(FindingColumns.SOURCE_FILE),
            lit(null).cast("long").as(FindingColumns.LINE));
  }

  /**
   * The rule's arguments by name, in the rule's order, then the finding's {@code value} (the code)
   * and expected text, as a finding's params have them.
   */
  private static Column params(VeraRule rule, Locale locale, Column value,
      Column... arguments) {
    List<Column> entries = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      entries.add(lit(rule.arguments().get(i)));
      entries.add(arguments[i]);
    }
    entries.add(lit("value"));
    entries.add(value);
    textOf(rule, "expected", locale).ifPresent(template -> {
      entries.add(lit("expected"));
      entries.add(Templates.fill(template, arguments));
    });
    return map(entries.toArray(Column[]::new));
  }

  private static Optional<String> textOf(VeraRule rule, String part, Locale locale) {
    return rule.template(part, locale);
  }

  private static Column text(VeraRule rule, String part, Locale locale, Column... arguments) {
    return Templates.fill(textOf(rule, part, locale).orElseThrow(), arguments);
  }
}
