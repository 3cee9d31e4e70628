package nl.woonzorg.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Objects;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.validation.rule.Profile;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;

/**
 * Generators of <b>valid</b> woonzorg data, as QuickTheories {@link Gen}s: whatever they produce,
 * {@link nl.woonzorg.validation.WoonzorgValidator} with {@link Profile#VASTGESTELD} reports no
 * finding of severity {@code ERROR} for it (warnings and advice may occur). They are valid by
 * construction — ids are unique and every reference resolves, breakdowns and yearly slices add
 * up, deadlines lie in their periods, agreements are signed by municipality, corporation and
 * tenants, codes come from the CBS and VERA lists — so no example is ever thrown away.
 *
 * <pre>{@code
 * qt().forAll(WoonzorgGen.visions()).checkAssert(vision ->
 *     WoonzorgAssertions.assertConform(vision));
 * }</pre>
 *
 * <p><b>Size.</b> Every generator takes a {@code size} from 1 to {@value #MAX_SIZE}: the most
 * goals, agreements, activities, parties, areas and the like that one list in a generated object
 * holds. Without it the size is {@value #DEFAULT_SIZE}.
 *
 * <p><b>Shrinking.</b> Each generator draws a list of small numbers from QuickTheories and decodes
 * the object from it, decision by decision; when the numbers run out every remaining decision is
 * the smallest one. QuickTheories shrinks the list, shorter and towards zero, and so shrinks the
 * object towards the smallest valid one — keeping every reference consistent, which shrinking
 * parts independently could not.
 *
 * <p>The generators are immutable and thread-safe. For a sample without a property-testing
 * framework, see {@link nl.woonzorg.testkit.Samples}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WoonzorgGen {

  /** The size the generators use unless told otherwise. */
  public static final int DEFAULT_SIZE = 4;

  /** The largest size a generator accepts. */
  public static final int MAX_SIZE = 16;

  /** Enough decisions for the largest objects; the rest of a longer list would go unread. */
  private static final int DECISIONS_PER_SIZE = 400;

  private WoonzorgGen() {}

  /** Whole visions of {@linkplain #DEFAULT_SIZE the default size}. */
  public static Gen<HousingCareVision> visions() {
    return visions(DEFAULT_SIZE);
  }

  /**
   * Whole visions, with analysis, vision statement, ambitions, SMART goals, agreements of all six
   * types, implementation programme and monitoring, in a phase from {@code ANALYSE} to {@code
   * BORGING} with a matching phase history.
   *
   * @param size the most elements per list, 1 to {@value #MAX_SIZE}
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static Gen<HousingCareVision> visions(int size) {
    return choices(size).map(c -> Decoders.vision(c, size));
  }

  /** SMART goals of the default size. */
  public static Gen<Goal> goals() {
    return goals(DEFAULT_SIZE);
  }

  /**
   * SMART goals on their own, valid when validated on their own: scope, target, indicator,
   * owners, a deadline and breakdowns that add up.
   *
   * @param size the most elements per list, 1 to {@value #MAX_SIZE}
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static Gen<Goal> goals(int size) {
    return choices(size).map(c -> Decoders.goal(c, Decoders.standalone(c, size), 1, size));
  }

  /** Agreements of every type, of the default size. */
  public static Gen<PerformanceAgreement> agreements() {
    return agreements(DEFAULT_SIZE);
  }

  /**
   * Agreements of every type on their own, valid when validated on their own.
   *
   * @param size the most elements per list, 1 to {@value #MAX_SIZE}
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static Gen<PerformanceAgreement> agreements(int size) {
    return choices(size).map(c -> Decoders.agreement(c, Decoders.standalone(c, size), 1,
        c.pick(List.of(AgreementType.values())), Decoders.STANDALONE_PARTIES, size));
  }

  /**
   * Agreements of one type on their own, of the default size, with the terms of that type.
   *
   * @throws NullPointerException if {@code type} is null
   */
  public static Gen<PerformanceAgreement> agreements(AgreementType type) {
    Objects.requireNonNull(type, "type");
    return choices(DEFAULT_SIZE).map(c -> Decoders.agreement(c,
        Decoders.standalone(c, DEFAULT_SIZE), 1, type, Decoders.STANDALONE_PARTIES, DEFAULT_SIZE));
  }

  /**
   * Documents of the cycle besides the vision — analysis, prestatieafspraken, covenant,
   * uitvoeringsprogramma, monitor — of the default size: a generated vision's header and part of
   * the drawn kind, as valid as the vision.
   *
   * @since 0.2.0
   */
  public static Gen<PolicyDocument> policyDocuments() {
    return visions().zip(integers().between(0, CycleDocuments.KINDS.size() - 1),
        (vision, kind) -> CycleDocuments.of(vision, CycleDocuments.KINDS.get(kind)));
  }

  /**
   * Documents of kind {@code type}, of the default size, made as {@link #policyDocuments()} makes
   * them.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain
   *     DocumentType#isPolicyDocument() policy document}
   * @since 0.2.0
   */
  public static <T> Gen<T> policyDocuments(DocumentType<T> type) {
    if (!type.isPolicyDocument()) {
      throw new IllegalArgumentException(type + " is not a policy document");
    }
    return visions().map(vision -> type.modelType().cast(CycleDocuments.of(vision, type)));
  }

  /** Measurements of a monitoring indicator, with decimal values. */
  public static Gen<Measurement> measurements() {
    return choices(1).map(c -> Decoders.measurement(c, "indicator-" + (1 + c.below(9)),
        Decoders.period(c), List.of("gemeente", "wijk-1")));
  }

  /**
   * Dwelling records (VERA {@code Eenheid}) with live VERA codes, known CBS codes and nested
   * district and neighbourhood codes.
   */
  public static Gen<Dwelling> dwellings() {
    return choices(1).map(c -> Decoders.dwelling(c, 1 + c.below(100_000)));
  }

  /**
   * Building and complex records with known, nested CBS codes that meet every building rule
   * checked without criteria (WZ-BLD-01, 02, 04, 05): clustered ones have a meeting room and at
   * least twelve units.
   *
   * @since 0.2.0
   */
  public static Gen<Building> buildings() {
    return choices(1).map(c -> Decoders.building(c, 1 + c.below(100_000)));
  }

  /** The parties standalone agreements draw from: the statutory three and a care provider. */
  private static Gen<Choices> choices(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    return lists().of(integers().between(0, 0xFFFF))
        .ofSizeBetween(0, DECISIONS_PER_SIZE * size)
        .map(Choices::new);
  }
}
