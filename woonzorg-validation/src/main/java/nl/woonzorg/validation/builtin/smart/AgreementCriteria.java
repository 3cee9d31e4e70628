package nl.woonzorg.validation.builtin.smart;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.validation.internal.VisionIndex;
import nl.woonzorg.validation.rule.RuleContext;

/**
 * The SMART criteria as they apply to a prestatieafspraak, shared by the rules for agreements that
 * must be SMART and those advised to be. Realistic is not among them: the amounts an agreement
 * states are checked by the rules on negative amounts, percentages and yearly slices whatever its
 * type.
 */
final class AgreementCriteria {

  /** The roles that make a party own (part of) an agreement, beyond merely signing it. */
  private static final Set<PartyRole> OWNING = EnumSet.of(PartyRole.TREKKER, PartyRole.UITVOERDER);

  private AgreementCriteria() {}

  /**
   * Handelings-, garantie- and transactieafspraken: action types that must be SMART. An agreement
   * without a type is neither binding nor advisory: what SMART asks of it depends on the type it
   * lacks, and WZ-TYPE-08 reports that instead.
   */
  static boolean binding(PerformanceAgreement agreement) {
    return agreement.getType().filter(AgreementType::isSmartRequired).isPresent();
  }

  /** Proces- and intentieafspraken: the seed advises SMART but accepts that it may not be yet. */
  static boolean advisory(PerformanceAgreement agreement) {
    return agreement.isOfType(AgreementType.PROCESAFSPRAAK)
        || agreement.isOfType(AgreementType.INTENTIEAFSPRAAK);
  }

  /**
   * Specific: it says what it is about — the goals it serves, the agreements it builds on, a
   * topic, or a scope of its own (format 1.1) that narrows something down.
   */
  static boolean specific(PerformanceAgreement agreement) {
    return !agreement.getGoalIds().isEmpty() || !agreement.getRelatedAgreementIds().isEmpty()
        || agreement.getTopic().isPresent()
        || agreement.getScope().filter(scope -> !scope.empty()).isPresent();
  }

  /**
   * Measurable: a target with its unit and an indicator that follows it — its own, or those of a
   * goal it serves. A procesafspraak is measured by its rhythm instead: a cycle with a frequency
   * ("2× per jaar bestuurlijk overleg") is measurable as it stands.
   */
  static boolean measurable(PerformanceAgreement agreement, RuleContext context) {
    if (agreement.isOfType(AgreementType.PROCESAFSPRAAK)
        && agreement.getProcessTerms().flatMap(ProcessTerms::getFrequency).isPresent()) {
      return true;
    }
    boolean target = agreement.getTarget().isPresent()
        || viaGoals(agreement, context, goal -> goal.getTarget().isPresent());
    return target && (!agreement.getIndicatorIds().isEmpty()
        || viaGoals(agreement, context,
            goal -> goal.getIndicator().isPresent() || goal.getIndicatorId().isPresent()));
  }

  /**
   * Whether a goal the agreement serves has {@code property}. An agreement validated on its own
   * that names goals cannot be judged on them, so it passes: rules skip what needs the vision.
   */
  private static boolean viaGoals(PerformanceAgreement agreement, RuleContext context,
      Predicate<Goal> property) {
    if (agreement.getGoalIds().isEmpty()) {
      return false;
    }
    return context.vision().map(vision -> VisionIndex.of(vision, context))
        .map(index -> agreement.getGoalIds().stream()
            .anyMatch(id -> index.goal(id).filter(property).isPresent()))
        .orElse(true);
  }

  /** Acceptable: some party leads or carries it out, not only signs it. */
  static boolean owned(PerformanceAgreement agreement) {
    return agreement.getParties().stream()
        .anyMatch(party -> party.getRoles().stream().anyMatch(OWNING::contains));
  }

  /** Time-bound: it has a deadline or runs for a period. */
  static boolean timeBound(PerformanceAgreement agreement) {
    return agreement.getDeadline().isPresent() || agreement.getPeriod().isPresent();
  }
}
