package nl.woonzorg.testkit.defect;

import nl.woonzorg.model.monitoring.Measurement;
import nl.woonzorg.model.monitoring.Monitoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.OwnerCategory;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.link.DocumentRelation;
import nl.woonzorg.model.link.PolicyDocumentKind;
import nl.woonzorg.model.party.Collective;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPart;
import nl.woonzorg.testkit.defect.Defect.Site;

/**
 * The defects of the vocabulary that format 1.1 added to visions: collective parties, partial
 * dates, recurrence, links to other documents and the like. Each adds the structure it breaks, so
 * that it applies to every generated vision, and adds it broken in exactly one place.
 */
final class VocabularyDefects {

  /** The id of the collective party a defect adds; no generated party has it. */
  static final String COLLECTIVE = "collectief-defect";

  private VocabularyDefects() {}

  static void addTo(List<Defect<HousingCareVision>> out) {
    out.add(new Defect<>("collective-member-of-other-type", "WZ-PARTY-01",
        "A collective party is added whose one member is an existing party of another type.",
        VocabularyDefects::collectivesOfOtherType));
    out.add(new Defect<>("start-after-deadline", "WZ-TIME-01",
        "A goal with a deadline gets a start in the year after its deadline.",
        v -> VisionDefects.eachGoal(v, g -> g.getDeadline().isPresent(), "start",
            g -> VisionDefects.goal(g)
                .start(PartialDate.ofYear(g.getDeadline().get().deadlineYear() + 1)).build())));
    out.add(new Defect<>("recurrence-longer-than-planning", "WZ-TIME-02",
        "A planned activity gets a rhythm of once in as many years as its planning has, so it"
            + " falls only once.",
        v -> VisionDefects.eachActivity(v, a -> a.getPlanning().isPresent(), "recurrence",
            a -> Activity.builder().from(a).recurrence(Frequency.onceEvery(
                a.getPlanning().get().lengthInYears(), CalendarPeriod.JAAR)).build())));
    out.add(new Defect<>("figure-breakdown-does-not-add-up", "WZ-SUM-06",
        "An analysis figure gets a breakdown by owner category whose parts add up to one more than"
            + " its value.", VocabularyDefects::figureBreakdownsOff));
    out.add(new Defect<>("area-below-minimum", "WZ-SUM-07",
        "A goal with a target gets a criterion of at least 1 per area and a breakdown per area"
            + " that gives the whole target to no area and 0 to an area of its scope.",
        VocabularyDefects::areasBelowMinimum));
    out.add(new Defect<>("period-parts-overlap", "WZ-SUM-08",
        "A goal with a target gets a breakdown per period that gives the whole target to the"
            + " first half of a year and 0 to its second quarter, which lies within that half.",
        VocabularyDefects::periodsOverlapping));
    out.add(new Defect<>("criterion-in-words-only", "WZ-SMART-M-05",
        "A goal gets a criterion of maximum distance to a facility in words only: \"op"
            + " loopafstand\".",
        VocabularyDefects::criteriaInWords));
    out.add(new Defect<>("tranche-due-with-its-base", "WZ-TIME-03",
        "A copy of a goal with a deadline is added as a further tranche of it, due at the same"
            + " time.", VocabularyDefects::tranchesDueWithTheirBase));
    out.add(new Defect<>("measurement-outside-its-year", "WZ-TIME-04",
        "A measurement gets the year after its reference date's as the peildatum as given.",
        VocabularyDefects::measurementsOutsideTheirYear));
    out.add(new Defect<>("woonzorg-link-without-id", "WZ-LINK-01",
        "The vision gets a link to a woonzorg document that gives a title but no id.",
        v -> List.of(VisionDefects.site(
            JsonPointer.of("links").append(v.getLinks().size()).append("documentId"),
            x -> VisionDefects.vision(x).addLinks(DocumentLink.builder()
                .relation(DocumentRelation.BOUWT_VOORT_OP)
                .kind(PolicyDocumentKind.WOONZORGDOCUMENT).title("De woonzorganalyse").build())
                .build()))));
    out.add(new Defect<>("link-party-unknown", "WZ-REF-03",
        "The vision gets a link to its woonvisie made by a party the vision does not have.",
        v -> List.of(VisionDefects.site(
            JsonPointer.of("links").append(v.getLinks().size()).append("partyIds").append(0),
            x -> VisionDefects.vision(x).addLinks(DocumentLink.builder()
                .relation(DocumentRelation.BOUWT_VOORT_OP).kind(PolicyDocumentKind.WOONVISIE)
                .addPartyIds(VisionDefects.UNKNOWN).build()).build()))));
    out.add(new Defect<>("link-to-itself", "WZ-LINK-02",
        "An agreement without links gets one that replaces the agreement itself.",
        v -> VisionDefects.eachAgreement(v, a -> a.getLinks().isEmpty(), "links/0/documentId",
            a -> VisionDefects.agreement(a).addLinks(
                DocumentLink.toDocument(DocumentRelation.VERVANGT, a.getId())).build())));
  }

