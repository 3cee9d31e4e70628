package nl.woonzorg.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.validation.rule.RuleContext;
import org.apiguardian.api.API;

/**
 * The ids a vision declares more than once, and every id it refers to that names nothing declared,
 * each with where it is written, in document order. The identity and reference rules are built on it.
 * Immutable; worked out once per validation call ({@link #of}) and shared by the rules of that
 * call.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Identities {

  private static final Memo.Fact<Identities> FACT = Memo.Fact.of(Identities::new);

  /**
   * An id as declared or referred to. Immutable.
   *
   * @param kind the kind of object the id names
   * @param id the id
   * @param location where the id is written
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public record Occurrence(ObjectKind kind, String id, JsonPointer location) {}

  private final HousingCareVision vision;
  private final Map<ObjectKind, Set<String>> declared = new EnumMap<>(ObjectKind.class);
  private final List<Occurrence> duplicates;
  private final Set<ObjectKind> unresolvedKinds = EnumSet.noneOf(ObjectKind.class);

  private Identities(HousingCareVision vision) {
    this.vision = vision;
    List<Occurrence> again = new ArrayList<>();
    declaredIn(vision, occurrence -> {
      if (!declared.computeIfAbsent(occurrence.kind(), kind -> new HashSet<>())
          .add(occurrence.id())) {
        again.add(occurrence);
      }
    });
    duplicates = List.copyOf(again);
    // One walk now tells the six reference rules whether theirs need walking at all: in a
    // conforming vision none does, and each walk costs as much as the rest of a rule pass.
    walkUnresolved(kind -> true, reference -> unresolvedKinds.add(reference.kind()));
  }

  /** The identities of {@code vision}, from the memo of the call that {@code context} is of. */
  public static Identities of(HousingCareVision vision, RuleContext context) {
    return Memo.get(FACT, vision, context);
  }

  /**
   * The declarations of an id that the vision has already declared for an object of the same
   * kind, in document order; an immutable list.
   */
  public List<Occurrence> duplicates() {
    return duplicates;
  }

  /**
   * Hands {@code action} the references of the given kinds that name no object of their kind that
   * the vision declares, in document order. The six reference rules each take their kinds from it.
   * The references are not kept but walked anew on a call for kinds that have an unresolved one:
   * a vision may refer to a million ids of nothing, and each of those rules reports only the first
   * of them.
   */
  public void forEachUnresolved(Predicate<ObjectKind> kinds, Consumer<Occurrence> action) {
    if (unresolvedKinds.stream().anyMatch(kinds)) {
      walkUnresolved(kinds, action);
    }
  }

  private void walkUnresolved(Predicate<ObjectKind> kinds, Consumer<Occurrence> action) {
    referencedIn(vision, reference -> {
      if (kinds.test(reference.kind())) {
        Set<String> ofKind = declared.get(reference.kind());
        if (ofKind == null || !ofKind.contains(reference.id())) {
          action.accept(reference);
        }
      }
    });
  }

  private static void declaredIn(HousingCareVision vision, Consumer<Occurrence> out) {
    out.accept(
        new Occurrence(ObjectKind.AREA, vision.getArea().getId(), JsonPointer.of("area", "id")));
    ids(out, ObjectKind.AREA, JsonPointer.of("areas"), vision.getAreas(), Area::getId);
    ids(out, ObjectKind.PARTY, JsonPointer.of("parties"), vision.getParties(), p -> p.getId());
    ids(out, ObjectKind.AMBITION, JsonPointer.of("ambitions"), vision.getAmbitions(),
        a -> a.getId());
    ids(out, ObjectKind.GOAL, JsonPointer.of("goals"), vision.getGoals(), Goal::getId);
    ids(out, ObjectKind.AGREEMENT, JsonPointer.of("agreements"), vision.getAgreements(),
        PerformanceAgreement::getId);
    vision.getAnalysis().ifPresent(analysis -> {
      JsonPointer at = JsonPointer.of("analysis");
      ids(out, ObjectKind.FIGURE, at.append("figures"), analysis.getFigures(), f -> f.getId());
      ids(out, ObjectKind.BOTTLENECK, at.append("bottlenecks"), analysis.getBottlenecks(),
          b -> b.getId());
      ids(out, ObjectKind.ANALYSIS_FINDING, at.append("findings"), analysis.getFindings(),
          f -> f.getId());
      ids(out, ObjectKind.SOURCE, at.append("sources"), analysis.getSources(), s -> s.getId());
    });
    vision.getVision().ifPresent(statement -> {
      JsonPointer at = JsonPointer.of("vision");
      ids(out, ObjectKind.PRINCIPLE, at.append("principles"), statement.getPrinciples(),
          p -> p.getId());
      ids(out, ObjectKind.THEME, at.append("themes"), statement.getThemes(), t -> t.getId());
    });
    vision.getCooperation().ifPresent(cooperation -> {
      JsonPointer at = JsonPointer.of("cooperation");
      ids(out, ObjectKind.COVENANT, at.append("covenants"), cooperation.getCovenants(),
          c -> c.getId());
      ids(out, ObjectKind.CONSULTATION, at.append("consultations"),
          cooperation.getConsultations(), c -> c.getId());
    });
    vision.getProgramme().ifPresent(programme -> ids(out, ObjectKind.ACTIVITY,
        JsonPointer.of("programme", "activities"), programme.getActivities(), Activity::getId));
    vision.getMonitoring().ifPresent(monitoring -> ids(out, ObjectKind.INDICATOR,
        JsonPointer.of("monitoring", "indicators"), monitoring.getIndicators(), i -> i.getId()));
  }

  private static void referencedIn(HousingCareVision vision, Consumer<Occurrence> out) {
    area(out, vision.getArea(), JsonPointer.of("area"));
    for (int i = 0; i < vision.getAreas().size(); i++) {
      area(out, vision.getAreas().get(i), JsonPointer.of("areas").append(i));
    }
    for (int i = 0; i < vision.getParties().size(); i++) {
      JsonPointer party = JsonPointer.of("parties").append(i);
      one(out, ObjectKind.AREA, party.append("areaId"), vision.getParties().get(i).getAreaId());
      vision.getParties().get(i).getCollective().ifPresent(collective -> many(out,
          ObjectKind.PARTY, party.append("collective").append("memberPartyIds"),
          collective.getMemberPartyIds()));
    }
    for (int i = 0; i < vision.getAmbitions().size(); i++) {
      one(out, ObjectKind.THEME, JsonPointer.of("ambitions").append(i).append("themeId"),
          vision.getAmbitions().get(i).getThemeId());
    }
    for (int i = 0; i < vision.getGoals().size(); i++) {
      goal(out, vision.getGoals().get(i), JsonPointer.of("goals").append(i));
    }
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      agreement(out, vision.getAgreements().get(i), JsonPointer.of("agreements").append(i));
    }
    vision.getAnalysis().ifPresent(a -> analysis(out, a, JsonPointer.of("analysis")));
    vision.getCooperation().ifPresent(c -> cooperation(out, c, JsonPointer.of("cooperation")));
    vision.getProgramme().ifPresent(programme -> {
      JsonPointer at = JsonPointer.of("programme", "activities");
      for (int i = 0; i < programme.getActivities().size(); i++) {
        activity(out, programme.getActivities().get(i), at.append(i));
      }
    });
    vision.getMonitoring().ifPresent(m -> monitoring(out, m, JsonPointer.of("monitoring")));
    links(out, vision.getLinks(), JsonPointer.of("links"));
  }

  /**
   * The parties of the linking document that made, helped make or are to make each linked one
   * (format 1.1): parties of the document that holds the link, wherever in it the link is.
   */
  private static void links(Consumer<Occurrence> out, List<DocumentLink> links, JsonPointer at) {
    for (int i = 0; i < links.size(); i++) {
      many(out, ObjectKind.PARTY, at.append(i).append("partyIds"), links.get(i).getPartyIds());
    }
  }

  private static void area(Consumer<Occurrence> out, Area area, JsonPointer at) {
    one(out, ObjectKind.AREA, at.append("parentId"), area.getParentId());
    many(out, ObjectKind.AREA, at.append("memberIds"), area.getMemberIds());
  }

  private static void goal(Consumer<Occurrence> out, Goal goal, JsonPointer at) {
    one(out, ObjectKind.AMBITION, at.append("ambitionId"), goal.getAmbitionId());
    one(out, ObjectKind.GOAL, at.append("additionalToGoalId"), goal.getAdditionalToGoalId());
    one(out, ObjectKind.INDICATOR, at.append("indicatorId"), goal.getIndicatorId());
    many(out, ObjectKind.AREA, at.append("scope").append("areaIds"), goal.getScope().getAreaIds());
    many(out, ObjectKind.PARTY, at.append("ownerPartyIds"), goal.getOwnerPartyIds());
    breakdowns(out, goal.getBreakdowns(), at.append("breakdowns"));
  }

  private static void agreement(Consumer<Occurrence> out, PerformanceAgreement agreement,
      JsonPointer at) {
    for (int i = 0; i < agreement.getParties().size(); i++) {
      out.accept(new Occurrence(ObjectKind.PARTY, agreement.getParties().get(i).getPartyId(),
          at.append("parties").append(i).append("partyId")));
    }
    many(out, ObjectKind.GOAL, at.append("goalIds"), agreement.getGoalIds());
    agreement.getScope().ifPresent(scope -> many(out, ObjectKind.AREA,
        at.append("scope").append("areaIds"), scope.getAreaIds()));
    for (int i = 0; i < agreement.getMeasures().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("measures").append(i).append("partyIds"),
          agreement.getMeasures().get(i).getPartyIds());
    }
    agreement.getGuaranteeTerms().ifPresent(terms -> many(out, ObjectKind.PARTY,
        at.append("guaranteeTerms").append("costBearerPartyIds"), terms.getCostBearerPartyIds()));
    agreement.getTransactionTerms().ifPresent(terms -> {
      for (int i = 0; i < terms.getExchanges().size(); i++) {
        out.accept(new Occurrence(ObjectKind.PARTY, terms.getExchanges().get(i).getPartyId(),
            at.append("transactionTerms").append("exchanges").append(i).append("partyId")));
      }
    });
    many(out, ObjectKind.AGREEMENT, at.append("relatedAgreementIds"),
        agreement.getRelatedAgreementIds());
    many(out, ObjectKind.COVENANT, at.append("covenantIds"), agreement.getCovenantIds());
    many(out, ObjectKind.INDICATOR, at.append("indicatorIds"), agreement.getIndicatorIds());
    links(out, agreement.getLinks(), at.append("links"));
  }

  private static void analysis(Consumer<Occurrence> out, Analysis analysis, JsonPointer at) {
    for (int i = 0; i < analysis.getFigures().size(); i++) {
      JsonPointer figure = at.append("figures").append(i);
      one(out, ObjectKind.AREA, figure.append("areaId"), analysis.getFigures().get(i).getAreaId());
      one(out, ObjectKind.SOURCE, figure.append("sourceId"),
          analysis.getFigures().get(i).getSourceId());
    }
    for (int i = 0; i < analysis.getBottlenecks().size(); i++) {
      many(out, ObjectKind.AREA, at.append("bottlenecks").append(i).append("areaIds"),
          analysis.getBottlenecks().get(i).getAreaIds());
    }
    for (int i = 0; i < analysis.getFindings().size(); i++) {
      JsonPointer finding = at.append("findings").append(i);
      many(out, ObjectKind.AREA, finding.append("areaIds"),
          analysis.getFindings().get(i).getAreaIds());
      one(out, ObjectKind.SOURCE, finding.append("sourceId"),
          analysis.getFindings().get(i).getSourceId());
    }
  }

  private static void cooperation(Consumer<Occurrence> out, Cooperation cooperation, JsonPointer at) {
    many(out, ObjectKind.PARTY, at.append("partnerIds"), cooperation.getPartnerIds());
    for (int i = 0; i < cooperation.getCovenants().size(); i++) {
      JsonPointer covenant = at.append("covenants").append(i);
      many(out, ObjectKind.PARTY, covenant.append("partyIds"),
          cooperation.getCovenants().get(i).getPartyIds());
      links(out, cooperation.getCovenants().get(i).getLinks(), covenant.append("links"));
    }
    for (int i = 0; i < cooperation.getConsultations().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("consultations").append(i).append("partyIds"),
          cooperation.getConsultations().get(i).getPartyIds());
    }
  }

  private static void activity(Consumer<Occurrence> out, Activity activity, JsonPointer at) {
    one(out, ObjectKind.PARTY, at.append("responsiblePartyId"), activity.getResponsiblePartyId());
    many(out, ObjectKind.PARTY, at.append("involvedPartyIds"), activity.getInvolvedPartyIds());
    activity.getBudget().ifPresent(budget -> one(out, ObjectKind.PARTY,
        at.append("budget").append("financierPartyId"), budget.getFinancierPartyId()));
    breakdowns(out, activity.getBreakdowns(), at.append("breakdowns"));
    one(out, ObjectKind.AREA, at.append("areaId"), activity.getAreaId());
    many(out, ObjectKind.GOAL, at.append("goalIds"), activity.getGoalIds());
    many(out, ObjectKind.AGREEMENT, at.append("agreementIds"), activity.getAgreementIds());
  }

  private static void monitoring(Consumer<Occurrence> out, Monitoring monitoring, JsonPointer at) {
    for (int i = 0; i < monitoring.getIndicators().size(); i++) {
      JsonPointer indicator = at.append("indicators").append(i);
      one(out, ObjectKind.AREA, indicator.append("areaId"),
          monitoring.getIndicators().get(i).getAreaId());
      many(out, ObjectKind.GOAL, indicator.append("goalIds"),
          monitoring.getIndicators().get(i).getGoalIds());
    }
    for (int i = 0; i < monitoring.getMeasurements().size(); i++) {
      JsonPointer measurement = at.append("measurements").append(i);
      out.accept(new Occurrence(ObjectKind.INDICATOR,
          monitoring.getMeasurements().get(i).getIndicatorId(), measurement.append("indicatorId")));
      one(out, ObjectKind.AREA, measurement.append("areaId"),
          monitoring.getMeasurements().get(i).getAreaId());
    }
    for (int i = 0; i < monitoring.getThresholds().size(); i++) {
      out.accept(new Occurrence(ObjectKind.INDICATOR,
          monitoring.getThresholds().get(i).getIndicatorId(),
          at.append("thresholds").append(i).append("indicatorId")));
    }
    for (int i = 0; i < monitoring.getEvaluationMoments().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("evaluationMoments").append(i).append("partyIds"),
          monitoring.getEvaluationMoments().get(i).getPartyIds());
    }
  }

  private static void breakdowns(Consumer<Occurrence> out, List<Breakdown> breakdowns, JsonPointer at) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<BreakdownPart> parts = breakdowns.get(i).getParts();
      JsonPointer partsAt = at.append(i).append("parts");
      for (int j = 0; j < parts.size(); j++) {
        JsonPointer part = partsAt.append(j);
        one(out, ObjectKind.AREA, part.append("areaId"), parts.get(j).getAreaId());
        one(out, ObjectKind.PARTY, part.append("partyId"), parts.get(j).getPartyId());
      }
    }
  }

  private static <T> void ids(Consumer<Occurrence> out, ObjectKind kind, JsonPointer at,
      List<T> items, Function<T, String> id) {
    for (int i = 0; i < items.size(); i++) {
      out.accept(new Occurrence(kind, id.apply(items.get(i)), at.append(i).append("id")));
    }
  }

  private static void one(Consumer<Occurrence> out, ObjectKind kind, JsonPointer at,
      Optional<String> id) {
    if (id.isPresent()) {
      out.accept(new Occurrence(kind, id.get(), at));
    }
  }

  /** A list or a set, each element at its position in iteration order, as the wire form has it. */
  private static void many(Consumer<Occurrence> out, ObjectKind kind, JsonPointer at,
      Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      out.accept(new Occurrence(kind, id, at.append(i++)));
    }
  }
}
