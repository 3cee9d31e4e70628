package nl.woonzorg.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.testkit.defect.Defective;
import nl.woonzorg.testkit.defect.Defects;
import nl.woonzorg.validation.WoonzorgValidator;
import org.junit.jupiter.api.Test;

/**
 * Properties of reports: they are deterministic, and they depend on the order of list elements
 * only through the indices in their pointers — shuffle the goals, agreements, parties and areas
 * of a vision, and the report is the same once each index is mapped to the element's new place.
 */
class ReportPropertiesTest {

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder().build();

  @Test
  void reportsAreDeterministic() {
    Tries.theory().forAll(Defects.defectiveVisions()).checkAssert(defective -> {
      Report first = VALIDATOR.validate(defective.value());
      assertEquals(first, VALIDATOR.validate(defective.value()));
      assertEquals(first, WoonzorgValidator.builder().build().validate(defective.value()));
    });
  }

  @Test
  void reportsDoNotDependOnTheOrderOfListsBeyondTheirIndices() {
    Tries.theory().forAll(Defects.defectiveVisions(), longs().all()).checkAssert(
        (defective, seed) -> {
          // A duplicate id is reported at its second occurrence: which one is second is the
          // order itself, so that defect is the one exception.
          if (defective.defect().name().equals("duplicate-id")) {
            return;
          }
          HousingCareVision vision = defective.value();
          Random random = new Random(seed);
          Map<String, int[]> moves = Map.of(
              "goals", permutation(vision.getGoals().size(), random),
              "agreements", permutation(vision.getAgreements().size(), random),
              "parties", permutation(vision.getParties().size(), random),
              "areas", permutation(vision.getAreas().size(), random));
          HousingCareVision shuffled = HousingCareVision.builder().from(vision)
              .goals(permuted(vision.getGoals(), moves.get("goals")))
              .agreements(permuted(vision.getAgreements(), moves.get("agreements")))
              .parties(permuted(vision.getParties(), moves.get("parties")))
              .areas(permuted(vision.getAreas(), moves.get("areas")))
              .build();
          List<String> expected = lines(VALIDATOR.validate(vision), pointer -> moved(pointer, moves));
          assertEquals(expected, lines(VALIDATOR.validate(shuffled), Function.identity()),
              describe(defective));
        });
  }

  private static String describe(Defective<HousingCareVision> defective) {
    return defective.toString();
  }

  /** {@code moves[i]} is where element {@code i} goes. */
  static int[] permutation(int size, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  static <T> List<T> permuted(List<T> list, int[] moves) {
    List<T> out = new ArrayList<>(Collections.nCopies(list.size(), null));
    for (int i = 0; i < list.size(); i++) {
      out.set(moves[i], list.get(i));
    }
    return out;
  }

  static JsonPointer moved(JsonPointer pointer, Map<String, int[]> moves) {
    List<String> tokens = pointer.tokens();
    if (tokens.size() < 2 || !moves.containsKey(tokens.get(0))) {
      return pointer;
    }
    JsonPointer out = JsonPointer.of(tokens.get(0))
        .append(moves.get(tokens.get(0))[Integer.parseInt(tokens.get(1))]);
    for (String token : tokens.subList(2, tokens.size())) {
      out = out.append(token);
    }
    return out;
  }

  /** The findings as comparable lines, pointers mapped, in an order that ignores list order. */
  static List<String> lines(Report report, Function<JsonPointer, JsonPointer> map) {
    List<String> out = new ArrayList<>();
    for (Finding f : report.getFindings()) {
      out.add(f.getSeverity() + " " + f.getRuleId() + " " + map.apply(f.getLocation()) + " "
          + f.getMessage() + " " + f.getValue().orElse(""));
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
