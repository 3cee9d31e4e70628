package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.woonzorg.io.ReadLimits;
import nl.woonzorg.io.json.JsonWriter;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NDJSON reader reads runs of flat record lines straight from their bytes ({@link FlatLines})
 * before it tries the parser ({@link RecordBlocks#readParsed}). It must take a strict subset of
 * what the parser takes, with equal records: whatever it gives up on is read by the parser as
 * before, so a record it took that the parser would refuse, or took differently, would be a
 * problem lost or a value changed.
 */
class FlatLinesTest {

  private static final FlatLines<Dwelling> DWELLINGS = flatLines(DocumentType.DWELLING);

  /** A record as the writer writes it, with every kind of value a dwelling has. */
  private static final String CLEAN = "{\"formatVersion\":\"1.1\",\"documentType\":\"dwelling\","
      + "\"id\":\"eenheid-0\",\"municipalityCode\":\"GM0363\",\"postalCode\":\"1000AA\","
      + "\"unitKind\":\"WOO\",\"supplementaryTargetGroups\":[\"LIC\",\"OUD\"],"
      + "\"rentClass\":\"BET\",\"rooms\":1,\"constructionYear\":-1900,"
      + "\"ownerPartyId\":\"corporatie-0\"}";

  @Test
  void takesWhatTheParserTakesWithEqualRecordsAndNothingElse() {
    AtomicInteger examples = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    qt().withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<String> lines = new ArrayList<>();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        lines.add(line(random));
      }
      ReadLimits limits = limits(random);
      if (compare(lines, limits, random, () -> "seed " + seed + ": " + lines + ", " + limits)) {
        taken.incrementAndGet();
      }
      examples.incrementAndGet();
    });
    // Neither outcome may be rare, or the comparison would say little.
    assertTrue(taken.get() > examples.get() / 10, taken + " of " + examples + " taken");
    assertTrue(taken.get() < examples.get() * 9 / 10, taken + " of " + examples + " taken");
  }

  @Test
  void takesTheWritersRecordsWithEmptyLinesBetween() {
    Dwelling dwelling = Dwelling.builder().id("é 😀 \u007f").unitKind(UnitKind.WOONRUIMTE)
        .addSupplementaryTargetGroups(VeraSupplementaryTargetGroup.values())
        .rentClass(RentClass.values()[0]).rooms(Integer.MIN_VALUE)
        .constructionYear(Integer.MAX_VALUE).build();
    String line = new String(JsonWriter.compact().writeBytes(dwelling), StandardCharsets.UTF_8);

    List<Dwelling> records = new ArrayList<>();
    byte[] bytes = (line + "\n\n" + line + "\n\n").getBytes(StandardCharsets.UTF_8);
    assertTrue(DWELLINGS.read(ReadLimits.records(), bytes, 0, bytes.length, 4, records));
    assertEquals(List.of(dwelling, dwelling), records);
  }

  @Test
  void takesPropertiesInAnyOrderAndEmptyArrays() {
    assertTrue(reads("{\"rooms\":0,\"unitKind\":\"WOO\",\"supplementaryTargetGroups\":[],"
        + "\"id\":\"a\",\"formatVersion\":\"1.0\"}"));
  }

  @ParameterizedTest
  @MethodSource("notWritten")
  void givesUpOnWhatTheWriterDoesNotWrite(String line) {
    assertTrue(reads(CLEAN));
    assertFalse(reads(line), line);
  }

  /** {@link #CLEAN} changed in ways the writer never writes; characters stand for bytes. */
  static Stream<String> notWritten() {
    String bom = "\u00ef\u00bb\u00bf";
    return Stream.of(
        // whitespace, line ends and a byte order mark, which the parser skips
        " " + CLEAN, CLEAN + " ", CLEAN.replace("{\"", "{ \""),
        CLEAN.replace("\":\"eenheid", "\": \"eenheid"), CLEAN.replace(",\"rooms\"", " ,\"rooms\""),
        CLEAN.replace(",\"rooms\"", ",\t\"rooms\""), CLEAN.replace(",\"rooms\"", ",\r\"rooms\""),
        CLEAN + "\r", bom + CLEAN,
        // escapes, in a value and in a name, and a control character, which JSON refuses
        id("eenheid-\\u0030"), id("eenheid-\\n0"), CLEAN.replace("\"id\"", "\"\\u0069d\""),
        id("eenheid-\u00010"),
        // a code that is not ASCII; ill-formed UTF-8: overlong, a surrogate, beyond U+10FFFF,
        // a lone continuation byte, a sequence cut short
        CLEAN.replace("\"WOO\"", "\"WO\u00c3\u0096\""), id("\u00c0\u00af"), id("\u00ed\u00a0\u0080"),
        id("\u00f4\u0090\u0080\u0080"), id("\u0080"), id("\u00e2\u0082"),
        // numbers that are not plain ints, and other values where an int belongs
        rooms("01"), rooms("-0"), rooms("1e2"), rooms("1.0"), rooms("+1"), rooms("2147483648"),
        rooms("-2147483649"), rooms("12345678901"), rooms("\"1\""), rooms("true"), rooms("null"),
        // null, nesting, a single code where an array belongs
        CLEAN.replace("\"BET\"", "null"), groups("[null]"), groups("[[\"LIC\"]]"), groups("{}"),
        groups("\"LIC\""),
        // a repeated, an unknown and a missing required name, a wrong type
        CLEAN.replace("\"rooms\":1,", "\"rooms\":1,\"rooms\":1,"), CLEAN.replace("rooms", "roomz"),
        CLEAN.replace("\"unitKind\":\"WOO\",", ""), CLEAN.replace("\"corporatie-0\"", "1"),
        // codes the lists do not hold, a version and a type the patterns refuse
        CLEAN.replace("WOO", "HUT"), CLEAN.replace("BET", "bet"),
        CLEAN.replace("\"1.1\"", "\"1.01\""), CLEAN.replace("\"dwelling\"", "\"goal\""),
        // two records on a line, a broken one, an array, an empty object, no object
        CLEAN + CLEAN, CLEAN.substring(0, 40), "[" + CLEAN + "]", "{}", "42");
  }

  private static String id(String id) {
    return CLEAN.replace("eenheid-0", id);
  }

  private static String rooms(String value) {
    return CLEAN.replace("\"rooms\":1", "\"rooms\":" + value);
  }

  private static String groups(String value) {
    return CLEAN.replace("[\"LIC\",\"OUD\"]", value);
  }

  @Test
  void holdsTheLimitsOfTheParser() {
    ReadLimits limits = ReadLimits.records();
    assertTrue(reads(CLEAN, limits));
    // "corporatie-0" has 12 characters, "supplementaryTargetGroups" 25, "-1900" five.
    assertFalse(reads(CLEAN, limits.withMaxStringLength(11)));
    assertTrue(reads(CLEAN, limits.withMaxStringLength(12)));
    assertFalse(reads(CLEAN, limits.withMaxNameLength(24)));
    assertTrue(reads(CLEAN, limits.withMaxNameLength(25)));
    assertFalse(reads(CLEAN, limits.withMaxNumberLength(4)));
    assertTrue(reads(CLEAN, limits.withMaxNumberLength(5)));
    // A record's arrays are nested two deep.
    assertFalse(reads(CLEAN, limits.withMaxNestingDepth(1)));
    assertTrue(reads(CLEAN, limits.withMaxNestingDepth(2)));
  }

  @Test
  void countsTheLinesItWasGiven() {
    byte[] bytes = (CLEAN + "\n\n" + CLEAN + "\n").getBytes(StandardCharsets.UTF_8);
    for (int lines : List.of(2, 4)) {
      List<Dwelling> records = new ArrayList<>(List.of(Dwelling.builder().id("kept")
          .unitKind(UnitKind.WOONRUIMTE).build()));
      assertFalse(DWELLINGS.read(ReadLimits.records(), bytes, 0, bytes.length, lines, records));
      assertEquals(1, records.size(), "records given are kept, no other");
    }
    assertTrue(DWELLINGS.read(ReadLimits.records(), bytes, 0, bytes.length, 3,
        new ArrayList<>()));
  }

  @Test
  void readsRecordsOfFlatTypesOnly() {
    assertNotNull(DWELLINGS);
    assertNotNull(flatLines(DocumentType.BUILDING));
    // Every measurement has a decimal, every vision objects: neither is ever read here.
    assertNull(flatLines(DocumentType.MEASUREMENT));
    assertNull(flatLines(DocumentType.VISION));
  }

  private static <T> FlatLines<T> flatLines(DocumentType<T> type) {
    return ModelBinder.of(type).flatLines();
  }

  /**
   * Reads {@code lines} both ways, from within a larger array whose bytes around them would make
   * a record wrong if read, and compares; whether the flat reader took them.
   */
  private static boolean compare(List<String> lines, ReadLimits limits, Random random,
      Supplier<String> what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\"x\":1,\"".getBytes(StandardCharsets.UTF_8));
    int offset = out.size();
    for (String line : lines) {
      out.writeBytes(bytes(line));
      out.write('\n');
    }
    int length = out.size() - offset;
    out.writeBytes(",\"rooms\":1}\"".getBytes(StandardCharsets.UTF_8));
    byte[] bytes = out.toByteArray();
    // Now and then a count of lines that is not theirs.
    int count = lines.size() + (random.nextInt(20) == 0 ? random.nextInt(3) - 1 : 0);
    DocumentReading reading = new DocumentReading(limits);
    List<Dwelling> flat = new ArrayList<>();
    List<Dwelling> parsed = new ArrayList<>();
    boolean taken = DWELLINGS.read(limits, bytes, offset, length, count, flat);
    boolean parsedClean = RecordBlocks.readParsed(reading, bytes, offset, length, count,
        DocumentType.DWELLING, parsed);
    if (taken) {
      assertTrue(parsedClean, what);
      assertEquals(parsed, flat, what);
    } else {
      assertEquals(List.of(), flat, what);
    }
    List<Dwelling> clean = new ArrayList<>();
    assertEquals(parsedClean, RecordBlocks.readClean(reading, bytes, offset, length, count,
        DocumentType.DWELLING, clean), what);
    assertEquals(parsed, clean, what);
    return taken;
  }

  /**
   * A line, as characters that stand for its bytes: empty; a record of the binder's test, in any
   * order and with any defect; or a record as the writer writes it, clean or with one or two
   * mutations of its bytes.
   */
  private static String line(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return "";
      case 1:
        return utf8(FlatRecordBindingTest.document(random));
      default:
        Optional<Dwelling> clean = Optional.empty();
        while (clean.isEmpty()) {
          clean = dwelling(FlatRecordBindingTest.document(random));
        }
        String written = new String(JsonWriter.compact().writeBytes(clean.get()),
            StandardCharsets.ISO_8859_1);
        return random.nextInt(3) == 0 ? written : mutate(written, random);
    }
  }

  private static Optional<Dwelling> dwelling(String json) {
    List<Dwelling> records = new ArrayList<>();
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    return RecordBlocks.readParsed(new DocumentReading(ReadLimits.records()), bytes, 0,
        bytes.length, 1, DocumentType.DWELLING, records) && records.size() == 1
        ? Optional.of(records.get(0)) : Optional.empty();
  }

  /** Mutations of the bytes of a written record, each character standing for a byte. */
  private static final List<UnaryOperator<String>> MUTATIONS = List.of(
      s -> s.replace("\":", "\": "),
      s -> s.replace(",", " ,"),
      s -> s.replace(",", ",\t"),
      s -> " " + s,
      s -> s + " ",
      s -> s.replace(",", ",\r"),
      s -> s.replaceFirst("\":\"([^\"]*)\"", "\":\"\\\\u0041$1\""),
      s -> s.replaceFirst("\":\"([^\"]*)\"", "\":\"$1\\\\\\\\\""),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00c3\u00a9"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00f0\u009f\u0098\u0080"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00c0\u00af"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00ed\u00a0\u0080"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00f4\u0090\u0080\u0080"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u0080"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u00e2\u0082"),
      s -> s.replaceFirst("\"id\":\"", "\"id\":\"\u007f\u0001"),
      s -> s.replaceFirst("\"unitKind\":\"(\\w+)\"", "\"unitKind\":\"$1\u00c3\u00a9\""),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":0"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":-0"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":007"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":2147483647"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":2147483648"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":-2147483648"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":99999999999999999999"),
      s -> s.replaceFirst("\"rooms\":(\\d+)", "\"rooms\":$1.0"),
      s -> s.replaceFirst("\"rooms\":(\\d+)", "\"rooms\":$1e1"),
      s -> s.replaceFirst("\"rooms\":(\\d+)", "\"rooms\":$1E+1"),
      s -> s.replaceFirst("\"rooms\":\\d+", "\"rooms\":null"),
      s -> s.replaceFirst("\"rentClass\":\"\\w+\"", "\"rentClass\":null"),
      s -> s.replaceFirst("\\[\"(\\w+)\"", "[null,\"$1\""),
      s -> s.replaceFirst("\\[", "[true,"),
      s -> s.replaceFirst(",\"id\":\"[^\"]*\"", "$0$0"),
      s -> s.replaceFirst("\"unitKind\"", "\"\\\\u0075nitKind\""),
      s -> s.replaceFirst("\"unitKind\"", "\"unitKinds\""),
      s -> s.replaceFirst("\\}$", ",\"unitKind\":\"WOO\"}"),
      s -> s.replaceFirst("\\}$", ",\"rooms\":true}"),
      s -> s.replaceFirst("\"formatVersion\":\"1.1\"", "\"formatVersion\":\"1.10\""),
      s -> s.replaceFirst("\"documentType\":\"dwelling\",", ""),
      s -> s.replaceFirst("\"formatVersion\":\"1.1\",", ""),
      s -> s.substring(0, s.length() / 2),
      s -> s.substring(0, s.length() - 1),
      s -> s + s,
      s -> s + "x",
      s -> "\u00ef\u00bb\u00bf" + s,
      s -> "[" + s + "]");

  private static String mutate(String line, Random random) {
    String mutated = line;
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      mutated = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(mutated);
    }
    return mutated;
  }

  /** The reader's limits, one time in five one of them tightened to where records meet it. */
  private static ReadLimits limits(Random random) {
    ReadLimits limits = ReadLimits.records();
    return switch (random.nextInt(25)) {
      case 0 -> limits.withMaxStringLength(1 + random.nextInt(12));
      case 1 -> limits.withMaxNameLength(1 + random.nextInt(25));
      case 2 -> limits.withMaxNumberLength(1 + random.nextInt(11));
      case 3 -> limits.withMaxNestingDepth(1 + random.nextInt(2));
      case 4 -> limits.withMaxDocumentLength(1 + random.nextInt(400));
      default -> limits;
    };
  }

  /** The bytes a string of characters below 0x100 stands for, one a character. */
  private static byte[] bytes(String line) {
    return line.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code text} in UTF-8, as characters that stand for its bytes. */
  private static String utf8(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static boolean reads(String line) {
    return reads(line, ReadLimits.records());
  }

  /** Whether the flat reader takes {@code line}, checked against the parser if it does. */
  private static boolean reads(String line, ReadLimits limits) {
    return compare(List.of(line), limits, new Random(0), () -> line);
  }
}
