package nl.woonzorg.testkit.defect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.analysis.AnalysisFinding;
import nl.woonzorg.model.analysis.SupplyDemandFigure;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.area.DissolvedMunicipality;
import nl.woonzorg.model.area.MunicipalReorganisations;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.area.Municipality;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.monitoring.Indicator;
import nl.woonzorg.model.monitoring.Monitoring;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.phase.PhaseEntry;
import nl.woonzorg.model.programme.Activity;
import nl.woonzorg.model.programme.ImplementationProgramme;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.vision.TaskforceTopic;
import nl.woonzorg.model.vision.VisionStatement;
import nl.woonzorg.testkit.defect.Defect.Site;

/**
 * The defects of whole visions. Each one changes as little as it can, and when a change would
 * trip a second rule it repairs what that rule looks at: dropping the monitoring block also drops
 * the references to its indicators, re-coding a gemeente re-codes its wijken and buurten.
 */
final class VisionDefects {

  /** An id no generated object uses. */
  static final String UNKNOWN = "onbekend-id";

  private static final Set<PartyRole> OWNING = EnumSet.of(PartyRole.TREKKER, PartyRole.UITVOERDER);

  private VisionDefects() {}

  static List<Defect<HousingCareVision>> all() {
    List<Defect<HousingCareVision>> out = new ArrayList<>();
    // Identity and references.
    out.add(new Defect<>("duplicate-id", "WZ-ID-01",
        "A copy of a party, ambition, goal or agreement is appended, so its id occurs twice.",
        VisionDefects::duplicates));
    out.add(new Defect<>("dangling-goal-reference", "WZ-REF-01",
        "An agreement names a goal id that no goal has.",
        v -> eachListElement(v, HousingCareVision::getAgreements, PerformanceAgreement::getGoalIds,
            "agreements", "goalIds", (a, ids) -> agreement(a).goalIds(ids).build(),
            VisionDefects::withAgreement, a -> id -> Optional.of(UNKNOWN))));
    out.add(new Defect<>("dangling-agreement-reference", "WZ-REF-02",
        "An activity of the programme names an agreement id that no agreement has.",
        VisionDefects::danglingAgreementReferences));
    out.add(new Defect<>("dangling-party-reference", "WZ-REF-03",
        "A goal names an owner party id that no party has.",
        v -> eachListElement(v, HousingCareVision::getGoals, Goal::getOwnerPartyIds, "goals",
            "ownerPartyIds", (g, ids) -> goal(g).ownerPartyIds(ids).build(),
            VisionDefects::withGoal, g -> id -> Optional.of(UNKNOWN))));
    out.add(new Defect<>("dangling-indicator-reference", "WZ-REF-04",
        "A goal names an indicator id that no indicator has.",
        v -> eachGoal(v, g -> g.getIndicatorId().isPresent(), "indicatorId",
            g -> goal(g).indicatorId(UNKNOWN).build())));
    out.add(new Defect<>("dangling-area-reference", "WZ-REF-05",
        "A monitoring indicator names an area id that no area has.",
        VisionDefects::danglingAreaReferences));
    out.add(new Defect<>("dangling-ambition-reference", "WZ-REF-06",
        "A goal names an ambition id that no ambition has.",
        v -> eachGoal(v, g -> g.getAmbitionId().isPresent(), "ambitionId",
            g -> goal(g).ambitionId(UNKNOWN).build())));
    // Areas.
    out.add(new Defect<>("unknown-municipality-code", "WZ-AREA-01",
        "The vision's gemeente gets a code that is not in the CBS list (its wijken and buurten"
            + " follow).", VisionDefects::unknownMunicipality));
    out.add(new Defect<>("dissolved-municipality-code", "WZ-AREA-05",
        "The vision's gemeente gets the code of a gemeente dissolved on or before the vision's"
            + " date (its wijken and buurten follow).", VisionDefects::dissolvedMunicipality));
    out.add(new Defect<>("not-yet-created-municipality-code", "WZ-AREA-06",
        "The vision's gemeente gets the code of a gemeente created by a herindeling after the"
            + " vision's date (its wijken and buurten follow).",
        VisionDefects::notYetCreatedMunicipality));
    out.add(new Defect<>("district-of-other-municipality", "WZ-AREA-02",
        "A wijk gets the code of a wijk of another gemeente (its buurten follow).",
        VisionDefects::districtOfOtherMunicipality));
    out.add(new Defect<>("neighbourhood-of-other-district", "WZ-AREA-03",
        "A buurt gets the code of a buurt in another wijk.",
        VisionDefects::neighbourhoodOfOtherDistrict));
    // SMART goals.
    out.add(new Defect<>("goal-not-specific", "WZ-SMART-S-01",
        "A goal's scope is emptied: no target group, dwelling type or area.",
        v -> eachGoal(v, g -> !g.getScope().empty(), "scope",
            g -> goal(g).scope(Scope.builder().build()).build())));
    out.add(new Defect<>("goal-without-target", "WZ-SMART-M-01",
        "A goal loses its target (and with it its baseline).",
        v -> eachGoal(v, g -> g.getTarget().isPresent(), "target",
            g -> goal(g).target(Optional.empty()).baseline(Optional.empty())
                .baselineYear(Optional.empty()).build())));
    out.add(new Defect<>("goal-without-indicator", "WZ-SMART-M-02",
        "A goal loses both its indicator text and its indicator id.",
        v -> eachGoal(v, g -> g.getIndicator().isPresent() || g.getIndicatorId().isPresent(),
            "indicator",
            g -> goal(g).indicator(Optional.empty()).indicatorId(Optional.empty()).build())));
    out.add(new Defect<>("goal-without-owner", "WZ-SMART-A-01",
        "A goal loses all its owner parties.",
        v -> eachGoal(v, g -> !g.getOwnerPartyIds().isEmpty(), "ownerPartyIds",
            g -> goal(g).ownerPartyIds(List.of()).build())));
    out.add(new Defect<>("goal-owner-outside-agreements", "WZ-SMART-A-02",
        "An owner of a goal who takes part in the agreements serving it gives way to a party of"
            + " the vision that takes part in none of them.",
        v -> eachListElement(v, HousingCareVision::getGoals, Goal::getOwnerPartyIds, "goals",
            "ownerPartyIds", (g, ids) -> goal(g).ownerPartyIds(ids).build(),
            VisionDefects::withGoal, g -> outsiderFor(v, g))));
    out.add(new Defect<>("goal-without-deadline", "WZ-SMART-T-01",
        "A goal loses its deadline.",
        v -> eachGoal(v, g -> g.getDeadline().isPresent(), "deadline",
            g -> goal(g).deadline(Optional.empty()).build())));
    out.add(new Defect<>("vision-without-period", "WZ-DOC-01",
        "The vision loses its period.",
        v -> v.getPeriod().isPresent() ? List.of(site(JsonPointer.of("period"),
            x -> vision(x).period(Optional.empty()).build())) : List.of()));
    out.add(new Defect<>("goal-deadline-after-period", "WZ-SMART-T-02",
        "A goal's deadline moves to the year after the vision's period.",
        v -> eachGoal(v, g -> g.getDeadline().isPresent() && v.getPeriod().isPresent(), "deadline",
            g -> goal(g).deadline(Deadline.ofYear(v.getPeriod().orElseThrow().getToYear() + 1))
                .build())));
    out.add(new Defect<>("breakdown-does-not-add-up", "WZ-SMART-R-01",
        "One part of a goal's breakdown changes by one, so the parts no longer add up.",
        VisionDefects::goalBreakdownsOff));
    out.add(new Defect<>("negative-amount", "WZ-SMART-R-02",
        "A demand or supply figure of the analysis becomes negative.",
        VisionDefects::negativeFigures));
    out.add(new Defect<>("percentage-above-hundred", "WZ-SMART-R-03",
        "A finding of the analysis gets a figure of 150 percent.",
        VisionDefects::percentagesAboveHundred));
    out.add(new Defect<>("target-equals-baseline", "WZ-SMART-R-04",
        "A goal without a baseline gets one equal to its target, so the target asks for nothing.",
        // Only a goal without a baseline: the rule reports none of them before the defect.
        v -> eachGoal(v, g -> g.getTarget().isPresent() && g.getBaseline().isEmpty(), "target",
            g -> goal(g).baseline(g.getTarget().get()).build())));
    out.add(new Defect<>("baseline-in-other-unit", "WZ-SMART-R-05",
        "A goal gets a baseline in another unit than its target.",
        v -> eachGoal(v, g -> g.getTarget().isPresent(), "baseline",
            g -> goal(g).baseline(Quantity.of(1, otherUnit(g.getTarget().get().getUnit())))
                .build())));
    out.add(new Defect<>("part-year-outside-period", "WZ-SUM-02",
        "A part of a goal's breakdown is dated in the year after the vision's period.",
        VisionDefects::partYearsOutsidePeriod));
    out.add(new Defect<>("location-count-off", "WZ-SUM-05",
        "A goal's breakdown becomes one per location, and the goal gets a number of locations"
            + " one more than the breakdown's parts.", VisionDefects::locationCountsOff));
    // Agreements.
    out.add(new Defect<>("binding-agreement-not-specific", "WZ-SMART-S-02",
        "An action, guarantee or transaction agreement loses its goals, related agreements and"
            + " topic.",
        v -> eachAgreement(v, a -> smartRequired(a) && a.getTarget().isPresent(),
            "goalIds", VisionDefects::unspecific)));
    out.add(new Defect<>("binding-agreement-not-measurable", "WZ-SMART-M-03",
        "An action, guarantee or transaction agreement loses its target, indicators and goals.",
        v -> eachAgreement(v, a -> smartRequired(a) && a.getTopic().isPresent(),
            "target", VisionDefects::unmeasurable)));
    out.add(new Defect<>("binding-agreement-without-lead", "WZ-SMART-A-03",
        "No party of an action, guarantee or transaction agreement leads or implements it any"
            + " more.",
        v -> eachAgreement(v, a -> smartRequired(a), "parties",
            VisionDefects::withoutLead)));
    out.add(new Defect<>("binding-agreement-not-time-bound", "WZ-SMART-T-03",
        "An action, guarantee or transaction agreement loses its deadline and period.",
        v -> eachAgreement(v, a -> smartRequired(a), "deadline",
            VisionDefects::untimed)));
    // The same four criteria for process and intent agreements, which are only advised to meet
    // them. Only an agreement that meets the criterion is broken: the rule reports the others
    // before the defect. Only one that serves no goal loses specificity or measurability, since
    // taking its goals away could leave a goal's owner outside every agreement serving the goal
    // (WZ-SMART-A-02), a second warning.
    out.add(new Defect<>("advisory-agreement-not-specific", "WZ-SMART-S-03",
        "A process or intent agreement that serves no goal loses its related agreements and"
            + " topic.",
        v -> eachAgreement(v, a -> advisory(a) && a.getGoalIds().isEmpty()
                && (a.getTopic().isPresent() || !a.getRelatedAgreementIds().isEmpty()),
            "goalIds", VisionDefects::unspecific)));
    out.add(new Defect<>("advisory-agreement-not-measurable", "WZ-SMART-M-04",
        "A process or intent agreement that serves no goal loses its target and indicators.",
        // A process agreement with a frequency is measured by it, target or not.
        v -> eachAgreement(v, a -> advisory(a) && a.getGoalIds().isEmpty()
                && a.getTarget().isPresent() && !a.getIndicatorIds().isEmpty()
                && a.getProcessTerms().flatMap(ProcessTerms::getFrequency).isEmpty(),
            "target", VisionDefects::unmeasurable)));
    out.add(new Defect<>("advisory-agreement-without-lead", "WZ-SMART-A-04",
        "No party of a process or intent agreement leads or implements it any more.",
        v -> eachAgreement(v, a -> advisory(a) && a.getParties().stream()
                .anyMatch(p -> p.getRoles().stream().anyMatch(OWNING::contains)),
            "parties", VisionDefects::withoutLead)));
    out.add(new Defect<>("advisory-agreement-not-time-bound", "WZ-SMART-T-04",
        "A process or intent agreement loses its deadline and period.",
        v -> eachAgreement(v, a -> advisory(a)
                && (a.getDeadline().isPresent() || a.getPeriod().isPresent()),
            "deadline", VisionDefects::untimed)));
    out.add(new Defect<>("agreement-deadline-after-period", "WZ-SMART-T-05",
        "An agreement's period shrinks to its first year while its deadline stays in a later"
            + " year of the vision: outside its own period, not outside the vision's.",
        v -> eachAgreement(v, a -> a.getPeriod().isPresent() && a.getDeadline().isPresent()
                && a.getDeadline().get().deadlineYear() > a.getPeriod().get().getFromYear()
                && a.getYearSlices().isEmpty(),
            "deadline", a -> agreement(a).period(YearPeriod.of(a.getPeriod().get().getFromYear(),
                a.getPeriod().get().getFromYear())).build())));
    out.add(new Defect<>("agreement-deadline-after-vision", "WZ-SMART-T-06",
        "An agreement without a period of its own falls due the year after the vision ends.",
        v -> eachAgreement(v, a -> a.getDeadline().isPresent() && a.getYearSlices().isEmpty()
                && v.getPeriod().isPresent(),
            "deadline", a -> agreement(a).period(Optional.empty())
                .deadline(Deadline.ofYear(v.getPeriod().orElseThrow().getToYear() + 1)).build())));
    out.add(new Defect<>("missing-signatory", "WZ-SIGN-01",
        "The tenants' organisation no longer signs an agreement.",
        v -> unsigned(v, EnumSet.of(PartyType.HUURDERSORGANISATIE))));
    out.add(new Defect<>("care-and-welfare-do-not-co-sign", "WZ-SIGN-02",
        "No care provider, welfare organisation or zorgkantoor signs an agreement any more.",
        v -> unsigned(v, EnumSet.of(PartyType.ZORGAANBIEDER, PartyType.WELZIJNSORGANISATIE,
            PartyType.ZORGKANTOOR))));
    out.add(new Defect<>("year-slice-outside-period", "WZ-SUM-03",
        "A yearly slice of an agreement moves to the year after the agreement's period.",
        VisionDefects::slicesOutsidePeriod));
    out.add(new Defect<>("year-slices-exceed-target", "WZ-SUM-04",
        "A yearly slice grows by one, so the slices add up to more than the target.",
        v -> eachAgreement(v, a -> a.getTarget().isPresent()
                && a.getYearSlices().stream().anyMatch(s -> s.getValue().isPresent()),
            "yearSlices", VisionDefects::sliceGrown)));
    out.add(new Defect<>("intent-without-terms", "WZ-TYPE-01",
        "An intent agreement loses its condition and consequence.",
        v -> eachAgreement(v, a -> a.isOfType(AgreementType.INTENTIEAFSPRAAK), "intentTerms",
            a -> agreement(a).intentTerms(Optional.empty()).build())));
    out.add(new Defect<>("one-sided-transaction", "WZ-TYPE-02",
        "A transaction agreement keeps only its first exchange.",
        v -> eachAgreement(v, a -> a.getTransactionTerms().isPresent()
                && !a.getTransactionTerms().get().getExchanges().isEmpty(), "transactionTerms",
            a -> agreement(a).transactionTerms(TransactionTerms.of(
                a.getTransactionTerms().get().getExchanges().get(0))).build())));
    out.add(new Defect<>("exchange-party-not-in-agreement", "WZ-TYPE-03",
        "An exchange of a transaction agreement names a party of the vision that takes no part"
            + " in the agreement.", VisionDefects::exchangesWithOutsiders));
    out.add(new Defect<>("guarantee-without-cost-bearer", "WZ-TYPE-04",
        "A guarantee agreement loses its cost bearers.",
        v -> eachAgreement(v, a -> a.getGuaranteeTerms().isPresent(),
            "guaranteeTerms/costBearerPartyIds", a -> agreement(a).guaranteeTerms(
                a.getGuaranteeTerms().map(t -> nl.woonzorg.model.agreement.GuaranteeTerms
                    .builder().from(t).costBearerPartyIds(List.of()).build())).build())));
    out.add(new Defect<>("process-without-cycle", "WZ-TYPE-05",
        "A process agreement loses its terms.",
        v -> eachAgreement(v, a -> a.isOfType(AgreementType.PROCESAFSPRAAK), "processTerms",
            a -> agreement(a).processTerms(Optional.empty()).build())));
    out.add(new Defect<>("descriptive-without-principle", "WZ-TYPE-06",
        "A descriptive agreement loses its statement.",
        v -> eachAgreement(v, a -> a.isOfType(AgreementType.BESCHRIJVENDE_AFSPRAAK),
            "descriptiveTerms", a -> agreement(a).descriptiveTerms(Optional.empty()).build())));
    out.add(new Defect<>("action-without-activities", "WZ-TYPE-07",
        "An action agreement loses its activities and measures.",
        v -> eachAgreement(v, a -> a.isOfType(AgreementType.HANDELINGSAFSPRAAK), "actionTerms",
            a -> agreement(a).actionTerms(Optional.empty()).measures(List.of()).build())));
    out.add(new Defect<>("agreement-without-type", "WZ-TYPE-08",
        "An agreement loses its type, and with it the terms of its type.",
        v -> eachAgreement(v, a -> true, "type", a -> agreement(a).type(Optional.empty())
            .processTerms(Optional.empty()).descriptiveTerms(Optional.empty())
            .intentTerms(Optional.empty()).actionTerms(Optional.empty())
            .guaranteeTerms(Optional.empty()).transactionTerms(Optional.empty()).build())));
    // Programme.
    out.add(new Defect<>("activity-breakdown-does-not-add-up", "WZ-SUM-01",
        "One part of an activity's breakdown changes by one, so the parts no longer add up to"
            + " its output.", VisionDefects::activityBreakdownsOff));
    // Vision statement.
    out.add(new Defect<>("taskforce-topic-left-out", "WZ-TOPIC-01",
        "A vision that covers every Taskforce topic leaves out home adaptations.",
        v -> v.getVision().filter(s -> s.missingTaskforceTopics().isEmpty()).isPresent()
            ? List.of(site(JsonPointer.of("vision", "taskforceTopics"), x -> {
                VisionStatement statement = x.getVision().orElseThrow();
                Set<TaskforceTopic> topics = EnumSet.copyOf(statement.getTaskforceTopics());
                topics.remove(TaskforceTopic.WONINGAANPASSINGEN);
                return vision(x).vision(VisionStatement.builder().from(statement)
                    .taskforceTopics(topics).build()).build();
              }))
            : List.of()));
    // Phases.
    out.add(new Defect<>("vision-phase-without-analysis", "WZ-PHASE-01",
        "The analysis is dropped from a vision past the analysis phase.",
        v -> reached(v, Phase.VISIE) && v.getAnalysis().isPresent()
            ? List.of(site(JsonPointer.of("analysis"),
                x -> vision(x).analysis(Optional.empty()).build()))
            : List.of()));
    out.add(new Defect<>("agreement-phase-without-ambitions", "WZ-PHASE-02",
        "The ambitions are dropped from a vision in or past the agreement phase (and the goals'"
            + " references to them).", VisionDefects::withoutAmbitions));
    out.add(new Defect<>("implementation-phase-without-programme", "WZ-PHASE-03",
        "The programme is dropped from a vision in or past the implementation phase.",
        v -> reached(v, Phase.UITVOERING) && v.getProgramme().isPresent()
            ? List.of(site(JsonPointer.of("programme"),
                x -> vision(x).programme(Optional.empty()).build()))
            : List.of()));
    out.add(new Defect<>("activity-without-budget", "WZ-PHASE-04",
        "An activity loses its budget in a vision in or past the implementation phase.",
        VisionDefects::activitiesWithoutBudget));
    out.add(new Defect<>("monitoring-phase-without-indicators", "WZ-PHASE-05",
        "The monitoring is dropped from a vision in the monitoring phase (and every reference to"
            + " its indicators).", VisionDefects::withoutMonitoring));
    out.add(new Defect<>("phase-history-out-of-order", "WZ-PHASE-06",
        "An entry of the phase history starts on the day the entry before it started.",
        VisionDefects::historyOutOfOrder));
    out.add(new Defect<>("skipped-phase-without-reason", "WZ-PHASE-07",
        "An entry of the phase history is dropped, so the next one skips a phase without"
            + " reason.", VisionDefects::skippedPhases));
    out.add(new Defect<>("current-phase-not-in-history", "WZ-PHASE-08",
        "The current phase no longer matches the last entry of the phase history.",
        v -> v.getPhaseHistory().isEmpty() ? List.of() : List.of(site(
            JsonPointer.of("currentPhase"), x -> vision(x).currentPhase(
                Phase.values()[(x.getCurrentPhase().ordinal() + 1) % Phase.values().length])
                .build()))));
    out.add(new Defect<>("indicator-without-goal", "WZ-PHASE-09",
        "A monitoring indicator loses its goals in a vision in the monitoring phase.",
        VisionDefects::indicatorsWithoutGoals));
    // Jakarta constraints.
    out.add(new Defect<>("blank-title", "WZ-BEAN-NOTBLANK",
        "A goal's title becomes blank.",
        v -> eachGoal(v, g -> true, "title", g -> goal(g).title(" ").build())));
    out.add(new Defect<>("blank-optional-text", "WZ-BEAN-NOTBLANKWHENPRESENT",
        "A goal gets a blank description.",
        v -> eachGoal(v, g -> true, "description", g -> goal(g).description("").build())));
    out.add(new Defect<>("agreement-party-without-role", "WZ-BEAN-NOTEMPTY",
        "A party of an agreement that neither signs nor leads it loses all its roles.",
        VisionDefects::partiesWithoutRoles));
    out.add(new Defect<>("zero-frequency", "WZ-BEAN-POSITIVE",
        "The monitoring's reporting frequency becomes zero times per period.",
        v -> v.getMonitoring().flatMap(Monitoring::getReportingFrequency).isPresent()
            ? List.of(site(JsonPointer.of("monitoring", "reportingFrequency", "times"),
                x -> vision(x).monitoring(Monitoring.builder().from(x.getMonitoring().get())
                    .reportingFrequency(Frequency.of(0,
                        x.getMonitoring().get().getReportingFrequency().get().getPer()))
                    .build()).build()))
            : List.of()));
    out.add(new Defect<>("negative-budget", "WZ-BEAN-POSITIVEORZERO",
        "An activity's budget becomes a negative amount.",
        VisionDefects::negativeBudgets));
    VocabularyDefects.addTo(out);
    return List.copyOf(out);
  }

