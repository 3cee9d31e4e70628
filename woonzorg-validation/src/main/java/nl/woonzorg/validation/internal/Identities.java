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
    // Both walks go without pointers: nearly every id is declared once and every reference
    // resolves, and a pointer made for each of them was most of what the walks allocated. Only
    // a vision with a duplicate is walked again, for the places of its duplicates.
    Set<ObjectKind> declaredTwice = EnumSet.noneOf(ObjectKind.class);
    declare(Path.NOWHERE, (kind, id, at) -> declaredTwice.add(kind));
    if (declaredTwice.isEmpty()) {
      duplicates = List.of();
    } else {
      declared.clear();
      List<Occurrence> again = new ArrayList<>();
      declare(Path.ROOT, (kind, id, at) -> again.add(new Occurrence(kind, id, at.pointer())));
      duplicates = List.copyOf(again);
    }
    // One walk now tells the six reference rules whether theirs need walking at all: in a
    // conforming vision none does, and each walk costs as much as the rest of a rule pass.
    walkUnresolved(Path.NOWHERE, kind -> true, (kind, id, at) -> unresolvedKinds.add(kind));
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
      walkUnresolved(Path.ROOT, kinds,
          (kind, id, at) -> action.accept(new Occurrence(kind, id, at.pointer())));
    }
  }

  /** Adds every declared id to its kind's set, and hands {@code again} those already in it. */
  private void declare(Path root, References again) {
    declaredIn(vision, root, (kind, id, at) -> {
      if (!declared.computeIfAbsent(kind, k -> new HashSet<>()).add(id)) {
        again.accept(kind, id, at);
      }
    });
  }

  private void walkUnresolved(Path root, Predicate<ObjectKind> kinds, References action) {
    referencedIn(vision, root, (kind, id, at) -> {
      if (kinds.test(kind)) {
        Set<String> ofKind = declared.get(kind);
        if (ofKind == null || !ofKind.contains(id)) {
          action.accept(kind, id, at);
        }
      }
    });
  }

  /** Takes the ids a walk passes: their kind, the id and where it is written. */
  @FunctionalInterface
  private interface References {
    void accept(ObjectKind kind, String id, Path at);
  }

  /**
   * Where a walk is: a JSON Pointer from the vision's root, or nowhere, for a walk that needs no
   * places and so makes no pointers.
   */
  private interface Path {

    Path ROOT = new Placed(JsonPointer.root());
    Path NOWHERE = Nowhere.INSTANCE;

    Path append(String token);

    Path append(int index);

    /** The pointer of this place; only a walk from {@link #ROOT} has one. */
    JsonPointer pointer();
  }

  private record Placed(JsonPointer pointer) implements Path {

    @Override
    public Path append(String token) {
      return new Placed(pointer.append(token));
    }

    @Override
    public Path append(int index) {
      return new Placed(pointer.append(index));
    }
  }

  private enum Nowhere implements Path {
    INSTANCE;

    @Override
    public Path append(String token) {
      return this;
    }

    @Override
    public Path append(int index) {
      return this;
    }

    @Override
    public JsonPointer pointer() {
      throw new IllegalStateException("a walk without places has no pointers");
    }
  }

  private static void declaredIn(HousingCareVision vision, Path root, References out) {
    out.accept(ObjectKind.AREA, vision.getArea().getId(), root.append("area").append("id"));
    ids(out, ObjectKind.AREA, root.append("areas"), vision.getAreas(), Area::getId);
    ids(out, ObjectKind.PARTY, root.append("parties"), vision.getParties(), p -> p.getId());
    ids(out, ObjectKind.AMBITION, root.append("ambitions"), vision.getAmbitions(),
        a -> a.getId());
    ids(out, ObjectKind.GOAL, root.append("goals"), vision.getGoals(), Goal::getId);
    ids(out, ObjectKind.AGREEMENT, root.append("agreements"), vision.getAgreements(),
        PerformanceAgreement::getId);
    vision.getAnalysis().ifPresent(analysis -> {
      Path at = root.append("analysis");
      ids(out, ObjectKind.FIGURE, at.append("figures"), analysis.getFigures(), f -> f.getId());
      ids(out, ObjectKind.BOTTLENECK, at.append("bottlenecks"), analysis.getBottlenecks(),
          b -> b.getId());
      ids(out, ObjectKind.ANALYSIS_FINDING, at.append("findings"), analysis.getFindings(),
          f -> f.getId());
      ids(out, ObjectKind.SOURCE, at.append("sources"), analysis.getSources(), s -> s.getId());
    });
    vision.getVision().ifPresent(statement -> {
      Path at = root.append("vision");
      ids(out, ObjectKind.PRINCIPLE, at.append("principles"), statement.getPrinciples(),
          p -> p.getId());
      ids(out, ObjectKind.THEME, at.append("themes"), statement.getThemes(), t -> t.getId());
    });
    vision.getCooperation().ifPresent(cooperation -> {
      Path at = root.append("cooperation");
      ids(out, ObjectKind.COVENANT, at.append("covenants"), cooperation.getCovenants(),
          c -> c.getId());
      ids(out, ObjectKind.CONSULTATION, at.append("consultations"),
          cooperation.getConsultations(), c -> c.getId());
    });
    vision.getProgramme().ifPresent(programme -> ids(out, ObjectKind.ACTIVITY,
        root.append("programme").append("activities"), programme.getActivities(), Activity::getId));
    vision.getMonitoring().ifPresent(monitoring -> ids(out, ObjectKind.INDICATOR,
        root.append("monitoring").append("indicators"), monitoring.getIndicators(), i -> i.getId()));
  }

  private static void referencedIn(HousingCareVision vision, Path root, References out) {
    area(out, vision.getArea(), root.append("area"));
    for (int i = 0; i < vision.getAreas().size(); i++) {
      area(out, vision.getAreas().get(i), root.append("areas").append(i));
    }
    for (int i = 0; i < vision.getParties().size(); i++) {
      Path party = root.append("parties").append(i);
      one(out, ObjectKind.AREA, party.append("areaId"), vision.getParties().get(i).getAreaId());
      vision.getParties().get(i).getCollective().ifPresent(collective -> many(out,
          ObjectKind.PARTY, party.append("collective").append("memberPartyIds"),
          collective.getMemberPartyIds()));
    }
    for (int i = 0; i < vision.getAmbitions().size(); i++) {
      one(out, ObjectKind.THEME, root.append("ambitions").append(i).append("themeId"),
          vision.getAmbitions().get(i).getThemeId());
    }
    for (int i = 0; i < vision.getGoals().size(); i++) {
      goal(out, vision.getGoals().get(i), root.append("goals").append(i));
    }
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      agreement(out, vision.getAgreements().get(i), root.append("agreements").append(i));
    }
    vision.getAnalysis().ifPresent(a -> analysis(out, a, root.append("analysis")));
    vision.getCooperation().ifPresent(c -> cooperation(out, c, root.append("cooperation")));
    vision.getProgramme().ifPresent(programme -> {
      Path at = root.append("programme").append("activities");
      for (int i = 0; i < programme.getActivities().size(); i++) {
        activity(out, programme.getActivities().get(i), at.append(i));
      }
    });
    vision.getMonitoring().ifPresent(m -> monitoring(out, m, root.append("monitoring")));
    links(out, vision.getLinks(), root.append("links"));
  }

  /**
   * The parties of the linking document that made, helped make or are to make each linked one
   * (format 1.1): parties of the document that holds the link, wherever in it the link is.
   */
  private static void links(References out, List<DocumentLink> links, Path at) {
    for (int i = 0; i < links.size(); i++) {
      many(out, ObjectKind.PARTY, at.append(i).append("partyIds"), links.get(i).getPartyIds());
    }
  }

  private static void area(References out, Area area, Path at) {
    one(out, ObjectKind.AREA, at.append("parentId"), area.getParentId());
    many(out, ObjectKind.AREA, at.append("memberIds"), area.getMemberIds());
  }

  private static void goal(References out, Goal goal, Path at) {
    one(out, ObjectKind.AMBITION, at.append("ambitionId"), goal.getAmbitionId());
    one(out, ObjectKind.GOAL, at.append("additionalToGoalId"), goal.getAdditionalToGoalId());
    one(out, ObjectKind.INDICATOR, at.append("indicatorId"), goal.getIndicatorId());
    many(out, ObjectKind.AREA, at.append("scope").append("areaIds"), goal.getScope().getAreaIds());
    many(out, ObjectKind.PARTY, at.append("ownerPartyIds"), goal.getOwnerPartyIds());
    breakdowns(out, goal.getBreakdowns(), at.append("breakdowns"));
  }

  private static void agreement(References out, PerformanceAgreement agreement,
      Path at) {
    for (int i = 0; i < agreement.getParties().size(); i++) {
      out.accept(ObjectKind.PARTY, agreement.getParties().get(i).getPartyId(),
          at.append("parties").append(i).append("partyId"));
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
        out.accept(ObjectKind.PARTY, terms.getExchanges().get(i).getPartyId(),
            at.append("transactionTerms").append("exchanges").append(i).append("partyId"));
      }
    });
    many(out, ObjectKind.AGREEMENT, at.append("relatedAgreementIds"),
        agreement.getRelatedAgreementIds());
    many(out, ObjectKind.COVENANT, at.append("covenantIds"), agreement.getCovenantIds());
    many(out, ObjectKind.INDICATOR, at.append("indicatorIds"), agreement.getIndicatorIds());
    links(out, agreement.getLinks(), at.append("links"));
  }

  private static void analysis(References out, Analysis analysis, Path at) {
    for (int i = 0; i < analysis.getFigures().size(); i++) {
      Path figure = at.append("figures").append(i);
      one(out, ObjectKind.AREA, figure.append("areaId"), analysis.getFigures().get(i).getAreaId());
      one(out, ObjectKind.SOURCE, figure.append("sourceId"),
          analysis.getFigures().get(i).getSourceId());
    }
    for (int i = 0; i < analysis.getBottlenecks().size(); i++) {
      many(out, ObjectKind.AREA, at.append("bottlenecks").append(i).append("areaIds"),
          analysis.getBottlenecks().get(i).getAreaIds());
    }
    for (int i = 0; i < analysis.getFindings().size(); i++) {
      Path finding = at.append("findings").append(i);
      many(out, ObjectKind.AREA, finding.append("areaIds"),
          analysis.getFindings().get(i).getAreaIds());
      one(out, ObjectKind.SOURCE, finding.append("sourceId"),
          analysis.getFindings().get(i).getSourceId());
    }
  }

  private static void cooperation(References out, Cooperation cooperation, Path at) {
    many(out, ObjectKind.PARTY, at.append("partnerIds"), cooperation.getPartnerIds());
    for (int i = 0; i < cooperation.getCovenants().size(); i++) {
      Path covenant = at.append("covenants").append(i);
      many(out, ObjectKind.PARTY, covenant.append("partyIds"),
          cooperation.getCovenants().get(i).getPartyIds());
      links(out, cooperation.getCovenants().get(i).getLinks(), covenant.append("links"));
    }
    for (int i = 0; i < cooperation.getConsultations().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("consultations").append(i).append("partyIds"),
          cooperation.getConsultations().get(i).getPartyIds());
    }
  }

  private static void activity(References out, Activity activity, Path at) {
    one(out, ObjectKind.PARTY, at.append("responsiblePartyId"), activity.getResponsiblePartyId());
    many(out, ObjectKind.PARTY, at.append("involvedPartyIds"), activity.getInvolvedPartyIds());
    activity.getBudget().ifPresent(budget -> one(out, ObjectKind.PARTY,
        at.append("budget").append("financierPartyId"), budget.getFinancierPartyId()));
    breakdowns(out, activity.getBreakdowns(), at.append("breakdowns"));
    one(out, ObjectKind.AREA, at.append("areaId"), activity.getAreaId());
    many(out, ObjectKind.GOAL, at.append("goalIds"), activity.getGoalIds());
    many(out, ObjectKind.AGREEMENT, at.append("agreementIds"), activity.getAgreementIds());
  }

  private static void monitoring(References out, Monitoring monitoring, Path at) {
    for (int i = 0; i < monitoring.getIndicators().size(); i++) {
      Path indicator = at.append("indicators").append(i);
      one(out, ObjectKind.AREA, indicator.append("areaId"),
          monitoring.getIndicators().get(i).getAreaId());
      many(out, ObjectKind.GOAL, indicator.append("goalIds"),
          monitoring.getIndicators().get(i).getGoalIds());
    }
    for (int i = 0; i < monitoring.getMeasurements().size(); i++) {
      Path measurement = at.append("measurements").append(i);
      out.accept(ObjectKind.INDICATOR,
          monitoring.getMeasurements().get(i).getIndicatorId(), measurement.append("indicatorId"));
      one(out, ObjectKind.AREA, measurement.append("areaId"),
          monitoring.getMeasurements().get(i).getAreaId());
    }
    for (int i = 0; i < monitoring.getThresholds().size(); i++) {
      out.accept(ObjectKind.INDICATOR,
          monitoring.getThresholds().get(i).getIndicatorId(),
          at.append("thresholds").append(i).append("indicatorId"));
    }
    for (int i = 0; i < monitoring.getEvaluationMoments().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("evaluationMoments").append(i).append("partyIds"),
          monitoring.getEvaluationMoments().get(i).getPartyIds());
    }
  }

  private static void breakdowns(References out, List<Breakdown> breakdowns, Path at) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<BreakdownPart> parts = breakdowns.get(i).getParts();
      Path partsAt = at.append(i).append("parts");
      for (int j = 0; j < parts.size(); j++) {
        Path part = partsAt.append(j);
        one(out, ObjectKind.AREA, part.append("areaId"), parts.get(j).getAreaId());
        one(out, ObjectKind.PARTY, part.append("partyId"), parts.get(j).getPartyId());
      }
    }
  }

  private static <T> void ids(References out, ObjectKind kind, Path at,
      List<T> items, Function<T, String> id) {
    for (int i = 0; i < items.size(); i++) {
      out.accept(kind, id.apply(items.get(i)), at.append(i).append("id"));
    }
  }

  private static void one(References out, ObjectKind kind, Path at,
      Optional<String> id) {
    if (id.isPresent()) {
      out.accept(kind, id.get(), at);
    }
  }

  /** A list or a set, each element at its position in iteration order, as the wire form has it. */
  private static void many(References out, ObjectKind kind, Path at,
      Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      out.accept(kind, id, at.append(i++));
    }
  }
}