  static List<Site<HousingCareVision>> collectivesOfOtherType(HousingCareVision v) {
    List<Site<HousingCareVision>> sites = new ArrayList<>();
    JsonPointer at = JsonPointer.of("parties").append(v.getParties().size())
        .append("collective").append("memberPartyIds").append(0);
    for (Party member : v.getParties()) {
      PartyType other = member.getType() == PartyType.ZORGAANBIEDER
          ? PartyType.WELZIJNSORGANISATIE : PartyType.ZORGAANBIEDER;
      sites.add(VisionDefects.site(at, x -> VisionDefects.vision(x).addParties(
          Party.builder().id(COLLECTIVE).name("De collectieve partij").type(other)
              .collective(Collective.of(member.getId())).build()).build()));
    }
    return sites;
  }

  static List<Site<HousingCareVision>> figureBreakdownsOff(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<SupplyDemandFigure> figures = v.getAnalysis().map(Analysis::getFigures).orElse(List.of());
    for (int i = 0; i < figures.size(); i++) {
      int index = i;
      SupplyDemandFigure figure = figures.get(i);
      out.add(VisionDefects.site(JsonPointer.of("analysis", "figures").append(i)
          .append("breakdowns").append(figure.getBreakdowns().size()), x -> {
            Analysis analysis = x.getAnalysis().orElseThrow();
            Breakdown split = Breakdown.of(BreakdownDimension.EIGENDOM,
                BreakdownPart.builder().label("corporatie").value(figure.getValue().getValue())
                    .ownerCategory(OwnerCategory.CORPORATIE).build(),
                BreakdownPart.builder().label("overig").value(BigDecimal.ONE)
                    .ownerCategory(OwnerCategory.OVERIG).build());
            return VisionDefects.vision(x).analysis(Analysis.builder().from(analysis)
                .figures(VisionDefects.replaced(analysis.getFigures(), index,
                    SupplyDemandFigure.builder().from(figure).addBreakdowns(split).build()))
                .build()).build();
          }));
    }
    return out;
  }