  // ---- building blocks ----

  static Site<HousingCareVision> site(JsonPointer pointer,
      Function<HousingCareVision, HousingCareVision> breaker) {
    return new Site<>(pointer, breaker);
  }

  static HousingCareVision.Builder vision(HousingCareVision v) {
    return HousingCareVision.builder().from(v);
  }

  static Goal.Builder goal(Goal g) {
    return Goal.builder().from(g);
  }

  static PerformanceAgreement.Builder agreement(PerformanceAgreement a) {
    return PerformanceAgreement.builder().from(a);
  }

  static boolean reached(HousingCareVision v, Phase phase) {
    return v.getCurrentPhase().compareTo(phase) >= 0
        || v.getPhaseHistory().stream().anyMatch(e -> e.getPhase().compareTo(phase) >= 0);
  }

  static <T> List<T> replaced(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  static HousingCareVision withGoal(HousingCareVision v, int i, Goal g) {
    return vision(v).goals(replaced(v.getGoals(), i, g)).build();
  }

  static HousingCareVision withAgreement(HousingCareVision v, int i, PerformanceAgreement a) {
    return vision(v).agreements(replaced(v.getAgreements(), i, a)).build();
  }

  static HousingCareVision withActivity(HousingCareVision v, int i, Activity a) {
    ImplementationProgramme programme = v.getProgramme().orElseThrow();
    return vision(v).programme(ImplementationProgramme.builder().from(programme)
        .activities(replaced(programme.getActivities(), i, a)).build()).build();
  }

  /** The programme's activities; none if the vision has no programme. */
  static List<Activity> activitiesOf(HousingCareVision v) {
    return v.getProgramme().map(ImplementationProgramme::getActivities).orElse(List.of());
  }

  static List<Site<HousingCareVision>> eachGoal(HousingCareVision v, Predicate<Goal> applies,
      String property, UnaryOperator<Goal> change) {
    return eachItem(v, HousingCareVision::getGoals, JsonPointer.of("goals"), applies, property,
        VisionDefects::withGoal, change);
  }

  static List<Site<HousingCareVision>> eachAgreement(HousingCareVision v,
      Predicate<PerformanceAgreement> applies, String path,
      UnaryOperator<PerformanceAgreement> change) {
    return eachItem(v, HousingCareVision::getAgreements, JsonPointer.of("agreements"), applies,
        path, VisionDefects::withAgreement, change);
  }

  /**
   * For every item of the list {@code items} at {@code list} that {@code applies} to, a site at
   * {@code path} (tokens separated by {@code /}) in the item, broken by {@code change}.
   */
  static <I> List<Site<HousingCareVision>> eachItem(HousingCareVision v,
      Function<HousingCareVision, List<I>> items, JsonPointer list, Predicate<I> applies,
      String path, Replacer<I> replace, UnaryOperator<I> change) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<I> all = items.apply(v);
    for (int i = 0; i < all.size(); i++) {
      int index = i;
      if (applies.test(all.get(i))) {
        out.add(site(appended(list.append(i), path),
            x -> replace.apply(x, index, change.apply(items.apply(x).get(index)))));
      }
    }
    return out;
  }

