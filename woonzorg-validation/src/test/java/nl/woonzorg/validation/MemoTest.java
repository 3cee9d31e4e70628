package nl.woonzorg.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.Memo;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import nl.woonzorg.validation.rule.VisionRule;
import org.junit.jupiter.api.Test;

/**
 * The memo of a validation call: what the rules work out about the vision is worked out once per
 * call, whichever rules and however many goals ask, and afresh for the next call.
 */
class MemoTest {

  /** How often the fact was worked out; the fact itself is the vision's number of goals. */
  private static final AtomicInteger DERIVED = new AtomicInteger();
  private static final Memo.Fact<Integer> GOAL_COUNT = Memo.Fact.of(vision -> {
    DERIVED.incrementAndGet();
    return vision.getGoals().size();
  });
  private static final RuleMessages MESSAGES =
      RuleMessages.fromResources(MemoTest.class, "local-rules");

  private static RuleDefinition counting(String id) {
    return RuleDefinition.builder(id).severity(Severity.INFO).rationale("Counts.")
        .source("MemoTest").example("Any vision.").messages(MESSAGES).build();
  }

  /** Asks for the fact once per vision; reports nothing. */
  static final class AsksPerVision implements VisionRule {
    private static final RuleDefinition DEFINITION = counting("GEMEENTE-A-01");

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void check(HousingCareVision vision, RuleContext context) {
      Memo.get(GOAL_COUNT, vision, context);
    }
  }

  /** Asks for the fact once per goal; reports nothing. */
  static final class AsksPerGoal implements GoalRule {
    private static final RuleDefinition DEFINITION = counting("GEMEENTE-A-02");

    @Override
    public RuleDefinition definition() {
      return DEFINITION;
    }

    @Override
    public void check(Goal goal, RuleContext context) {
      context.vision().ifPresent(vision -> Memo.get(GOAL_COUNT, vision, context));
    }
  }

  private static final WoonzorgValidator VALIDATOR = WoonzorgValidator.builder()
      .addRule(new AsksPerVision()).addRule(new AsksPerGoal()).build();

  /** Gemeente A's vision with three goals. */
  private static HousingCareVision threeGoals() {
    Goal goal = GemeenteA.clusteredHousingGoal();
    return Fixtures.vision(v -> v.goals(List.of(goal,
        Goal.builder().from(goal).id("doel-2").build(),
        Goal.builder().from(goal).id("doel-3").build())));
  }

  @Test
  void aFactIsWorkedOutOncePerValidationCall() {
    HousingCareVision threeGoals = threeGoals();
    DERIVED.set(0);

    VALIDATOR.validate(threeGoals);
    assertEquals(1, DERIVED.get(), "one vision rule and three goals asked, in one call");

    VALIDATOR.validate(threeGoals);
    assertEquals(2, DERIVED.get(), "a new call works the fact out again");
  }

  @Test
  void aContextFromOutsideTheValidatorGetsTheFactWorkedOutEachTime() {
    HousingCareVision vision = GemeenteA.vision();
    RuleContext outside = new RuleContext() {
      @Override
      public Optional<HousingCareVision> vision() {
        return Optional.of(vision);
      }

      @Override
      public void report(JsonPointer location, Object value,
          Object... arguments) {}
    };
    DERIVED.set(0);

    assertEquals(1, Memo.get(GOAL_COUNT, vision, outside));
    assertEquals(1, Memo.get(GOAL_COUNT, vision, outside));
    assertEquals(2, DERIVED.get());
  }

  @Test
  void aMemoKeepsTheFactsOfOneVisionOnly() {
    Memo memo = new Memo();
    RuleContext context = new HolderContext(memo);
    HousingCareVision first = GemeenteA.vision();
    HousingCareVision second = Fixtures.vision(v -> v.goals(List.of()));
    DERIVED.set(0);

    assertEquals(1, Memo.get(GOAL_COUNT, first, context));
    assertEquals(1, Memo.get(GOAL_COUNT, first, context));
    assertEquals(0, Memo.get(GOAL_COUNT, second, context), "another vision, its own fact");
    assertEquals(0, Memo.get(GOAL_COUNT, second, context));
    assertEquals(3, DERIVED.get(), "kept for the first vision only");
  }

  private record HolderContext(Memo memo) implements RuleContext, Memo.Holder {
    @Override
    public Optional<HousingCareVision> vision() {
      return Optional.empty();
    }

    @Override
    public void report(JsonPointer location, Object value,
        Object... arguments) {}
  }
}