  static List<Site<HousingCareVision>> criteriaInWords(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getGoals().size(); i++) {
      int index = i;
      Goal goal = v.getGoals().get(i);
      out.add(VisionDefects.site(JsonPointer.of("goals").append(i).append("criteria")
          .append(goal.getCriteria().size()).append("value"), x -> VisionDefects.withGoal(x, index,
              VisionDefects.goal(goal).addCriteria(Criterion.builder()
                  .kind(CriterionKind.MAXIMALE_AFSTAND_TOT_VOORZIENING)
                  .description("op loopafstand").build()).build())));
    }
    return out;
  }

  static List<Site<HousingCareVision>> periodsOverlapping(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getGoals().size(); i++) {
      int index = i;
      Goal goal = v.getGoals().get(i);
      if (goal.getTarget().isEmpty()) {
        continue;
      }
      // A year within the vision's period and not after the deadline, so that WZ-SUM-02 holds.
      Optional<Integer> deadline = goal.getDeadline().map(d -> d.deadlineYear());
      int year = v.getPeriod().map(period -> period.getFromYear())
          .orElseGet(() -> deadline.orElse(2024));
      if (deadline.isPresent() && deadline.get() < year) {
        continue;
      }
      Breakdown perPeriod = Breakdown.of(BreakdownDimension.PERIODE,
          BreakdownPart.builder().label("eerste helft").value(goal.getTarget().get().getValue())
              .year(year).partOfYear(YearPart.EERSTE_HELFT).build(),
          BreakdownPart.builder().label("tweede kwartaal").value(BigDecimal.ZERO)
              .year(year).partOfYear(YearPart.KWARTAAL_2).build());
      out.add(VisionDefects.site(JsonPointer.of("goals").append(i).append("breakdowns")
          .append(goal.getBreakdowns().size()).append("parts").append(1),
          x -> VisionDefects.withGoal(x, index,
              VisionDefects.goal(goal).addBreakdowns(perPeriod).build())));
    }
    return out;
  }

  static List<Site<HousingCareVision>> areasBelowMinimum(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getGoals().size(); i++) {
      int index = i;
      Goal goal = v.getGoals().get(i);
      if (goal.getTarget().isEmpty()) {
        continue;
      }
      Quantity target = goal.getTarget().get();
      String areaId = goal.getScope().getAreaIds().isEmpty()
          ? v.getArea().getId() : goal.getScope().getAreaIds().first();
      Breakdown perArea = Breakdown.of(BreakdownDimension.GEBIED,
          BreakdownPart.of("elders", target.getValue()),
          BreakdownPart.builder().label("gebied").value(BigDecimal.ZERO).areaId(areaId).build());
      out.add(VisionDefects.site(JsonPointer.of("goals").append(i).append("breakdowns")
          .append(goal.getBreakdowns().size()).append("parts").append(1),
          x -> VisionDefects.withGoal(x, index, VisionDefects.goal(goal).addBreakdowns(perArea)
              .addCriteria(Criterion.of(CriterionKind.MINIMAAL_AANTAL_PER_GEBIED,
                  Quantity.of(1, target.getUnit()))).build())));
    }
    return out;
  }

  /** The id of the tranche a defect adds; no generated goal has it. */
  static final String TRANCHE = "tranche-defect";

  static List<Site<HousingCareVision>> tranchesDueWithTheirBase(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    JsonPointer at = JsonPointer.of("goals").append(v.getGoals().size()).append("deadline");
    for (Goal goal : v.getGoals()) {
      if (goal.getDeadline().isPresent()) {
        out.add(VisionDefects.site(at, x -> VisionDefects.vision(x).addGoals(
            VisionDefects.goal(goal).id(TRANCHE).additionalToGoalId(goal.getId()).build())
            .build()));
      }
    }
    return out;
  }

  /** Each measurement, given as of the year after its reference date's year. */
  private static List<Site<HousingCareVision>> measurementsOutsideTheirYear(HousingCareVision v) {
    return VisionDefects.eachItem(v, x -> x.getMonitoring().map(Monitoring::getMeasurements)
            .orElse(List.of()), JsonPointer.of("monitoring", "measurements"), m -> true,
        "referencedAs", (x, i, m) -> VisionDefects.vision(x).monitoring(Monitoring.builder()
            .from(x.getMonitoring().orElseThrow()).measurements(VisionDefects.replaced(
                x.getMonitoring().orElseThrow().getMeasurements(), i, m)).build()).build(),
        m -> Measurement.builder().from(m)
            .referencedAs(PartialDate.ofYear(m.getReferenceDate().getYear() + 1)).build());
  }
}
