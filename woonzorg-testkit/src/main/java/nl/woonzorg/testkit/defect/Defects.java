package nl.woonzorg.testkit.defect;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.testkit.gen.WoonzorgGen;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;

/**
 * Every defect the testkit can inject, and generators of defective objects.
 *
 * <pre>{@code
 * qt().forAll(Defects.defectiveVisions()).checkAssert(WoonzorgAssertions::assertDetected);
 * }</pre>
 *
 * <p>Each defect has a stable {@linkplain Defect#name() name} and the {@linkplain Defect#ruleId()
 * id} of the rule that must report it. Every built-in rule of {@link
 * nl.woonzorg.validation.WoonzorgValidator#builtInRules()} has a defect, except the few that no
 * defect triggers on its own: {@link #notInjectable()} lists those with the reason. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Defects {

  private static final List<Defect<HousingCareVision>> VISION = VisionDefects.all();
  private static final List<Defect<Dwelling>> DWELLING = DwellingDefects.all();
  private static final List<Defect<Building>> BUILDING = BuildingDefects.all();
  private static final List<Defect<PolicyDocument>> DOCUMENT = DocumentDefects.all();

  private static final Map<String, String> NOT_INJECTABLE =
      Collections.unmodifiableMap(new TreeMap<>(Map.of(
          "WZ-BLD-03", "It judges a building only against a share stated by a criterion given"
              + " to the validator, and no source states a default, so a defect alone, checked"
              + " by a validator without criteria, cannot trigger it; the validator's"
              + " BuildingRulesTest and RuleCasesTest trigger it with a criterion.",
          "WZ-BLD-06", "It is a check across the records of a stock (BuildingReferences), not of"
              + " one record, so no defect of one record triggers it; the validator's"
              + " BuildingRulesTest and RuleCasesTest trigger it.",
          "WZ-BLD-07", "It is a check across the records of a stock (BuildingReferences), not of"
              + " one record, so no defect of one record triggers it; the validator's"
              + " BuildingRulesTest and RuleCasesTest trigger it.",
          "WZ-BEAN-OTHER", "It reports a model constraint without a rule id of its own, and"
              + " every constraint this model declares has one; only a newer model than the"
              + " validator could trigger it.",
          "WZ-ENGINE-01", "It reports a rule that threw an exception instead of reporting, and"
              + " the built-in rules throw on no data; only a faulty added rule triggers it.",
          "WZ-ENGINE-02", "It counts the findings of another rule past the cap, so it never comes"
              + " alone and no defect is reported by it exactly; the validator's FindingCapTest"
              + " checks it.")));

  private Defects() {}

  /** The defects of whole visions, in a fixed order; an immutable list. */
  public static List<Defect<HousingCareVision>> visionDefects() {
    return VISION;
  }

  /** The defects of dwelling records, in a fixed order; an immutable list. */
  public static List<Defect<Dwelling>> dwellingDefects() {
    return DWELLING;
  }

  /**
   * The defects of building and complex records, in a fixed order; an immutable list.
   *
   * @since 0.2.0
   */
  public static List<Defect<Building>> buildingDefects() {
    return BUILDING;
  }

  /**
   * The defects of the documents of the cycle besides the vision, each for one kind, in a fixed
   * order; an immutable list.
   *
   * @since 0.2.0
   */
  public static List<Defect<PolicyDocument>> documentDefects() {
    return DOCUMENT;
  }

  /** The distinct rule ids the defects cover, sorted; an immutable list. */
  public static List<String> ruleIds() {
    return Stream.of(VISION, DWELLING, BUILDING, DOCUMENT).flatMap(List::stream)
        .map(Defect::ruleId)
        .distinct().sorted().toList();
  }

  /**
   * The built-in rules that have no defect because no data can make them report, or not on their
   * own, each with the reason in a sentence, sorted by rule id; an unmodifiable map. A test of the testkit checks
   * that every built-in rule has a defect or an entry here, and no rule both.
   */
  public static Map<String, String> notInjectable() {
    return NOT_INJECTABLE;
  }

  /** The vision defect called {@code name}, if there is one. */
  public static Optional<Defect<HousingCareVision>> visionDefect(String name) {
    return VISION.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The dwelling defect called {@code name}, if there is one. */
  public static Optional<Defect<Dwelling>> dwellingDefect(String name) {
    return DWELLING.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /**
   * Visions from {@link WoonzorgGen#visions()} with one defect injected: a defect drawn from those
   * that apply to the vision, at a drawn site.
   */
  public static Gen<Defective<HousingCareVision>> defectiveVisions() {
    return WoonzorgGen.visions().zip(integers().all(), integers().all(),
        (vision, defect, site) -> {
          // Every generated vision has a goal, so at least the goal defects apply.
          List<Defect<HousingCareVision>> applicable =
              VISION.stream().filter(d -> d.appliesTo(vision)).toList();
          return applicable.get(Math.floorMod(defect, applicable.size())).inject(vision, site);
        });
  }

  /**
   * Documents from {@link WoonzorgGen#policyDocuments()} with one defect injected: a defect drawn
   * from those that apply to the document, at a drawn site; documents no defect applies to are
   * skipped.
   *
   * @since 0.2.0
   */
  public static Gen<Defective<PolicyDocument>> defectiveDocuments() {
    return WoonzorgGen.policyDocuments().zip(integers().all(), integers().all(),
        (document, defect, site) -> {
          List<Defect<PolicyDocument>> applicable =
              DOCUMENT.stream().filter(d -> d.appliesTo(document)).toList();
          return applicable.isEmpty() ? null
              : applicable.get(Math.floorMod(defect, applicable.size())).inject(document, site);
        }).assuming(Objects::nonNull);
  }

  /**
   * Dwelling records from {@link WoonzorgGen#dwellings()} with one defect injected: a defect
   * drawn from those that apply to the record.
   */
  public static Gen<Defective<Dwelling>> defectiveDwellings() {
    return WoonzorgGen.dwellings().zip(integers().all(), (dwelling, defect) -> {
      List<Defect<Dwelling>> applicable =
          DWELLING.stream().filter(d -> d.appliesTo(dwelling)).toList();
      return applicable.get(Math.floorMod(defect, applicable.size())).inject(dwelling, 0);
    });
  }
}
