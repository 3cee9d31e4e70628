package nl.woonzorg.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.woonzorg.analysis.supply.AreaSupply;
import nl.woonzorg.analysis.supply.SupplyTally;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.io.ndjson.NdjsonSummary;
import nl.woonzorg.io.ndjson.NdjsonWriter;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.dwelling.ProgrammeCategory;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Verdict;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.RentClass;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.validation.WoonzorgValidator;
import org.apiguardian.api.API;

/**
 * Worked example 6, a vendor's view: a housing association's dwelling stock as NDJSON — one
 * VERA-shaped {@link Dwelling} (<i>eenheid</i>) per line — read as a stream, checked record by
 * record, and summed up as the supply per programme category per district.
 *
 * <p>The stock is <b>synthetic</b>: {@link #generate()} draws {@value #SIZE} homes of the fictitious
 * {@value #OWNER} in four districts of Utrecht (CBS codes WK034401–WK034404) from a fixed seed,
 * so that every run gives the same records. A few records carry the mistakes real registers have —
 * a clustered home without a zero-step label, a care-ready home that is not wheelchair-accessible,
 * an end-dated VERA code — so that the check has something to report. Bundled as {@code
 * examples/data/dwelling-stock.ndjson}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DwellingStock {

  /** The number of dwellings generated. */
  public static final int SIZE = 300;
  /** The seed of the generator; a different seed gives a different stock. */
  public static final long SEED = 2024L;
  /** The id of the housing association that owns every dwelling. */
  public static final String OWNER = "woningcorporatie-voorbeeld";
  /** The CBS code of the municipality the stock lies in: Utrecht. */
  public static final String MUNICIPALITY = "GM0344";

  private static final List<String> DISTRICTS =
      List.of("WK034401", "WK034402", "WK034403", "WK034404");
  private static final List<UnitDetailKind> HOUSE_KINDS = List.of(UnitDetailKind.TUSSENWONING,
      UnitDetailKind.HOEKWONING, UnitDetailKind.PORTIEKFLAT, UnitDetailKind.GALERIJFLAT,
      UnitDetailKind.BENEDENWONING, UnitDetailKind.BOVENWONING, UnitDetailKind.MAISONETTE);
  private static final List<AccessibilityLabel> ORDINARY_LABELS = List.of(
      AccessibilityLabel.WONING_ZONDER_BIJZONDERE_TOEGANKELIJKHEID,
      AccessibilityLabel.GELIJKVLOERSE_WONING_GEEN_NULTREDENWONING,
      AccessibilityLabel.ROLLATORWONING_GEEN_NULTREDENWONING);
  private static final List<VeraTargetGroup> HOUSEHOLDS = List.of(VeraTargetGroup.GEZIN,
      VeraTargetGroup.PERSOON, VeraTargetGroup.HUISHOUDEN_ZONDER_KINDEREN,
      VeraTargetGroup.JONGEREN, VeraTargetGroup.STARTER);
  /** Postcode letters; without S, so that the unissued SA, SD and SS never occur. */
  private static final String POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ";

  private DwellingStock() {}

  /** The synthetic stock: {@value #SIZE} dwellings, the same on every run and every JVM. */
  public static List<Dwelling> generate() {
    // java.util.Random's algorithm is fixed by its specification, so the stock is too.
    Random random = new Random(SEED);
    List<Dwelling> stock = new ArrayList<>(SIZE);
    for (int i = 1; i <= SIZE; i++) {
      stock.add(dwelling(String.format(Locale.ROOT, "VHE-%05d", i), random));
    }
    return List.copyOf(stock);
  }

  private static Dwelling dwelling(String id, Random random) {
    String district = pick(DISTRICTS, random);
    Dwelling.Builder home = Dwelling.builder()
        .id(id)
        .municipalityCode(MUNICIPALITY)
        .districtCode(district)
        .postalCode(String.valueOf(3500 + random.nextInt(100)) + letter(random) + letter(random))
        .unitKind(UnitKind.WOONRUIMTE)
        .rentClass(pick(List.of(RentClass.values()), random))
        .constructionYear(1955 + random.nextInt(69))
        .ownerPartyId(OWNER);
    int roll = random.nextInt(100);
    int flaw = random.nextInt(8);
    if (roll < 12) {
      home.housingForm(HousingForm.GECLUSTERDE_WOONVORM)
          .unitDetailKind(UnitDetailKind.GALERIJFLAT)
          .targetGroup(VeraTargetGroup.SENIOREN)
          .rooms(2 + random.nextInt(2));
      // One in eight clustered homes is registered without a proper zero-step label.
      if (flaw == 0) {
        home.accessibilityLabel(AccessibilityLabel.GELIJKVLOERSE_WONING_GEEN_NULTREDENWONING);
      } else if (flaw != 1) {
        home.accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
      }
    } else if (roll < 18) {
      home.housingForm(HousingForm.ZORGGESCHIKTE_WONING)
          .unitDetailKind(UnitDetailKind.BENEDENWONING)
          .targetGroup(VeraTargetGroup.SENIOREN)
          .rooms(2 + random.nextInt(2))
          // One in eight care-ready homes is zero-step but not wheelchair-accessible.
          .accessibilityLabel(flaw == 0
              ? AccessibilityLabel.NULTREDENWONING : AccessibilityLabel.ROLSTOELWONING);
    } else {
      home.unitDetailKind(pick(HOUSE_KINDS, random))
          .rooms(1 + random.nextInt(5))
          .accessibilityLabel(roll < 45
              ? AccessibilityLabel.NULTREDENWONING : pick(ORDINARY_LABELS, random))
          // Now and then a register still carries VERA's end-dated target group "meergezins".
          .targetGroup(flaw == 0 && roll >= 75
              ? VeraTargetGroup.MEERGEZINS : pick(HOUSEHOLDS, random));
    }
    return home.build();
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static char letter(Random random) {
    return POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
  }

  /**
   * Writes {@code stock} to {@code out} as NDJSON, one compact record a line, and closes it.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(List<Dwelling> stock, OutputStream out) {
    try (NdjsonWriter<Dwelling> writer = NdjsonWriter.of(DocumentType.DWELLING, out)) {
      stock.forEach(writer::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the NDJSON stock in {@code ndjson} one record at a time, validates each with {@code
   * validator} and adds it to the supply per wijk ({@link SupplyTally}); bad lines are counted,
   * not fatal. The stream is left open.
   *
   * @throws UncheckedIOException if reading fails
   */
  public static Check check(InputStream ndjson, WoonzorgValidator validator) {
    Check.Builder check = new Check.Builder();
    NdjsonSummary read = NdjsonReader.of(DocumentType.DWELLING)
        .continueOnError(problem -> { })
        .read(ndjson, dwelling -> check.add(dwelling, validator.validate(dwelling)));
    return check.build(read);
  }

  /**
   * The outcome of {@link #check}: how the records fared and what the stock supplies. Immutable.
   *
   * @param read how many lines, records and bad lines the file had
   * @param verdicts the number of records per verdict, every verdict present
   * @param findingsByRule the number of findings per rule id, ordered by id
   * @param supply per district code (ordered; "?" for records without one), the number of homes
   *     per programme category, every category present
   * @param outsideProgramme per district code, the number of homes in no programme category;
   *     absent for a district where every home is in one
   */
  public record Check(NdjsonSummary read, Map<Verdict, Long> verdicts,
      SortedMap<String, Long> findingsByRule,
      SortedMap<String, Map<ProgrammeCategory, Long>> supply,
      SortedMap<String, Long> outsideProgramme) {

    /** Makes the maps unmodifiable; they are copied by the builder already. */
    public Check {
      verdicts = Collections.unmodifiableMap(verdicts);
      findingsByRule = Collections.unmodifiableSortedMap(findingsByRule);
      supply = Collections.unmodifiableSortedMap(supply);
      outsideProgramme = Collections.unmodifiableSortedMap(outsideProgramme);
    }

    /** Collects a check; not thread-safe. */
    private static final class Builder {
      private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
      private final SortedMap<String, Long> findingsByRule = new TreeMap<>();
      private final SupplyTally.Builder supply = SupplyTally.builder(AreaType.WIJK);

      Builder() {
        for (Verdict verdict : Verdict.values()) {
          verdicts.put(verdict, 0L);
        }
      }

      void add(Dwelling dwelling, Report report) {
        verdicts.merge(report.verdict(), 1L, Long::sum);
        for (Finding finding : report.getFindings()) {
          findingsByRule.merge(finding.getRuleId(), 1L, Long::sum);
        }
        supply.add(dwelling);
      }

      Check build(NdjsonSummary read) {
        SupplyTally tally = supply.build();
        SortedMap<String, Map<ProgrammeCategory, Long>> perDistrict = new TreeMap<>();
        SortedMap<String, Long> outside = new TreeMap<>();
        tally.areas().forEach((district, counts) ->
            addDistrict(district, counts, perDistrict, outside));
        if (tally.withoutArea().total() > 0) {
          addDistrict("?", tally.withoutArea(), perDistrict, outside);
        }
        return new Check(read, new EnumMap<>(verdicts), new TreeMap<>(findingsByRule),
            perDistrict, outside);
      }

      private static void addDistrict(String district, AreaSupply counts,
          SortedMap<String, Map<ProgrammeCategory, Long>> perDistrict,
          SortedMap<String, Long> outside) {
        perDistrict.put(district, counts.byCategory());
        if (counts.outsideProgramme() > 0) {
          outside.put(district, counts.outsideProgramme());
        }
      }
    }
  }

  /** The check as lines of text: records, verdicts, findings per rule, supply per district. */
  public static List<String> summary(Check check) {
    List<String> lines = new ArrayList<>();
    lines.add(check.read().records() + " eenheden gelezen, " + check.read().badLines()
        + " onleesbare regels");
    check.verdicts().forEach((verdict, count) -> lines.add("  " + verdict.getLabelNl() + ": "
        + count));
    lines.add("bevindingen per regel:");
    check.findingsByRule().forEach((rule, count) -> lines.add("  " + rule + ": " + count));
    lines.add(String.format(Locale.ROOT, "%-10s %16s %19s %21s %8s", "wijk", "nultredenwoning",
        "geclusterde woning", "zorggeschikte woning", "overig"));
    check.supply().forEach((district, counts) -> lines.add(String.format(Locale.ROOT,
        "%-10s %16d %19d %21d %8d", district, counts.get(ProgrammeCategory.NULTREDENWONING),
        counts.get(ProgrammeCategory.GECLUSTERDE_WONING),
        counts.get(ProgrammeCategory.ZORGGESCHIKTE_WONING),
        check.outsideProgramme().getOrDefault(district, 0L))));
    return List.copyOf(lines);
  }

  /**
   * Checks the NDJSON file named by the first argument, or, without one, the generated stock, and
   * prints {@link #summary(Check)}.
   *
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    WoonzorgValidator validator = WoonzorgValidator.builder().build();
    Check check;
    if (args.length > 0) {
      try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
        check = check(in, validator);
      }
    } else {
      ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
      write(generate(), ndjson);
      check = check(new ByteArrayInputStream(ndjson.toByteArray()), validator);
    }
    summary(check).forEach(System.out::println);
  }
}
