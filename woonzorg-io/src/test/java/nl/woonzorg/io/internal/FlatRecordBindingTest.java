package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * A flat document, a dwelling record, is bound straight into the model's builder ({@link
 * ModelBinder}). It must accept exactly the documents that checking the schema token by token and
 * binding with databind accept, with equal values; anything else is read again to be reported, so
 * a difference would either lose a problem or refuse a clean record. The records come with their
 * properties in the writer's order, shuffled, left out, repeated, unknown, misspelt by one
 * character and escaped, as the binder matches a name the writer's order leads it to expect by
 * its bytes and any other as the parser reads it.
 */
class FlatRecordBindingTest {

  /** How the strict reader reads, with the default limits. */
  private static final DocumentReading STRICT = new DocumentReading(ReadLimits.defaults());

  @Test
  void bindsWhatDatabindBindsAndRefusesWhatItRefuses() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger examples = new AtomicInteger();
    qt().withExamples(4_000).forAll(longs().all()).checkAssert(seed -> {
      String json = document(new Random(seed));
      // From bytes, as streams and NDJSON are read, and from a String, which Jackson reads with
      // another parser that matches names its own way and shares its buffer with the value.
      Optional<Dwelling> flat = flat(json, true);
      assertEquals(bound(json, true), flat, () -> "bytes, seed " + seed + ": " + json);
      assertEquals(bound(json, false), flat(json, false),
          () -> "String, seed " + seed + ": " + json);
      assertEquals(flat, flat(json, false), () -> "seed " + seed + ": " + json);
      examples.incrementAndGet();
      flat.ifPresent(value -> accepted.incrementAndGet());
    });
    // Neither outcome may be rare, or the comparison would say little.
    assertTrue(accepted.get() > examples.get() / 10, accepted + " of " + examples + " accepted");
    assertTrue(accepted.get() < examples.get() * 9 / 10, accepted + " of " + examples + " accepted");
  }

  @Test
  void escapedNamesAndCodesInAnyOrderBind() {
    String json = "{ \"unitKind\" : \"W\\u004FO\",\n\"\\u0069d\":\"a\\u00e9\\n\","
        + "\"rooms\":2,\"formatVersion\":\"1.0\"}";

    for (boolean bytes : List.of(true, false)) {
      assertEquals(Optional.of(Dwelling.builder().id("a\u00e9\n").unitKind(UnitKind.WOONRUIMTE)
          .rooms(2).build()), flat(json, bytes));
    }
  }

  private static Optional<Dwelling> flat(String json, boolean bytes) {
    try (JsonParser parser = parser(json, bytes)) {
      Dwelling value = ModelBinder.of(DocumentType.DWELLING).bind(parser, parser.nextToken());
      return parser.nextToken() == null ? Optional.of(value) : Optional.empty();
    } catch (RuntimeException refused) {
      return Optional.empty();
    }
  }

  /** What the reader does with a document that is not flat. */
  private static Optional<Dwelling> bound(String json, boolean bytes) {
    try (JsonParser raw = parser(json, bytes);
        JsonParser parser = new CheckingParser(raw, Shape.of(DocumentType.DWELLING))) {
      Object value = WireMapper.binder(DocumentType.DWELLING).readValue(parser);
      return parser.nextToken() == null ? Optional.of((Dwelling) value) : Optional.empty();
    } catch (RuntimeException refused) {
      return Optional.empty();
    }
  }

  private static JsonParser parser(String json, boolean bytes) {
    return bytes
        ? STRICT.factory().createParser(ObjectReadContext.empty(),
            json.getBytes(StandardCharsets.UTF_8))
        : STRICT.factory().createParser(ObjectReadContext.empty(), json);
  }

  /**
   * A dwelling record with each property left out, right, or wrong in one of the ways that matter
   * to one of the two readers: a wrong type, null, an unknown code, a value the model refuses, a
   * number too large; and now and then an unknown or repeated property, an escaped name, or
   * content after the record.
   */
  static String document(Random random) {
    // Half the documents have a defect in one property of a hundred, half in one of six.
    Defects defects = new Defects(random, random.nextBoolean() ? 100 : 6);
    List<String> properties = new ArrayList<>();
    defects.add(properties, "formatVersion", "\"1.0\"", "\"1.7\"", "\"2.0\"", "\"1.01\"",
        "1", "null");
    defects.add(properties, "id", "\"d1\"", "\"\\u00e9\\n\"", "\"\"", "\" \"", "5", "null",
        "[\"d1\"]");
    defects.add(properties, "municipalityCode", "\"GM0363\"", "\"GM0001\"", "\"GM03\"", "3",
        "null");
    defects.add(properties, "districtCode", "\"WK036301\"", "\"WK000101\"", "\"XX\"", "{}");
    defects.add(properties, "neighbourhoodCode", "\"BU03630102\"", "\"BU00010101\"", "true");
    defects.add(properties, "postalCode", "\"2511CV\"", "\"bad\"", "2511");
    UnitDetailKind detail =
        UnitDetailKind.values()[random.nextInt(UnitDetailKind.values().length)];
    defects.add(properties, "unitKind", "\"" + detail.getUnitKind().getCode() + "\"",
        code(random, UnitKind.class), "\"woo\"", "\"HUT\"", "\"W\\u004FO\"", "\"W\u00d6O\"",
        "\"" + "WOO".repeat(30) + "\"", "1", "null");
    defects.add(properties, "unitDetailKind", "\"" + detail.getCode() + "\"",
        code(random, UnitDetailKind.class), "\"??\"");
    defects.add(properties, "housingForm", code(random, HousingForm.class), "\"\"");
    defects.add(properties, "accessibilityLabel", code(random, AccessibilityLabel.class), "0");
    defects.add(properties, "targetGroup", code(random, VeraTargetGroup.class), "[]");
    String group = code(random, VeraSupplementaryTargetGroup.class);
    defects.add(properties, "supplementaryTargetGroups", "[" + group + "]", "[]",
        "[" + group + "," + group + "]",
        "[" + group + "," + code(random, VeraSupplementaryTargetGroup.class) + "]",
        "[\"??\"]", group, "[1]", "[[" + group + "]]", "[null]", "null");
    defects.add(properties, "rentClass", code(random, RentClass.class), "\"RENT\"");
    for (String integer : List.of("rooms", "constructionYear")) {
      defects.add(properties, integer, "3", "1970", "0", "-1", "2147483647", "2147483648",
          "-2147483649", "3.0", "1e2", "\"3\"", "null", "true");
    }
    defects.add(properties, "ownerPartyId", "\"p1\"", "\"\"", "7");
    if (random.nextInt(10) == 0) {
      // Unknown, or a known name but for its last character or one more or less.
      List<String> unknown = List.of("unknown", "neighbourhoodCodX", "neighbourhoodCodes",
          "supplementaryTargetGroup", "formatVersio", "idx");
      properties.add("\"" + unknown.get(random.nextInt(unknown.size())) + "\":\"1\"");
    }
    if (random.nextInt(10) == 0 && !properties.isEmpty()) {
      properties.add(properties.get(random.nextInt(properties.size())));
    }
    if (random.nextInt(10) == 0 && !properties.isEmpty()) {
      int i = random.nextInt(properties.size());
      properties.set(i, "\"\\u00" + Integer.toHexString(properties.get(i).charAt(1))
          + properties.get(i).substring(2));
    }
    if (random.nextInt(4) == 0) {
      Collections.shuffle(properties, random);
    }
    String record = "{" + String.join(random.nextInt(8) == 0 ? " ,\n " : ",", properties) + "}";
    return switch (random.nextInt(20)) {
      case 0 -> record + " x";
      case 1 -> record + record;
      case 2 -> "[" + record + "]";
      case 3 -> record.substring(0, record.length() - 1);
      default -> record;
    };
  }

  /** Leaves each property out one time in eight, and gives it a wrong value one time in {@code n}. */
  private record Defects(Random random, int n) {

    void add(List<String> properties, String name, String right, String... wrong) {
      if (random.nextInt(8) == 0) {
        return;
      }
      String value = random.nextInt(n) != 0 ? right : wrong[random.nextInt(wrong.length)];
      properties.add("\"" + name + "\":" + value);
    }
  }

  private static <E extends Enum<E> & Coded> String code(Random random, Class<E> type) {
    List<String> codes = Codes.codesOf(type);
    return "\"" + codes.get(random.nextInt(codes.size())) + "\"";
  }
}