  /** {@code at} with the tokens of {@code path}, separated by {@code /}; none if it is empty. */
  static JsonPointer appended(JsonPointer at, String path) {
    JsonPointer out = at;
    for (String token : path.isEmpty() ? new String[0] : path.split("/")) {
      out = out.append(token);
    }
    return out;
  }

  /**
   * For every breakdown with parts of every goal that {@code applies} to, given the goal and the
   * breakdown: a site at {@code path} in the breakdown (as in {@link #appended}), broken by {@code
   * change}, given the goal and the breakdown's index.
   */
  static List<Site<HousingCareVision>> eachGoalBreakdown(HousingCareVision v,
      BiPredicate<Goal, Breakdown> applies, String path, BiFunction<Goal, Integer, Goal> change) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getGoals().size(); i++) {
      Goal g = v.getGoals().get(i);
      for (int j = 0; j < g.getBreakdowns().size(); j++) {
        if (g.getBreakdowns().get(j).getParts().isEmpty()
            || !applies.test(g, g.getBreakdowns().get(j))) {
          continue;
        }
        int index = i;
        int element = j;
        out.add(site(appended(JsonPointer.of("goals").append(i).append("breakdowns").append(j),
            path), x -> withGoal(x, index, change.apply(x.getGoals().get(index), element))));
      }
    }
    return out;
  }

  static Goal withBreakdown(Goal g, int j, Breakdown b) {
    return goal(g).breakdowns(replaced(g.getBreakdowns(), j, b)).build();
  }

  /**
   * Every element of an id list of every item for which {@code replacement}, given the item and
   * then the element, has an id: replaced by that id.
   */
  static <I> List<Site<HousingCareVision>> eachListElement(HousingCareVision v,
      Function<HousingCareVision, List<I>> items, Function<I, List<String>> ids, String list,
      String property, BiFunction<I, List<String>, I> rebuild,
      Replacer<I> replace, Function<I, Function<String, Optional<String>>> replacement) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<I> all = items.apply(v);
    for (int i = 0; i < all.size(); i++) {
      Function<String, Optional<String>> replacing = replacement.apply(all.get(i));
      for (int j = 0; j < ids.apply(all.get(i)).size(); j++) {
        Optional<String> id = replacing.apply(ids.apply(all.get(i)).get(j));
        if (id.isEmpty()) {
          continue;
        }
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of(list).append(i).append(property).append(j), x -> {
          I item = items.apply(x).get(index);
          return replace.apply(x, index,
              rebuild.apply(item, replaced(ids.apply(item), element, id.get())));
        }));
      }
    }
    return out;
  }

  /** Puts a changed item back into its vision at an index. */
  @FunctionalInterface
  interface Replacer<I> {
    HousingCareVision apply(HousingCareVision vision, int index, I item);
  }

  static AgreementParty withoutRoles(AgreementParty party, Set<PartyRole> removed) {
    Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
    roles.addAll(party.getRoles());
    roles.removeAll(removed);
    if (roles.isEmpty()) {
      // A party without a role is a defect of its own (WZ-BEAN-NOTEMPTY): it stays involved.
      roles.add(PartyRole.BETROKKENE);
    }
    return AgreementParty.builder().from(party).roles(roles).build();
  }

  /** Handelings-, garantie- and transactieafspraken: the types that must be SMART. */
  static boolean smartRequired(PerformanceAgreement a) {
    return a.getType().filter(AgreementType::isSmartRequired).isPresent();
  }

  /** Proces- and intentieafspraken: the types only advised to be SMART. */
  static boolean advisory(PerformanceAgreement a) {
    return a.isOfType(AgreementType.PROCESAFSPRAAK)
        || a.isOfType(AgreementType.INTENTIEAFSPRAAK);
  }

  static PerformanceAgreement unspecific(PerformanceAgreement a) {
    return agreement(a).goalIds(List.of()).relatedAgreementIds(List.of()).topic(Optional.empty())
        .scope(Optional.empty()).build();
  }

  static PerformanceAgreement unmeasurable(PerformanceAgreement a) {
    return agreement(a).target(Optional.empty()).indicatorIds(List.of()).goalIds(List.of())
        .build();
  }

  static PerformanceAgreement withoutLead(PerformanceAgreement a) {
    return agreement(a).parties(a.getParties().stream().map(p -> withoutRoles(p, OWNING)).toList())
        .build();
  }

  static PerformanceAgreement untimed(PerformanceAgreement a) {
    return agreement(a).deadline(Optional.empty()).period(Optional.empty()).build();
  }

  static Unit otherUnit(Unit unit) {
    return unit == Unit.WONINGEN ? Unit.PLAATSEN : Unit.WONINGEN;
  }

  /** A value one lower, or one higher if it is zero: never negative, never beyond 100 percent. */
  static BigDecimal nudged(BigDecimal value) {
    return value.signum() > 0 ? value.subtract(BigDecimal.ONE) : value.add(BigDecimal.ONE);
  }

  static Breakdown breakdownWithFirstPartNudged(Breakdown breakdown) {
    BreakdownPart first = breakdown.getParts().get(0);
    return Breakdown.builder().from(breakdown).parts(replaced(breakdown.getParts(), 0,
        BreakdownPart.builder().from(first).value(nudged(first.getValue())).build())).build();
  }

  // ---- the defects with more to do ----

  static List<Site<HousingCareVision>> duplicates(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getParties().size(); i++) {
      Party copy = v.getParties().get(i);
      out.add(site(JsonPointer.of("parties").append(v.getParties().size()).append("id"),
          x -> vision(x).addParties(copy).build()));
    }
    for (int i = 0; i < v.getAmbitions().size(); i++) {
      var copy = v.getAmbitions().get(i);
      out.add(site(JsonPointer.of("ambitions").append(v.getAmbitions().size()).append("id"),
          x -> vision(x).addAmbitions(copy).build()));
    }
    for (int i = 0; i < v.getGoals().size(); i++) {
      Goal copy = v.getGoals().get(i);
      out.add(site(JsonPointer.of("goals").append(v.getGoals().size()).append("id"),
          x -> vision(x).addGoals(copy).build()));
    }
    for (int i = 0; i < v.getAgreements().size(); i++) {
      PerformanceAgreement copy = v.getAgreements().get(i);
      out.add(site(JsonPointer.of("agreements").append(v.getAgreements().size()).append("id"),
          x -> vision(x).addAgreements(copy).build()));
    }
    return out;
  }

  static List<Site<HousingCareVision>> danglingAgreementReferences(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<Activity> activities = activitiesOf(v);
    for (int i = 0; i < activities.size(); i++) {
      for (int j = 0; j < activities.get(i).getAgreementIds().size(); j++) {
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of("programme", "activities").append(i).append("agreementIds")
            .append(j), x -> {
              Activity activity = x.getProgramme().orElseThrow().getActivities().get(index);
              return withActivity(x, index, Activity.builder().from(activity).agreementIds(
                  replaced(activity.getAgreementIds(), element, UNKNOWN)).build());
            }));
      }
    }
    return out;
  }

  static List<Site<HousingCareVision>> danglingAreaReferences(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<Indicator> indicators =
        v.getMonitoring().map(Monitoring::getIndicators).orElse(List.of());
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).getAreaId().isPresent()) {
        int index = i;
        out.add(site(JsonPointer.of("monitoring", "indicators").append(i).append("areaId"),
            x -> withIndicator(x, index, indicator -> Indicator.builder().from(indicator)
                .areaId(UNKNOWN).build())));
      }
    }
    return out;
  }

  static HousingCareVision withIndicator(HousingCareVision v, int i,
      UnaryOperator<Indicator> change) {
    Monitoring monitoring = v.getMonitoring().orElseThrow();
    return vision(v).monitoring(Monitoring.builder().from(monitoring)
        .indicators(replaced(monitoring.getIndicators(), i,
            change.apply(monitoring.getIndicators().get(i)))).build()).build();
  }

  /** An unused CBS-shaped gemeente code: not in the list. */
  static String unknownMunicipalityCode() {
    for (int n = 9999; n > 0; n--) {
      String code = String.format("GM%04d", n);
      if (!Municipalities.isKnown(code)) {
        return code;
      }
    }
    throw new IllegalStateException("every gemeente code is in use");
  }

  /**
   * The code of the gemeente dissolved last on or before {@code date}; empty if the history holds
   * none so early.
   */
  static Optional<String> dissolvedMunicipalityCode(LocalDate date) {
    return MunicipalReorganisations.all().stream().filter(d -> d.isDissolvedOn(date))
        .reduce((earlier, later) -> later).map(DissolvedMunicipality::getCode);
  }

  static List<Site<HousingCareVision>> unknownMunicipality(HousingCareVision v) {
    return recodedMunicipality(v, unknownMunicipalityCode());
  }

  /** The vision's gemeente re-coded to one dissolved by its date, as WZ-AREA-05 judges it. */
  static List<Site<HousingCareVision>> dissolvedMunicipality(HousingCareVision v) {
    return dissolvedMunicipalityCode(judgedAt(v)).map(code -> recodedMunicipality(v, code))
        .orElse(List.of());
  }

  /**
   * The code of a gemeente created by a herindeling after {@code date}, the first in code order;
   * empty if none was created so late.
   */
  static Optional<String> notYetCreatedMunicipalityCode(LocalDate date) {
    return Municipalities.all().stream().map(Municipality::getCode)
        .filter(code -> MunicipalReorganisations.notYetEstablishedOn(code, date).isPresent())
        .findFirst();
  }

  /**
   * The vision's gemeente re-coded to one created after its date, as WZ-AREA-06 judges it; none
   * if the vision is judged after the last gemeente of the history was created.
   */
  static List<Site<HousingCareVision>> notYetCreatedMunicipality(HousingCareVision v) {
    return notYetCreatedMunicipalityCode(judgedAt(v)).map(code -> recodedMunicipality(v, code))
        .orElse(List.of());
  }

  /**
   * The date WZ-AREA-05 and WZ-AREA-06 judge the vision's codes at when the validator has no
   * peildatum: the day it was adopted, else 1 January of its period's first year, else the date
   * of the CBS list.
   */
  private static LocalDate judgedAt(HousingCareVision v) {
    return v.getAdoptedOn()
        .or(() -> v.getPeriod().map(period -> LocalDate.of(period.getFromYear(), 1, 1)))
        .orElseGet(() -> LocalDate.of(Municipalities.referenceYear(), 1, 1));
  }

  /** The vision's gemeente, if it has a code, re-coded to {@code code}; wijken and buurten follow. */
  private static List<Site<HousingCareVision>> recodedMunicipality(HousingCareVision v,
      String code) {
    Area area = v.getArea();
    if (area.getType() != AreaType.GEMEENTE || area.getCode().isEmpty()) {
      return List.of();
    }
    String from = area.getCode().get().substring(2);
    String to = code.substring(2);
    return List.of(site(JsonPointer.of("area", "code"), x -> vision(x)
        .area(Area.builder().from(x.getArea()).code(code).build())
        .areas(x.getAreas().stream().map(a -> recoded(a, from, to)).toList())
        .build()));
  }

  /** {@code area} with the four gemeente digits of its wijk or buurt code replaced. */
  static Area recoded(Area area, String from, String to) {
    return area.getCode()
        .filter(code -> (area.getType() == AreaType.WIJK || area.getType() == AreaType.BUURT)
            && code.startsWith(from, 2))
        .map(code -> Area.builder().from(area)
            .code(code.substring(0, 2) + to + code.substring(6)).build())
        .orElse(area);
  }

  static List<Site<HousingCareVision>> districtOfOtherMunicipality(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getAreas().size(); i++) {
      Area wijk = v.getAreas().get(i);
      if (wijk.getType() != AreaType.WIJK || wijk.getCode().isEmpty()
          || !wijk.getParentId().equals(Optional.of(v.getArea().getId()))
          || v.getArea().getType() != AreaType.GEMEENTE || v.getArea().getCode().isEmpty()) {
        continue;
      }
      String own = wijk.getCode().get().substring(2, 6);
      String other = Municipalities.all().stream().map(m -> m.getCode().substring(2))
          .filter(digits -> !digits.equals(own)).findFirst().orElseThrow();
      int index = i;
      out.add(site(JsonPointer.of("areas").append(i).append("code"), x -> {
        List<Area> areas = new ArrayList<>(x.getAreas());
        areas.set(index, recoded(areas.get(index), own, other));
        for (int k = 0; k < areas.size(); k++) {
          Area child = areas.get(k);
          if (child.getParentId().equals(Optional.of(wijk.getId()))) {
            areas.set(k, recoded(child, own, other));
          }
        }
        return vision(x).areas(areas).build();
      }));
    }
    return out;
  }

  static List<Site<HousingCareVision>> neighbourhoodOfOtherDistrict(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getAreas().size(); i++) {
      Area buurt = v.getAreas().get(i);
      Optional<Area> wijk = buurt.getParentId().flatMap(v::findArea);
      if (buurt.getType() != AreaType.BUURT || buurt.getCode().isEmpty() || wijk.isEmpty()
          || wijk.get().getType() != AreaType.WIJK || wijk.get().getCode().isEmpty()) {
        continue;
      }
      String code = buurt.getCode().get();
      String district = code.substring(6, 8);
      String other = district.equals("99") ? "98" : "99";
      int index = i;
      out.add(site(JsonPointer.of("areas").append(i).append("code"), x -> vision(x)
          .areas(replaced(x.getAreas(), index, Area.builder().from(buurt)
              .code(code.substring(0, 6) + other + code.substring(8)).build()))
          .build()));
    }
    return out;
  }

  static List<Site<HousingCareVision>> goalBreakdownsOff(HousingCareVision v) {
    return eachGoalBreakdown(v, (g, b) -> g.getTarget().isPresent()
            && b.expectedTotal(g.getTarget().get()).isPresent(), "",
        (goal, j) -> withBreakdown(goal, j,
            breakdownWithFirstPartNudged(goal.getBreakdowns().get(j))));
  }

  static List<Site<HousingCareVision>> activityBreakdownsOff(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<Activity> activities = activitiesOf(v);
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.getOutput().isEmpty()) {
        continue;
      }
      for (int j = 0; j < a.getBreakdowns().size(); j++) {
        Breakdown b = a.getBreakdowns().get(j);
        if (b.getParts().isEmpty() || b.expectedTotal(a.getOutput().get()).isEmpty()) {
          continue;
        }
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of("programme", "activities").append(i).append("breakdowns")
            .append(j), x -> {
              Activity activity = x.getProgramme().orElseThrow().getActivities().get(index);
              return withActivity(x, index, Activity.builder().from(activity).breakdowns(
                  replaced(activity.getBreakdowns(), element,
                      breakdownWithFirstPartNudged(activity.getBreakdowns().get(element))))
                  .build());
            }));
      }
    }
    return out;
  }

  static List<Site<HousingCareVision>> partYearsOutsidePeriod(HousingCareVision v) {
    if (v.getPeriod().isEmpty()) {
      return List.of();
    }
    int after = v.getPeriod().orElseThrow().getToYear() + 1;
    return eachGoalBreakdown(v, (g, b) -> true, "parts/0/year", (goal, j) -> {
      Breakdown b = goal.getBreakdowns().get(j);
      return withBreakdown(goal, j, Breakdown.builder().from(b).parts(replaced(b.getParts(), 0,
          BreakdownPart.builder().from(b.getParts().get(0)).year(after).build())).build());
    });
  }

  static List<Site<HousingCareVision>> locationCountsOff(HousingCareVision v) {
    // Only a goal with neither a number of locations nor a breakdown per location, which the
    // rule does not report before the defect.
    return eachGoalBreakdown(v, (g, b) -> g.getCriteria().stream()
            .noneMatch(c -> c.getKind() == CriterionKind.AANTAL_LOCATIES)
            && g.getBreakdowns().stream()
                .noneMatch(d -> d.getDimension() == BreakdownDimension.LOCATIE), "parts",
        (goal, j) -> {
          Breakdown b = goal.getBreakdowns().get(j);
          return goal(withBreakdown(goal, j,
              Breakdown.builder().from(b).dimension(BreakdownDimension.LOCATIE).build()))
              .addCriteria(Criterion.of(CriterionKind.AANTAL_LOCATIES,
                  Quantity.of(b.getParts().size() + 1, Unit.LOCATIES)))
              .build();
        });
  }

  /**
   * For an owner of {@code goal} who takes part in an agreement serving the goal: a party of the
   * vision that takes part in none of them and does not own the goal yet. Nothing for an owner
   * who takes part in none, whom WZ-SMART-A-02 reports already, nor when no agreement serves the
   * goal, which the rule does not judge.
   */
  static Function<String, Optional<String>> outsiderFor(HousingCareVision v, Goal goal) {
    Set<String> taking = v.getAgreements().stream()
        .filter(a -> a.getGoalIds().contains(goal.getId()))
        .flatMap(a -> a.getParties().stream()).map(AgreementParty::getPartyId)
        .collect(Collectors.toSet());
    Optional<String> outsider = v.getParties().stream().map(Party::getId)
        .filter(id -> !taking.contains(id) && !goal.getOwnerPartyIds().contains(id)).findFirst();
    return owner -> taking.contains(owner) ? outsider : Optional.empty();
  }

  static List<Site<HousingCareVision>> negativeFigures(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<SupplyDemandFigure> figures = v.getAnalysis().map(Analysis::getFigures).orElse(List.of());
    for (int i = 0; i < figures.size(); i++) {
      int index = i;
      out.add(site(JsonPointer.of("analysis", "figures").append(i).append("value"), x -> {
        Analysis analysis = x.getAnalysis().orElseThrow();
        SupplyDemandFigure figure = analysis.getFigures().get(index);
        Quantity value = figure.getValue();
        return vision(x).analysis(Analysis.builder().from(analysis).figures(replaced(
            analysis.getFigures(), index, SupplyDemandFigure.builder().from(figure)
                .value(Quantity.of(value.getValue().abs().add(BigDecimal.ONE).negate(),
                    value.getUnit())).build())).build()).build();
      }));
    }
    return out;
  }

  static List<Site<HousingCareVision>> percentagesAboveHundred(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<AnalysisFinding> findings =
        v.getAnalysis().map(Analysis::getFindings).orElse(List.of());
    for (int i = 0; i < findings.size(); i++) {
      int index = i;
      out.add(site(JsonPointer.of("analysis", "findings").append(i).append("figure"), x -> {
        Analysis analysis = x.getAnalysis().orElseThrow();
        return vision(x).analysis(Analysis.builder().from(analysis).findings(replaced(
            analysis.getFindings(), index, AnalysisFinding.builder()
                .from(analysis.getFindings().get(index))
                .figure(Quantity.of(150, Unit.PROCENT)).build())).build()).build();
      }));
    }
    return out;
  }

  /** Every agreement that a party of one of {@code types} signs: none of them signs it any more. */
  static List<Site<HousingCareVision>> unsigned(HousingCareVision v, Set<PartyType> types) {
    Predicate<String> ofTypes =
        id -> v.findParty(id).map(Party::getType).filter(types::contains).isPresent();
    return eachAgreement(v,
        a -> a.partyIdsWithRole(PartyRole.ONDERTEKENAAR).stream().anyMatch(ofTypes), "parties",
        a -> agreement(a).parties(a.getParties().stream()
            .map(p -> ofTypes.test(p.getPartyId())
                ? withoutRoles(p, EnumSet.of(PartyRole.ONDERTEKENAAR)) : p)
            .toList()).build());
  }

  static List<Site<HousingCareVision>> slicesOutsidePeriod(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getAgreements().size(); i++) {
      PerformanceAgreement a = v.getAgreements().get(i);
      if (a.getPeriod().isEmpty()) {
        continue;
      }
      int after = a.getPeriod().get().getToYear() + 1;
      for (int j = 0; j < a.getYearSlices().size(); j++) {
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of("agreements").append(i).append("yearSlices").append(j)
            .append("year"), x -> {
              PerformanceAgreement agreement = x.getAgreements().get(index);
              return withAgreement(x, index, agreement(agreement).yearSlices(replaced(
                  agreement.getYearSlices(), element, YearSlice.builder()
                      .from(agreement.getYearSlices().get(element)).year(after).build()))
                  .build());
            }));
      }
    }
    return out;
  }

  static PerformanceAgreement sliceGrown(PerformanceAgreement a) {
    List<YearSlice> slices = a.getYearSlices();
    for (int j = 0; j < slices.size(); j++) {
      if (slices.get(j).getValue().isPresent()) {
        YearSlice grown = YearSlice.builder().from(slices.get(j))
            .value(slices.get(j).getValue().get().add(BigDecimal.ONE)).build();
        return agreement(a).yearSlices(replaced(slices, j, grown)).build();
      }
    }
    throw new IllegalStateException("agreement " + a.getId() + " has no valued slice");
  }

  static List<Site<HousingCareVision>> exchangesWithOutsiders(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getAgreements().size(); i++) {
      PerformanceAgreement a = v.getAgreements().get(i);
      Optional<String> outsider = v.getParties().stream().map(Party::getId)
          .filter(id -> a.getParties().stream().noneMatch(p -> p.getPartyId().equals(id)))
          .findFirst();
      if (a.getTransactionTerms().isEmpty() || outsider.isEmpty()) {
        continue;
      }
      for (int j = 0; j < a.getTransactionTerms().get().getExchanges().size(); j++) {
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of("agreements").append(i).append("transactionTerms")
            .append("exchanges").append(j).append("partyId"), x -> {
              PerformanceAgreement agreement = x.getAgreements().get(index);
              TransactionTerms terms = agreement.getTransactionTerms().orElseThrow();
              var exchange = terms.getExchanges().get(element);
              return withAgreement(x, index, agreement(agreement).transactionTerms(
                  TransactionTerms.builder().exchanges(replaced(terms.getExchanges(), element,
                      nl.woonzorg.model.agreement.Exchange.builder().from(exchange)
                          .partyId(outsider.get()).build())).build()).build());
            }));
      }
    }
    return out;
  }

  static List<Site<HousingCareVision>> withoutAmbitions(HousingCareVision v) {
    if (!reached(v, Phase.AFSPRAKEN) || v.getAmbitions().isEmpty()) {
      return List.of();
    }
    return List.of(site(JsonPointer.of("ambitions"), x -> vision(x).ambitions(List.of())
        .goals(x.getGoals().stream().map(g -> goal(g).ambitionId(Optional.empty()).build())
            .toList())
        .build()));
  }

  static List<Site<HousingCareVision>> activitiesWithoutBudget(HousingCareVision v) {
    if (!reached(v, Phase.UITVOERING)) {
      return List.of();
    }
    return eachActivity(v, a -> a.getBudget().isPresent(), "budget",
        a -> Activity.builder().from(a).budget(Optional.empty()).build());
  }

  static List<Site<HousingCareVision>> negativeBudgets(HousingCareVision v) {
    return eachActivity(v, a -> a.getBudget().isPresent(), "budget/amountEuro",
        a -> Activity.builder().from(a).budget(
            nl.woonzorg.model.programme.Budget.builder().from(a.getBudget().get())
                .amountEuro(BigDecimal.valueOf(-5000)).build()).build());
  }

  static List<Site<HousingCareVision>> eachActivity(HousingCareVision v,
      Predicate<Activity> applies, String path, UnaryOperator<Activity> change) {
    return eachItem(v, VisionDefects::activitiesOf, JsonPointer.of("programme", "activities"),
        applies, path, VisionDefects::withActivity, change);
  }

  static List<Site<HousingCareVision>> withoutMonitoring(HousingCareVision v) {
    if (!reached(v, Phase.BORGING) || v.getMonitoring().isEmpty()) {
      return List.of();
    }
    // Without indicators an agreement must stay measurable through its own target.
    if (v.getAgreements().stream().anyMatch(a -> a.getTarget().isEmpty())) {
      return List.of();
    }
    return List.of(site(JsonPointer.of("monitoring"), x -> vision(x)
        .monitoring(Optional.empty())
        .goals(x.getGoals().stream().map(g -> goal(g).indicatorId(Optional.empty()).build())
            .toList())
        .agreements(x.getAgreements().stream()
            .map(a -> agreement(a).indicatorIds(List.of()).build()).toList())
        .build()));
  }

  static List<Site<HousingCareVision>> indicatorsWithoutGoals(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    if (!reached(v, Phase.BORGING)) {
      return out;
    }
    List<Indicator> indicators =
        v.getMonitoring().map(Monitoring::getIndicators).orElse(List.of());
    for (int i = 0; i < indicators.size(); i++) {
      if (!indicators.get(i).getGoalIds().isEmpty()) {
        int index = i;
        out.add(site(JsonPointer.of("monitoring", "indicators").append(i).append("goalIds"),
            x -> withIndicator(x, index, indicator -> Indicator.builder().from(indicator)
                .goalIds(List.of()).build())));
      }
    }
    return out;
  }

  static List<Site<HousingCareVision>> historyOutOfOrder(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<PhaseEntry> history = v.getPhaseHistory();
    for (int i = 1; i < history.size(); i++) {
      int index = i;
      out.add(site(JsonPointer.of("phaseHistory").append(i).append("startDate"), x -> {
        List<PhaseEntry> entries = x.getPhaseHistory();
        PhaseEntry moved = PhaseEntry.builder().from(entries.get(index))
            .startDate(entries.get(index - 1).getStartDate()).build();
        return vision(x).phaseHistory(replaced(entries, index, moved)).build();
      }));
    }
    return out;
  }

  static List<Site<HousingCareVision>> skippedPhases(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    List<PhaseEntry> history = v.getPhaseHistory();
    // Drop an entry before the last: the one after it then skips a phase. Only where no entry
    // has a reason already and every step is one phase, as in a single cycle without skips.
    for (int i = 0; i + 1 < history.size(); i++) {
      Phase before = i == 0 ? Phase.ANALYSE : history.get(i - 1).getPhase();
      boolean oneStep = i == 0
          ? history.get(0).getPhase() == Phase.ANALYSE
              && history.get(1).getPhase() != Phase.ANALYSE
          : before.stepsTo(history.get(i + 1).getPhase()) == 2;
      if (!oneStep || history.get(i + 1).getSkipReason().isPresent()) {
        continue;
      }
      int index = i;
      out.add(site(JsonPointer.of("phaseHistory").append(i).append("skipReason"), x -> {
        List<PhaseEntry> entries = new ArrayList<>(x.getPhaseHistory());
        entries.remove(index);
        return vision(x).phaseHistory(entries).build();
      }));
    }
    return out;
  }

  static List<Site<HousingCareVision>> partiesWithoutRoles(HousingCareVision v) {
    List<Site<HousingCareVision>> out = new ArrayList<>();
    for (int i = 0; i < v.getAgreements().size(); i++) {
      PerformanceAgreement a = v.getAgreements().get(i);
      for (int j = 0; j < a.getParties().size(); j++) {
        AgreementParty party = a.getParties().get(j);
        boolean inert = !party.getRoles().contains(PartyRole.ONDERTEKENAAR)
            && party.getRoles().stream().noneMatch(OWNING::contains);
        if (!inert) {
          continue;
        }
        int index = i;
        int element = j;
        out.add(site(JsonPointer.of("agreements").append(i).append("parties").append(j)
            .append("roles"), x -> {
              PerformanceAgreement agreement = x.getAgreements().get(index);
              return withAgreement(x, index, agreement(agreement).parties(replaced(
                  agreement.getParties(), element, AgreementParty.builder()
                      .from(agreement.getParties().get(element)).roles(Set.of()).build()))
                  .build());
            }));
      }
    }
    return out;
  }
}
