package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.VisionStatement;

/**
 * Documents derived from Gemeente A by systematic variation: document {@code n} applies the
 * variations whose bit is set in {@code n}, so the first 1,024 documents are all different.
 */
final class Documents {

  static final List<UnaryOperator<HousingCareVision>> VARIATIONS = List.of(
      v -> goal(v, g -> g.target(Optional.empty())),
      v -> with(v, b -> b.analysis(Optional.empty())),
      v -> agreement(v, 0, a -> a.addGoalIds("doel-onbekend")),
      v -> with(v, b -> b.currentPhase(Phase.UITVOERING)),
      v -> with(v, b -> b.area(Area.builder().from(v.getArea()).code("GM9999").build())),
      v -> with(v, b -> b.addAgreements(
          Fixtures.extraAgreementBuilder(AgreementType.INTENTIEAFSPRAAK).build())),
      v -> with(v, b -> b.vision(VisionStatement.builder().from(GemeenteA.visionStatement())
          .taskforceTopics(Set.of(TaskforceTopic.values())).build())),
      v -> agreement(v, 0, a -> a.addYearSlices(YearSlice.of(2022, 30), YearSlice.of(2023, 30),
          YearSlice.of(2026, -10))),
      v -> goal(v, g -> g.deadline(Deadline.ofYear(2030))
          .scope(Scope.builder().addAreaIds(" ", "wijk-z").build())
          .baseline(Quantity.of(230, Unit.PROCENT))),
      v -> with(v, b -> b.monitoring(Optional.empty()).ambitions(List.of())));

  private Documents() {}

  /** Document {@code n}, with id {@code document-n}. */
  static HousingCareVision document(int n) {
    HousingCareVision vision = GemeenteA.vision();
    for (int i = 0; i < VARIATIONS.size(); i++) {
      if ((n >> i & 1) == 1) {
        vision = VARIATIONS.get(i).apply(vision);
      }
    }
    return with(vision, b -> b.id("document-" + n));
  }

  private static HousingCareVision with(HousingCareVision vision,
      UnaryOperator<HousingCareVision.Builder> change) {
    return change.apply(HousingCareVision.builder().from(vision)).build();
  }

  private static HousingCareVision goal(HousingCareVision vision, UnaryOperator<Goal.Builder> change) {
    List<Goal> goals = new ArrayList<>(vision.getGoals());
    goals.set(0, change.apply(Goal.builder().from(goals.get(0))).build());
    return with(vision, b -> b.goals(goals));
  }

  private static HousingCareVision agreement(HousingCareVision vision, int index,
      UnaryOperator<PerformanceAgreement.Builder> change) {
    List<PerformanceAgreement> agreements = new ArrayList<>(vision.getAgreements());
    agreements.set(index,
        change.apply(PerformanceAgreement.builder().from(agreements.get(index))).build());
    return with(vision, b -> b.agreements(agreements));
  }
}
