package nl.woonzorg.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.cooperation.Cooperation;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.validation.RuleContext;

/**
 * Every id a vision declares and every id it refers to, each with where it is written, in
 * document order. The identity and reference rules are built on it. Immutable; worked out once
 * per validation call ({@link #of}) and shared by the rules of that call.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Identities {

  private static final Memo.Fact<Identities> FACT = Memo.Fact.of(Identities::new);

  /** An id as declared or referred to. Immutable. */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public static final class Occurrence {

    private final ObjectKind kind;
    private final String id;
    private final Path path;

    Occurrence(ObjectKind kind, String id, Path path) {
      this.kind = kind;
      this.id = id;
      this.path = path;
    }

    /** The kind of object the id names. */
    public ObjectKind kind() {
      return kind;
    }

    /** The id. */
    public String id() {
      return id;
    }

    /** Where the id is written; built anew on each call, as only a reported id needs it. */
    public JsonPointer location() {
      return path.toPointer();
    }
  }

  /**
   * A JSON Pointer not yet built: a vision has thousands of ids and references, and building a
   * pointer for each, with an index turned into text at every array, was a sixth of the time it
   * took to validate a clean vision, which reports none of them.
   */
  static final class Path {

    private final @Nullable Path parent;
    private final @Nullable String property;
    private final int index;

    private Path(@Nullable Path parent, @Nullable String property, int index) {
      this.parent = parent;
      this.property = property;
      this.index = index;
    }

    /** The path of the given properties from the vision's root. */
    static Path of(String... properties) {
      Path path = new Path(null, properties[0], 0);
      for (int i = 1; i < properties.length; i++) {
        path = path.append(properties[i]);
      }
      return path;
    }

    /** This path extended by the property {@code name}. */
    Path append(String name) {
      return new Path(this, name, 0);
    }

    /** This path extended by the array index {@code i}. */
    Path append(int i) {
      return new Path(this, null, i);
    }

    JsonPointer toPointer() {
      JsonPointer at = parent == null ? JsonPointer.root() : parent.toPointer();
      return property == null ? at.append(index) : at.append(property);
    }
  }

  private final List<Occurrence> declared;
  private final List<Occurrence> referenced;
  private final Map<ObjectKind, Set<String>> declaredIds = new EnumMap<>(ObjectKind.class);

  private Identities(HousingCareVision vision) {
    this.declared = List.copyOf(declaredIn(vision));
    this.referenced = List.copyOf(referencedIn(vision));
    for (Occurrence occurrence : declared) {
      declaredIds.computeIfAbsent(occurrence.kind(), kind -> new HashSet<>()).add(occurrence.id());
    }
  }

  /** The identities of {@code vision}, from the memo of the call that {@code context} is of. */
  public static Identities of(HousingCareVision vision, RuleContext context) {
    return Memo.get(FACT, vision, context);
  }

  /** The ids the vision declares, in document order; an immutable list. */
  public List<Occurrence> declared() {
    return declared;
  }

  /** The ids the vision refers to, in document order; an immutable list. */
  public List<Occurrence> referenced() {
    return referenced;
  }

  /** Whether the vision declares an object of {@code kind} with id {@code id}. */
  public boolean declares(ObjectKind kind, String id) {
    Set<String> ids = declaredIds.get(kind);
    return ids != null && ids.contains(id);
  }

  private static List<Occurrence> declaredIn(HousingCareVision vision) {
    List<Occurrence> out = new ArrayList<>();
    out.add(
        new Occurrence(ObjectKind.AREA, vision.getArea().getId(), Path.of("area", "id")));
    ids(out, ObjectKind.AREA, Path.of("areas"), vision.getAreas(), Area::getId);
    ids(out, ObjectKind.PARTY, Path.of("parties"), vision.getParties(), p -> p.getId());
    ids(out, ObjectKind.AMBITION, Path.of("ambitions"), vision.getAmbitions(),
        a -> a.getId());
    ids(out, ObjectKind.GOAL, Path.of("goals"), vision.getGoals(), Goal::getId);
    ids(out, ObjectKind.AGREEMENT, Path.of("agreements"), vision.getAgreements(),
        PerformanceAgreement::getId);
    vision.getAnalysis().ifPresent(analysis -> {
      Path at = Path.of("analysis");
      ids(out, ObjectKind.FIGURE, at.append("figures"), analysis.getFigures(), f -> f.getId());
      ids(out, ObjectKind.BOTTLENECK, at.append("bottlenecks"), analysis.getBottlenecks(),
          b -> b.getId());
      ids(out, ObjectKind.ANALYSIS_FINDING, at.append("findings"), analysis.getFindings(),
          f -> f.getId());
      ids(out, ObjectKind.SOURCE, at.append("sources"), analysis.getSources(), s -> s.getId());
    });
    vision.getVision().ifPresent(statement -> {
      Path at = Path.of("vision");
      ids(out, ObjectKind.PRINCIPLE, at.append("principles"), statement.getPrinciples(),
          p -> p.getId());
      ids(out, ObjectKind.THEME, at.append("themes"), statement.getThemes(), t -> t.getId());
    });
    vision.getCooperation().ifPresent(cooperation -> {
      Path at = Path.of("cooperation");
      ids(out, ObjectKind.COVENANT, at.append("covenants"), cooperation.getCovenants(),
          c -> c.getId());
      ids(out, ObjectKind.CONSULTATION, at.append("consultations"),
          cooperation.getConsultations(), c -> c.getId());
    });
    vision.getProgramme().ifPresent(programme -> ids(out, ObjectKind.ACTIVITY,
        Path.of("programme", "activities"), programme.getActivities(), Activity::getId));
    vision.getMonitoring().ifPresent(monitoring -> ids(out, ObjectKind.INDICATOR,
        Path.of("monitoring", "indicators"), monitoring.getIndicators(), i -> i.getId()));
    return out;
  }

  private static List<Occurrence> referencedIn(HousingCareVision vision) {
    List<Occurrence> out = new ArrayList<>();
    area(out, vision.getArea(), Path.of("area"));
    for (int i = 0; i < vision.getAreas().size(); i++) {
      area(out, vision.getAreas().get(i), Path.of("areas").append(i));
    }
    for (int i = 0; i < vision.getParties().size(); i++) {
      one(out, ObjectKind.AREA, Path.of("parties").append(i).append("areaId"),
          vision.getParties().get(i).getAreaId());
    }
    for (int i = 0; i < vision.getAmbitions().size(); i++) {
      one(out, ObjectKind.THEME, Path.of("ambitions").append(i).append("themeId"),
          vision.getAmbitions().get(i).getThemeId());
    }
    for (int i = 0; i < vision.getGoals().size(); i++) {
      goal(out, vision.getGoals().get(i), Path.of("goals").append(i));
    }
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      agreement(out, vision.getAgreements().get(i), Path.of("agreements").append(i));
    }
    vision.getAnalysis().ifPresent(a -> analysis(out, a, Path.of("analysis")));
    vision.getCooperation().ifPresent(c -> cooperation(out, c, Path.of("cooperation")));
    vision.getProgramme().ifPresent(programme -> {
      Path at = Path.of("programme", "activities");
      for (int i = 0; i < programme.getActivities().size(); i++) {
        activity(out, programme.getActivities().get(i), at.append(i));
      }
    });
    vision.getMonitoring().ifPresent(m -> monitoring(out, m, Path.of("monitoring")));
    return out;
  }

  private static void area(List<Occurrence> out, Area area, Path at) {
    one(out, ObjectKind.AREA, at.append("parentId"), area.getParentId());
    many(out, ObjectKind.AREA, at.append("memberIds"), area.getMemberIds());
  }

  private static void goal(List<Occurrence> out, Goal goal, Path at) {
    one(out, ObjectKind.AMBITION, at.append("ambitionId"), goal.getAmbitionId());
    one(out, ObjectKind.INDICATOR, at.append("indicatorId"), goal.getIndicatorId());
    many(out, ObjectKind.AREA, at.append("scope").append("areaIds"), goal.getScope().getAreaIds());
    many(out, ObjectKind.PARTY, at.append("ownerPartyIds"), goal.getOwnerPartyIds());
    breakdowns(out, goal.getBreakdowns(), at.append("breakdowns"));
  }

  private static void agreement(List<Occurrence> out, PerformanceAgreement agreement,
      Path at) {
    for (int i = 0; i < agreement.getParties().size(); i++) {
      out.add(new Occurrence(ObjectKind.PARTY, agreement.getParties().get(i).getPartyId(),
          at.append("parties").append(i).append("partyId")));
    }
    many(out, ObjectKind.GOAL, at.append("goalIds"), agreement.getGoalIds());
    for (int i = 0; i < agreement.getMeasures().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("measures").append(i).append("partyIds"),
          agreement.getMeasures().get(i).getPartyIds());
    }
    agreement.getGuaranteeTerms().ifPresent(terms -> many(out, ObjectKind.PARTY,
        at.append("guaranteeTerms").append("costBearerPartyIds"), terms.getCostBearerPartyIds()));
    agreement.getTransactionTerms().ifPresent(terms -> {
      for (int i = 0; i < terms.getExchanges().size(); i++) {
        out.add(new Occurrence(ObjectKind.PARTY, terms.getExchanges().get(i).getPartyId(),
            at.append("transactionTerms").append("exchanges").append(i).append("partyId")));
      }
    });
    many(out, ObjectKind.AGREEMENT, at.append("relatedAgreementIds"),
        agreement.getRelatedAgreementIds());
    many(out, ObjectKind.COVENANT, at.append("covenantIds"), agreement.getCovenantIds());
    many(out, ObjectKind.INDICATOR, at.append("indicatorIds"), agreement.getIndicatorIds());
  }

  private static void analysis(List<Occurrence> out, Analysis analysis, Path at) {
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

  private static void cooperation(List<Occurrence> out, Cooperation cooperation, Path at) {
    many(out, ObjectKind.PARTY, at.append("partnerIds"), cooperation.getPartnerIds());
    for (int i = 0; i < cooperation.getCovenants().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("covenants").append(i).append("partyIds"),
          cooperation.getCovenants().get(i).getPartyIds());
    }
    for (int i = 0; i < cooperation.getConsultations().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("consultations").append(i).append("partyIds"),
          cooperation.getConsultations().get(i).getPartyIds());
    }
  }

  private static void activity(List<Occurrence> out, Activity activity, Path at) {
    one(out, ObjectKind.PARTY, at.append("responsiblePartyId"), activity.getResponsiblePartyId());
    many(out, ObjectKind.PARTY, at.append("involvedPartyIds"), activity.getInvolvedPartyIds());
    activity.getBudget().ifPresent(budget -> one(out, ObjectKind.PARTY,
        at.append("budget").append("financierPartyId"), budget.getFinancierPartyId()));
    breakdowns(out, activity.getBreakdowns(), at.append("breakdowns"));
    one(out, ObjectKind.AREA, at.append("areaId"), activity.getAreaId());
    many(out, ObjectKind.GOAL, at.append("goalIds"), activity.getGoalIds());
    many(out, ObjectKind.AGREEMENT, at.append("agreementIds"), activity.getAgreementIds());
  }

  private static void monitoring(List<Occurrence> out, Monitoring monitoring, Path at) {
    for (int i = 0; i < monitoring.getIndicators().size(); i++) {
      Path indicator = at.append("indicators").append(i);
      one(out, ObjectKind.AREA, indicator.append("areaId"),
          monitoring.getIndicators().get(i).getAreaId());
      many(out, ObjectKind.GOAL, indicator.append("goalIds"),
          monitoring.getIndicators().get(i).getGoalIds());
    }
    for (int i = 0; i < monitoring.getMeasurements().size(); i++) {
      Path measurement = at.append("measurements").append(i);
      out.add(new Occurrence(ObjectKind.INDICATOR,
          monitoring.getMeasurements().get(i).getIndicatorId(), measurement.append("indicatorId")));
      one(out, ObjectKind.AREA, measurement.append("areaId"),
          monitoring.getMeasurements().get(i).getAreaId());
    }
    for (int i = 0; i < monitoring.getThresholds().size(); i++) {
      out.add(new Occurrence(ObjectKind.INDICATOR,
          monitoring.getThresholds().get(i).getIndicatorId(),
          at.append("thresholds").append(i).append("indicatorId")));
    }
    for (int i = 0; i < monitoring.getEvaluationMoments().size(); i++) {
      many(out, ObjectKind.PARTY, at.append("evaluationMoments").append(i).append("partyIds"),
          monitoring.getEvaluationMoments().get(i).getPartyIds());
    }
  }

  private static void breakdowns(List<Occurrence> out, List<Breakdown> breakdowns, Path at) {
    for (int i = 0; i < breakdowns.size(); i++) {
      List<BreakdownPart> parts = breakdowns.get(i).getParts();
      for (int j = 0; j < parts.size(); j++) {
        Path part = at.append(i).append("parts").append(j);
        one(out, ObjectKind.AREA, part.append("areaId"), parts.get(j).getAreaId());
        one(out, ObjectKind.PARTY, part.append("partyId"), parts.get(j).getPartyId());
      }
    }
  }

  private static <T> void ids(List<Occurrence> out, ObjectKind kind, Path at,
      List<T> items, Function<T, String> id) {
    for (int i = 0; i < items.size(); i++) {
      out.add(new Occurrence(kind, id.apply(items.get(i)), at.append(i).append("id")));
    }
  }

  private static void one(List<Occurrence> out, ObjectKind kind, Path at,
      Optional<String> id) {
    id.ifPresent(value -> out.add(new Occurrence(kind, value, at)));
  }

  /** A list or a set, each element at its position in iteration order, as the wire form has it. */
  private static void many(List<Occurrence> out, ObjectKind kind, Path at,
      Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      out.add(new Occurrence(kind, id, at.append(i++)));
    }
  }
}
