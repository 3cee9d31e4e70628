package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the written constraint plans ({@link PlanText#RESOURCE}) of the model's concrete
 * classes as plain Java: generated from that file by ConstraintPlanCoverageTest
 * ({@code -Dwoonzorg.regenerate=true}), which holds the two equal; do not edit. Each test is the
 * {@link KnownConstraints#check(String)} of its token, each getter is called on the model's public
 * type, and a cascade into a model class calls that class's check directly, where the interpreted
 * plan called every getter through one method handle and every test through one lambda.
 * Stateless; thread-safe.
 */
final class WrittenChecks {

  private static final Class<?> T0 = type("nl.woonzorg.model.ImmutableHousingCareVision");
  private static final Class<?> T1 = type("nl.woonzorg.model.agreement.ImmutableActionTerms");
  private static final Class<?> T2 = type("nl.woonzorg.model.agreement.ImmutableAgreementParty");
  private static final Class<?> T3 = type("nl.woonzorg.model.agreement.ImmutableDescriptiveTerms");
  private static final Class<?> T4 = type("nl.woonzorg.model.agreement.ImmutableExchange");
  private static final Class<?> T5 = type("nl.woonzorg.model.agreement.ImmutableGuaranteeTerms");
  private static final Class<?> T6 = type("nl.woonzorg.model.agreement.ImmutableIntentTerms");
  private static final Class<?> T7 = type("nl.woonzorg.model.agreement.ImmutableMeasure");
  private static final Class<?> T8 = type("nl.woonzorg.model.agreement.ImmutablePerformanceAgreement");
  private static final Class<?> T9 = type("nl.woonzorg.model.agreement.ImmutableProcessTerms");
  private static final Class<?> T10 = type("nl.woonzorg.model.agreement.ImmutableTransactionTerms");
  private static final Class<?> T11 = type("nl.woonzorg.model.agreement.ImmutableYearSlice");
  private static final Class<?> T12 = type("nl.woonzorg.model.analysis.ImmutableAnalysis");
  private static final Class<?> T13 = type("nl.woonzorg.model.analysis.ImmutableAnalysisFinding");
  private static final Class<?> T14 = type("nl.woonzorg.model.analysis.ImmutableBottleneck");
  private static final Class<?> T15 = type("nl.woonzorg.model.analysis.ImmutableSource");
  private static final Class<?> T16 = type("nl.woonzorg.model.analysis.ImmutableSupplyDemandFigure");
  private static final Class<?> T17 = type("nl.woonzorg.model.area.ImmutableArea");
  private static final Class<?> T18 = type("nl.woonzorg.model.cooperation.ImmutableConsultation");
  private static final Class<?> T19 = type("nl.woonzorg.model.cooperation.ImmutableCooperation");
  private static final Class<?> T20 = type("nl.woonzorg.model.cooperation.ImmutableCovenant");
  private static final Class<?> T21 = type("nl.woonzorg.model.cooperation.ImmutableCovenantTask");
  private static final Class<?> T22 = type("nl.woonzorg.model.document.ImmutableAgreementsDocument");
  private static final Class<?> T23 = type("nl.woonzorg.model.document.ImmutableAnalysisDocument");
  private static final Class<?> T24 = type("nl.woonzorg.model.document.ImmutableCovenantDocument");
  private static final Class<?> T25 = type("nl.woonzorg.model.document.ImmutableMonitorReport");
  private static final Class<?> T26 = type("nl.woonzorg.model.document.ImmutableProgrammeDocument");
  private static final Class<?> T27 = type("nl.woonzorg.model.dwelling.ImmutableBuilding");
  private static final Class<?> T28 = type("nl.woonzorg.model.dwelling.ImmutableDwelling");
  private static final Class<?> T29 = type("nl.woonzorg.model.goal.ImmutableAmbition");
  private static final Class<?> T30 = type("nl.woonzorg.model.goal.ImmutableBreakdown");
  private static final Class<?> T31 = type("nl.woonzorg.model.goal.ImmutableBreakdownPart");
  private static final Class<?> T32 = type("nl.woonzorg.model.goal.ImmutableCriterion");
  private static final Class<?> T33 = type("nl.woonzorg.model.goal.ImmutableGoal");
  private static final Class<?> T34 = type("nl.woonzorg.model.goal.ImmutableScope");
  private static final Class<?> T35 = type("nl.woonzorg.model.link.ImmutableDocumentLink");
  private static final Class<?> T36 = type("nl.woonzorg.model.monitoring.ImmutableEarlyWarningThreshold");
  private static final Class<?> T37 = type("nl.woonzorg.model.monitoring.ImmutableEvaluationMoment");
  private static final Class<?> T38 = type("nl.woonzorg.model.monitoring.ImmutableIndicator");
  private static final Class<?> T39 = type("nl.woonzorg.model.monitoring.ImmutableMeasurement");
  private static final Class<?> T40 = type("nl.woonzorg.model.monitoring.ImmutableMonitorConclusion");
  private static final Class<?> T41 = type("nl.woonzorg.model.monitoring.ImmutableMonitoring");
  private static final Class<?> T42 = type("nl.woonzorg.model.party.ImmutableCollective");
  private static final Class<?> T43 = type("nl.woonzorg.model.party.ImmutableParty");
  private static final Class<?> T44 = type("nl.woonzorg.model.party.ImmutablePartyIdentifier");
  private static final Class<?> T45 = type("nl.woonzorg.model.phase.ImmutablePhaseEntry");
  private static final Class<?> T46 = type("nl.woonzorg.model.programme.ImmutableActivity");
  private static final Class<?> T47 = type("nl.woonzorg.model.programme.ImmutableBudget");
  private static final Class<?> T48 = type("nl.woonzorg.model.programme.ImmutableImplementationProgramme");
  private static final Class<?> T49 = type("nl.woonzorg.model.quantity.ImmutableQuantity");
  private static final Class<?> T50 = type("nl.woonzorg.model.targetgroup.ImmutableAgeBand");
  private static final Class<?> T51 = type("nl.woonzorg.model.time.ImmutableDeadline");
  private static final Class<?> T52 = type("nl.woonzorg.model.time.ImmutableFrequency");
  private static final Class<?> T53 = type("nl.woonzorg.model.time.ImmutablePartialDate");
  private static final Class<?> T54 = type("nl.woonzorg.model.time.ImmutableYearPeriod");
  private static final Class<?> T55 = type("nl.woonzorg.model.vision.ImmutablePrinciple");
  private static final Class<?> T56 = type("nl.woonzorg.model.vision.ImmutableTheme");
  private static final Class<?> T57 = type("nl.woonzorg.model.vision.ImmutableVisionStatement");

  // The classes of the lists Immutables makes: none, one or more elements.
  private static final Class<?> EMPTY_LIST = Collections.emptyList().getClass();
  private static final Class<?> SINGLETON_LIST =
      Collections.singletonList(null).getClass();
  private static final Class<?> UNMODIFIABLE_LIST =
      Collections.unmodifiableList(new ArrayList<>()).getClass();

  private static final ValueCheck K0 = KnownConstraints.check("NotBlank");
  private static final ValueCheck K1 = KnownConstraints.check("Pattern 0 (?s).*[^\\p{javaWhitespace}].*");
  private static final ValueCheck K2 = KnownConstraints.check("NotEmpty");
  private static final ValueCheck K3 = KnownConstraints.check("Positive Integer");
  private static final ValueCheck K4 = KnownConstraints.check("Pattern 0 WK\\d{6}");
  private static final ValueCheck K5 = KnownConstraints.check("Pattern 0 GM\\d{4}");
  private static final ValueCheck K6 = KnownConstraints.check("Pattern 0 BU\\d{8}");
  private static final ValueCheck K7 = KnownConstraints.check("PositiveOrZero Integer");
  private static final ValueCheck K8 = KnownConstraints.check("Pattern 0 [1-9]\\d{3}[A-Z]{2}");
  private static final ValueCheck K9 = KnownConstraints.check("PositiveOrZero BigDecimal");

  private WrittenChecks() {}

  /** The written check of {@code type}; null if it has none. */
  static @Nullable ValueCheck of(Class<?> type) {
    if (type == T0) {
      return bean -> c0((nl.woonzorg.model.HousingCareVision) bean);
    }
    if (type == T1) {
      return bean -> c1((nl.woonzorg.model.agreement.ActionTerms) bean);
    }
    if (type == T2) {
      return bean -> c2((nl.woonzorg.model.agreement.AgreementParty) bean);
    }
    if (type == T3) {
      return bean -> c3((nl.woonzorg.model.agreement.DescriptiveTerms) bean);
    }
    if (type == T4) {
      return bean -> c4((nl.woonzorg.model.agreement.Exchange) bean);
    }
    if (type == T5) {
      return bean -> c5((nl.woonzorg.model.agreement.GuaranteeTerms) bean);
    }
    if (type == T6) {
      return bean -> c6((nl.woonzorg.model.agreement.IntentTerms) bean);
    }
    if (type == T7) {
      return bean -> c7((nl.woonzorg.model.agreement.Measure) bean);
    }
    if (type == T8) {
      return bean -> c8((nl.woonzorg.model.agreement.PerformanceAgreement) bean);
    }
    if (type == T9) {
      return bean -> c9((nl.woonzorg.model.agreement.ProcessTerms) bean);
    }
    if (type == T10) {
      return bean -> c10((nl.woonzorg.model.agreement.TransactionTerms) bean);
    }
    if (type == T11) {
      return bean -> c11((nl.woonzorg.model.agreement.YearSlice) bean);
    }
    if (type == T12) {
      return bean -> c12((nl.woonzorg.model.analysis.Analysis) bean);
    }
    if (type == T13) {
      return bean -> c13((nl.woonzorg.model.analysis.AnalysisFinding) bean);
    }
    if (type == T14) {
      return bean -> c14((nl.woonzorg.model.analysis.Bottleneck) bean);
    }
    if (type == T15) {
      return bean -> c15((nl.woonzorg.model.analysis.Source) bean);
    }
    if (type == T16) {
      return bean -> c16((nl.woonzorg.model.analysis.SupplyDemandFigure) bean);
    }
    if (type == T17) {
      return bean -> c17((nl.woonzorg.model.area.Area) bean);
    }
    if (type == T18) {
      return bean -> c18((nl.woonzorg.model.cooperation.Consultation) bean);
    }
    if (type == T19) {
      return bean -> c19((nl.woonzorg.model.cooperation.Cooperation) bean);
    }
    if (type == T20) {
      return bean -> c20((nl.woonzorg.model.cooperation.Covenant) bean);
    }
    if (type == T21) {
      return bean -> c21((nl.woonzorg.model.cooperation.CovenantTask) bean);
    }
    if (type == T22) {
      return bean -> c22((nl.woonzorg.model.document.AgreementsDocument) bean);
    }
    if (type == T23) {
      return bean -> c23((nl.woonzorg.model.document.AnalysisDocument) bean);
    }
    if (type == T24) {
      return bean -> c24((nl.woonzorg.model.document.CovenantDocument) bean);
    }
    if (type == T25) {
      return bean -> c25((nl.woonzorg.model.document.MonitorReport) bean);
    }
    if (type == T26) {
      return bean -> c26((nl.woonzorg.model.document.ProgrammeDocument) bean);
    }
    if (type == T27) {
      return bean -> c27((nl.woonzorg.model.dwelling.Building) bean);
    }
    if (type == T28) {
      return bean -> c28((nl.woonzorg.model.dwelling.Dwelling) bean);
    }
    if (type == T29) {
      return bean -> c29((nl.woonzorg.model.goal.Ambition) bean);
    }
    if (type == T30) {
      return bean -> c30((nl.woonzorg.model.goal.Breakdown) bean);
    }
    if (type == T31) {
      return bean -> c31((nl.woonzorg.model.goal.BreakdownPart) bean);
    }
    if (type == T32) {
      return bean -> c32((nl.woonzorg.model.goal.Criterion) bean);
    }
    if (type == T33) {
      return bean -> c33((nl.woonzorg.model.goal.Goal) bean);
    }
    if (type == T34) {
      return bean -> c34((nl.woonzorg.model.goal.Scope) bean);
    }
    if (type == T35) {
      return bean -> c35((nl.woonzorg.model.link.DocumentLink) bean);
    }
    if (type == T36) {
      return bean -> c36((nl.woonzorg.model.monitoring.EarlyWarningThreshold) bean);
    }
    if (type == T37) {
      return bean -> c37((nl.woonzorg.model.monitoring.EvaluationMoment) bean);
    }
    if (type == T38) {
      return bean -> c38((nl.woonzorg.model.monitoring.Indicator) bean);
    }
    if (type == T39) {
      return bean -> c39((nl.woonzorg.model.monitoring.Measurement) bean);
    }
    if (type == T40) {
      return bean -> c40((nl.woonzorg.model.monitoring.MonitorConclusion) bean);
    }
    if (type == T41) {
      return bean -> c41((nl.woonzorg.model.monitoring.Monitoring) bean);
    }
    if (type == T42) {
      return bean -> c42((nl.woonzorg.model.party.Collective) bean);
    }
    if (type == T43) {
      return bean -> c43((nl.woonzorg.model.party.Party) bean);
    }
    if (type == T44) {
      return bean -> c44((nl.woonzorg.model.party.PartyIdentifier) bean);
    }
    if (type == T45) {
      return bean -> c45((nl.woonzorg.model.phase.PhaseEntry) bean);
    }
    if (type == T46) {
      return bean -> c46((nl.woonzorg.model.programme.Activity) bean);
    }
    if (type == T47) {
      return bean -> c47((nl.woonzorg.model.programme.Budget) bean);
    }
    if (type == T48) {
      return bean -> c48((nl.woonzorg.model.programme.ImplementationProgramme) bean);
    }
    if (type == T49) {
      return bean -> c49((nl.woonzorg.model.quantity.Quantity) bean);
    }
    if (type == T50) {
      return bean -> c50((nl.woonzorg.model.targetgroup.AgeBand) bean);
    }
    if (type == T51) {
      return bean -> c51((nl.woonzorg.model.time.Deadline) bean);
    }
    if (type == T52) {
      return bean -> c52((nl.woonzorg.model.time.Frequency) bean);
    }
    if (type == T53) {
      return bean -> c53((nl.woonzorg.model.time.PartialDate) bean);
    }
    if (type == T54) {
      return bean -> c54((nl.woonzorg.model.time.YearPeriod) bean);
    }
    if (type == T55) {
      return bean -> c55((nl.woonzorg.model.vision.Principle) bean);
    }
    if (type == T56) {
      return bean -> c56((nl.woonzorg.model.vision.Theme) bean);
    }
    if (type == T57) {
      return bean -> c57((nl.woonzorg.model.vision.VisionStatement) bean);
    }
    return null;
  }

  /** A model class by name, from the model's class loader; null if absent. */
  private static @Nullable Class<?> type(String name) {
    try {
      return Class.forName(name, false, HousingCareVision.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static boolean v0(@Nullable Object value) {
    return (value == null || (value.getClass() == T8 ? c8((nl.woonzorg.model.agreement.PerformanceAgreement) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every1(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v0(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v0(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v0(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v2(@Nullable Object value) {
    return (value == null || every1(value));
  }

  private static boolean v3(@Nullable Object value) {
    return (value == null || (value.getClass() == T29 ? c29((nl.woonzorg.model.goal.Ambition) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every4(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v3(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v3(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v3(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v5(@Nullable Object value) {
    return (value == null || every4(value));
  }

  private static boolean v6(@Nullable Object value) {
    return (value == null || (value.getClass() == T12 ? c12((nl.woonzorg.model.analysis.Analysis) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v7(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v6(optional.orElse(null)));
  }

  private static boolean v8(@Nullable Object value) {
    return (value == null || (value.getClass() == T17 ? c17((nl.woonzorg.model.area.Area) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every9(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v8(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v8(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v8(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v10(@Nullable Object value) {
    return (value == null || every9(value));
  }

  private static boolean v11(@Nullable Object value) {
    return (value == null || (value.getClass() == T19 ? c19((nl.woonzorg.model.cooperation.Cooperation) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v12(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v11(optional.orElse(null)));
  }

  private static boolean v13(@Nullable Object value) {
    return (value == null || (value.getClass() == T33 ? c33((nl.woonzorg.model.goal.Goal) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every14(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v13(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v13(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v13(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v15(@Nullable Object value) {
    return (value == null || every14(value));
  }

  private static boolean v16(@Nullable Object value) {
    return K0.holds(value);
  }

  private static boolean v17(@Nullable Object value) {
    return (value == null || (value.getClass() == T35 ? c35((nl.woonzorg.model.link.DocumentLink) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every18(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v17(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v17(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v17(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v19(@Nullable Object value) {
    return (value == null || every18(value));
  }

  private static boolean v20(@Nullable Object value) {
    return (value == null || (value.getClass() == T41 ? c41((nl.woonzorg.model.monitoring.Monitoring) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v21(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v20(optional.orElse(null)));
  }

  private static boolean v22(@Nullable Object value) {
    return (value == null || (value.getClass() == T43 ? c43((nl.woonzorg.model.party.Party) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every23(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v22(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v22(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v22(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v24(@Nullable Object value) {
    return (value == null || every23(value));
  }

  private static boolean v25(@Nullable Object value) {
    return (value == null || (value.getClass() == T54 ? c54((nl.woonzorg.model.time.YearPeriod) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v26(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v25(optional.orElse(null)));
  }

  private static boolean v27(@Nullable Object value) {
    return (value == null || (value.getClass() == T45 ? c45((nl.woonzorg.model.phase.PhaseEntry) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every28(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v27(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v27(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v27(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v29(@Nullable Object value) {
    return (value == null || every28(value));
  }

  private static boolean v30(@Nullable Object value) {
    return (value == null || (value.getClass() == T48 ? c48((nl.woonzorg.model.programme.ImplementationProgramme) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v31(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v30(optional.orElse(null)));
  }

  private static boolean v32(@Nullable Object value) {
    return (value == null || (value.getClass() == T57 ? c57((nl.woonzorg.model.vision.VisionStatement) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v33(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v32(optional.orElse(null)));
  }

  /** ImmutableHousingCareVision. */
  private static boolean c0(nl.woonzorg.model.HousingCareVision bean) {
    if (!v2(bean.getAgreements())) {
      return false;
    }
    if (!v5(bean.getAmbitions())) {
      return false;
    }
    if (!v7(bean.getAnalysis())) {
      return false;
    }
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v12(bean.getCooperation())) {
      return false;
    }
    if (!v15(bean.getGoals())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v21(bean.getMonitoring())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v29(bean.getPhaseHistory())) {
      return false;
    }
    if (!v31(bean.getProgramme())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    if (!v33(bean.getVision())) {
      return false;
    }
    return true;
  }

  private static boolean every34(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v16(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v16(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v16(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v35(@Nullable Object value) {
    return (value == null || every34(value));
  }

  private static boolean v36(@Nullable Object value) {
    return K1.holds(value);
  }

  private static boolean v37(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v36(optional.orElse(null)));
  }

  /** ImmutableActionTerms. */
  private static boolean c1(nl.woonzorg.model.agreement.ActionTerms bean) {
    if (!v35(bean.getActivities())) {
      return false;
    }
    if (!v37(bean.getTiming())) {
      return false;
    }
    return true;
  }

  private static boolean v38(@Nullable Object value) {
    return K2.holds(value);
  }

  /** ImmutableAgreementParty. */
  private static boolean c2(nl.woonzorg.model.agreement.AgreementParty bean) {
    if (!v16(bean.getPartyId())) {
      return false;
    }
    if (!v38(bean.getRoles())) {
      return false;
    }
    return true;
  }

  /** ImmutableDescriptiveTerms. */
  private static boolean c3(nl.woonzorg.model.agreement.DescriptiveTerms bean) {
    if (!v16(bean.getStatement())) {
      return false;
    }
    return true;
  }

  /** ImmutableExchange. */
  private static boolean c4(nl.woonzorg.model.agreement.Exchange bean) {
    if (!v16(bean.getGets())) {
      return false;
    }
    if (!v16(bean.getGives())) {
      return false;
    }
    if (!v16(bean.getPartyId())) {
      return false;
    }
    return true;
  }

  /** ImmutableGuaranteeTerms. */
  private static boolean c5(nl.woonzorg.model.agreement.GuaranteeTerms bean) {
    if (!v35(bean.getCostBearerPartyIds())) {
      return false;
    }
    if (!v37(bean.getCostSharing())) {
      return false;
    }
    if (!v16(bean.getObligation())) {
      return false;
    }
    return true;
  }

  /** ImmutableIntentTerms. */
  private static boolean c6(nl.woonzorg.model.agreement.IntentTerms bean) {
    if (!v16(bean.getCondition())) {
      return false;
    }
    if (!v16(bean.getConsequence())) {
      return false;
    }
    return true;
  }

  private static boolean v39(@Nullable Object value) {
    return (value == null || (value.getClass() == T47 ? c47((nl.woonzorg.model.programme.Budget) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v40(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v39(optional.orElse(null)));
  }

  /** ImmutableMeasure. */
  private static boolean c7(nl.woonzorg.model.agreement.Measure bean) {
    if (!v40(bean.getBudget())) {
      return false;
    }
    if (!v16(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    return true;
  }

  private static boolean v41(@Nullable Object value) {
    return (value == null || (value.getClass() == T1 ? c1((nl.woonzorg.model.agreement.ActionTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v42(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v41(optional.orElse(null)));
  }

  private static boolean v43(@Nullable Object value) {
    return (value == null || (value.getClass() == T51 ? c51((nl.woonzorg.model.time.Deadline) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v44(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v43(optional.orElse(null)));
  }

  private static boolean v45(@Nullable Object value) {
    return (value == null || (value.getClass() == T3 ? c3((nl.woonzorg.model.agreement.DescriptiveTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v46(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v45(optional.orElse(null)));
  }

  private static boolean v47(@Nullable Object value) {
    return (value == null || (value.getClass() == T5 ? c5((nl.woonzorg.model.agreement.GuaranteeTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v48(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v47(optional.orElse(null)));
  }

  private static boolean v49(@Nullable Object value) {
    return (value == null || (value.getClass() == T6 ? c6((nl.woonzorg.model.agreement.IntentTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v50(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v49(optional.orElse(null)));
  }

  private static boolean v51(@Nullable Object value) {
    return (value == null || (value.getClass() == T7 ? c7((nl.woonzorg.model.agreement.Measure) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every52(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v51(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v51(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v51(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v53(@Nullable Object value) {
    return (value == null || every52(value));
  }

  private static boolean v54(@Nullable Object value) {
    return (value == null || (value.getClass() == T2 ? c2((nl.woonzorg.model.agreement.AgreementParty) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every55(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v54(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v54(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v54(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v56(@Nullable Object value) {
    return (value == null || every55(value));
  }

  private static boolean v57(@Nullable Object value) {
    return (value == null || (value.getClass() == T9 ? c9((nl.woonzorg.model.agreement.ProcessTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v58(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v57(optional.orElse(null)));
  }

  private static boolean v59(@Nullable Object value) {
    return (value == null || (value.getClass() == T34 ? c34((nl.woonzorg.model.goal.Scope) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v60(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v59(optional.orElse(null)));
  }

  private static boolean v61(@Nullable Object value) {
    return (value == null || (value.getClass() == T49 ? c49((nl.woonzorg.model.quantity.Quantity) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v62(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v61(optional.orElse(null)));
  }

  private static boolean v63(@Nullable Object value) {
    return (value == null || (value.getClass() == T10 ? c10((nl.woonzorg.model.agreement.TransactionTerms) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v64(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v63(optional.orElse(null)));
  }

  private static boolean v65(@Nullable Object value) {
    return (value == null || (value.getClass() == T11 ? c11((nl.woonzorg.model.agreement.YearSlice) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every66(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v65(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v65(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v65(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v67(@Nullable Object value) {
    return (value == null || every66(value));
  }

  /** ImmutablePerformanceAgreement. */
  private static boolean c8(nl.woonzorg.model.agreement.PerformanceAgreement bean) {
    if (!v42(bean.getActionTerms())) {
      return false;
    }
    if (!v35(bean.getCovenantIds())) {
      return false;
    }
    if (!v44(bean.getDeadline())) {
      return false;
    }
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v46(bean.getDescriptiveTerms())) {
      return false;
    }
    if (!v35(bean.getGoalIds())) {
      return false;
    }
    if (!v48(bean.getGuaranteeTerms())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v35(bean.getIndicatorIds())) {
      return false;
    }
    if (!v50(bean.getIntentTerms())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v53(bean.getMeasures())) {
      return false;
    }
    if (!v56(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v58(bean.getProcessTerms())) {
      return false;
    }
    if (!v35(bean.getRelatedAgreementIds())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    if (!v62(bean.getTarget())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    if (!v37(bean.getTopic())) {
      return false;
    }
    if (!v64(bean.getTransactionTerms())) {
      return false;
    }
    if (!v67(bean.getYearSlices())) {
      return false;
    }
    return true;
  }

  private static boolean v68(@Nullable Object value) {
    return K3.holds(value);
  }

  private static boolean v69(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v68(optional.orElse(null)));
  }

  private static boolean v70(@Nullable Object value) {
    return (value == null || (value.getClass() == T52 ? c52((nl.woonzorg.model.time.Frequency) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v71(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v70(optional.orElse(null)));
  }

  /** ImmutableProcessTerms. */
  private static boolean c9(nl.woonzorg.model.agreement.ProcessTerms bean) {
    if (!v16(bean.getCycle())) {
      return false;
    }
    if (!v69(bean.getEvaluationAfterYears())) {
      return false;
    }
    if (!v71(bean.getFrequency())) {
      return false;
    }
    if (!v69(bean.getRenewalIntervalYears())) {
      return false;
    }
    return true;
  }

  private static boolean v72(@Nullable Object value) {
    return (value == null || (value.getClass() == T4 ? c4((nl.woonzorg.model.agreement.Exchange) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every73(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v72(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v72(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v72(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v74(@Nullable Object value) {
    return (value == null || every73(value));
  }

  /** ImmutableTransactionTerms. */
  private static boolean c10(nl.woonzorg.model.agreement.TransactionTerms bean) {
    if (!v74(bean.getExchanges())) {
      return false;
    }
    return true;
  }

  /** ImmutableYearSlice. */
  private static boolean c11(nl.woonzorg.model.agreement.YearSlice bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    return true;
  }

  private static boolean v75(@Nullable Object value) {
    return (value == null || (value.getClass() == T14 ? c14((nl.woonzorg.model.analysis.Bottleneck) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every76(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v75(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v75(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v75(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v77(@Nullable Object value) {
    return (value == null || every76(value));
  }

  private static boolean v78(@Nullable Object value) {
    return (value == null || (value.getClass() == T16 ? c16((nl.woonzorg.model.analysis.SupplyDemandFigure) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every79(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v78(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v78(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v78(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v80(@Nullable Object value) {
    return (value == null || every79(value));
  }

  private static boolean v81(@Nullable Object value) {
    return (value == null || (value.getClass() == T13 ? c13((nl.woonzorg.model.analysis.AnalysisFinding) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every82(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v81(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v81(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v81(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v83(@Nullable Object value) {
    return (value == null || every82(value));
  }

  private static boolean v84(@Nullable Object value) {
    return (value == null || (value.getClass() == T15 ? c15((nl.woonzorg.model.analysis.Source) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every85(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v84(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v84(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v84(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v86(@Nullable Object value) {
    return (value == null || every85(value));
  }

  /** ImmutableAnalysis. */
  private static boolean c12(nl.woonzorg.model.analysis.Analysis bean) {
    if (!v77(bean.getBottlenecks())) {
      return false;
    }
    if (!v80(bean.getFigures())) {
      return false;
    }
    if (!v83(bean.getFindings())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v37(bean.getSummary())) {
      return false;
    }
    return true;
  }

  /** ImmutableAnalysisFinding. */
  private static boolean c13(nl.woonzorg.model.analysis.AnalysisFinding bean) {
    if (!v35(bean.getAreaIds())) {
      return false;
    }
    if (!v62(bean.getFigure())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v37(bean.getSourceId())) {
      return false;
    }
    if (!v16(bean.getStatement())) {
      return false;
    }
    return true;
  }

  /** ImmutableBottleneck. */
  private static boolean c14(nl.woonzorg.model.analysis.Bottleneck bean) {
    if (!v35(bean.getAreaIds())) {
      return false;
    }
    if (!v16(bean.getDescription())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v68(bean.getRank())) {
      return false;
    }
    return true;
  }

  /** ImmutableSource. */
  private static boolean c15(nl.woonzorg.model.analysis.Source bean) {
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v37(bean.getPublisher())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    if (!v37(bean.getUrl())) {
      return false;
    }
    return true;
  }

  private static boolean v87(@Nullable Object value) {
    return (value == null || (value.getClass() == T30 ? c30((nl.woonzorg.model.goal.Breakdown) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every88(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v87(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v87(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v87(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v89(@Nullable Object value) {
    return (value == null || every88(value));
  }

  /** ImmutableSupplyDemandFigure. */
  private static boolean c16(nl.woonzorg.model.analysis.SupplyDemandFigure bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v89(bean.getBreakdowns())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v37(bean.getSourceId())) {
      return false;
    }
    if (!v61(bean.getValue())) {
      return false;
    }
    return true;
  }

  /** ImmutableArea. */
  private static boolean c17(nl.woonzorg.model.area.Area bean) {
    if (!v37(bean.getCode())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v35(bean.getMemberIds())) {
      return false;
    }
    if (!v16(bean.getName())) {
      return false;
    }
    if (!v37(bean.getParentId())) {
      return false;
    }
    return true;
  }

  private static boolean v90(@Nullable Object value) {
    return (value == null || (value.getClass() == T53 ? c53((nl.woonzorg.model.time.PartialDate) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v91(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v90(optional.orElse(null)));
  }

  /** ImmutableConsultation. */
  private static boolean c18(nl.woonzorg.model.cooperation.Consultation bean) {
    if (!v71(bean.getFrequency())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v16(bean.getName())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v91(bean.getSince())) {
      return false;
    }
    return true;
  }

  private static boolean v92(@Nullable Object value) {
    return (value == null || (value.getClass() == T18 ? c18((nl.woonzorg.model.cooperation.Consultation) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every93(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v92(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v92(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v92(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v94(@Nullable Object value) {
    return (value == null || every93(value));
  }

  private static boolean v95(@Nullable Object value) {
    return (value == null || (value.getClass() == T20 ? c20((nl.woonzorg.model.cooperation.Covenant) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every96(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v95(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v95(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v95(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v97(@Nullable Object value) {
    return (value == null || every96(value));
  }

  /** ImmutableCooperation. */
  private static boolean c19(nl.woonzorg.model.cooperation.Cooperation bean) {
    if (!v94(bean.getConsultations())) {
      return false;
    }
    if (!v97(bean.getCovenants())) {
      return false;
    }
    if (!v37(bean.getFundingArrangement())) {
      return false;
    }
    if (!v35(bean.getPartnerIds())) {
      return false;
    }
    return true;
  }

  /** ImmutableCovenant. */
  private static boolean c20(nl.woonzorg.model.cooperation.Covenant bean) {
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v37(bean.getSubject())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  /** ImmutableCovenantTask. */
  private static boolean c21(nl.woonzorg.model.cooperation.CovenantTask bean) {
    if (!v16(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getGoalIds())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v37(bean.getOwnerPartyId())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    return true;
  }

  /** ImmutableAgreementsDocument. */
  private static boolean c22(nl.woonzorg.model.document.AgreementsDocument bean) {
    if (!v2(bean.getAgreements())) {
      return false;
    }
    if (!v5(bean.getAmbitions())) {
      return false;
    }
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v15(bean.getGoals())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v91(bean.getSignedIn())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  /** ImmutableAnalysisDocument. */
  private static boolean c23(nl.woonzorg.model.document.AnalysisDocument bean) {
    if (!v6(bean.getAnalysis())) {
      return false;
    }
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v35(bean.getAuthorPartyIds())) {
      return false;
    }
    if (!v35(bean.getCommissionerPartyIds())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v15(bean.getProposals())) {
      return false;
    }
    if (!v91(bean.getPublishedIn())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  private static boolean v98(@Nullable Object value) {
    return (value == null || (value.getClass() == T21 ? c21((nl.woonzorg.model.cooperation.CovenantTask) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every99(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v98(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v98(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v98(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v100(@Nullable Object value) {
    return (value == null || every99(value));
  }

  /** ImmutableCovenantDocument. */
  private static boolean c24(nl.woonzorg.model.document.CovenantDocument bean) {
    if (!v2(bean.getAgreements())) {
      return false;
    }
    if (!v7(bean.getAnalysis())) {
      return false;
    }
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v12(bean.getCooperation())) {
      return false;
    }
    if (!v15(bean.getGoals())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v21(bean.getMonitoring())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    if (!v35(bean.getSignatoryPartyIds())) {
      return false;
    }
    if (!v91(bean.getSignedIn())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v37(bean.getSubject())) {
      return false;
    }
    if (!v100(bean.getTasks())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    if (!v100(bean.getWorkingArrangements())) {
      return false;
    }
    return true;
  }

  private static boolean v101(@Nullable Object value) {
    return (value == null || (value.getClass() == T40 ? c40((nl.woonzorg.model.monitoring.MonitorConclusion) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every102(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v101(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v101(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v101(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v103(@Nullable Object value) {
    return (value == null || every102(value));
  }

  /** ImmutableMonitorReport. */
  private static boolean c25(nl.woonzorg.model.document.MonitorReport bean) {
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v35(bean.getAuthorPartyIds())) {
      return false;
    }
    if (!v103(bean.getConclusions())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v20(bean.getMonitoring())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v91(bean.getPublishedIn())) {
      return false;
    }
    if (!v37(bean.getPurpose())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  /** ImmutableProgrammeDocument. */
  private static boolean c26(nl.woonzorg.model.document.ProgrammeDocument bean) {
    if (!v35(bean.getAdoptedByPartyIds())) {
      return false;
    }
    if (!v91(bean.getAdoptedIn())) {
      return false;
    }
    if (!v5(bean.getAmbitions())) {
      return false;
    }
    if (!v7(bean.getAnalysis())) {
      return false;
    }
    if (!v8(bean.getArea())) {
      return false;
    }
    if (!v10(bean.getAreas())) {
      return false;
    }
    if (!v15(bean.getGoals())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v19(bean.getLinks())) {
      return false;
    }
    if (!v21(bean.getMonitoring())) {
      return false;
    }
    if (!v24(bean.getParties())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    if (!v30(bean.getProgramme())) {
      return false;
    }
    if (!v86(bean.getSources())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    if (!v33(bean.getVision())) {
      return false;
    }
    return true;
  }

  private static boolean v104(@Nullable Object value) {
    return K4.holds(value);
  }

  private static boolean v105(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v104(optional.orElse(null)));
  }

  private static boolean v106(@Nullable Object value) {
    return K5.holds(value);
  }

  private static boolean v107(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v106(optional.orElse(null)));
  }

  private static boolean v108(@Nullable Object value) {
    return K6.holds(value);
  }

  private static boolean v109(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v108(optional.orElse(null)));
  }

  private static boolean v110(@Nullable Object value) {
    return K7.holds(value);
  }

  private static boolean v111(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v110(optional.orElse(null)));
  }

  /** ImmutableBuilding. */
  private static boolean c27(nl.woonzorg.model.dwelling.Building bean) {
    if (!v105(bean.getDistrictCode())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v107(bean.getMunicipalityCode())) {
      return false;
    }
    if (!v37(bean.getName())) {
      return false;
    }
    if (!v109(bean.getNeighbourhoodCode())) {
      return false;
    }
    if (!v37(bean.getOwnerPartyId())) {
      return false;
    }
    if (!v111(bean.getSeniorUnitCount())) {
      return false;
    }
    if (!v69(bean.getStoreys())) {
      return false;
    }
    if (!v111(bean.getUnitCount())) {
      return false;
    }
    if (!v37(bean.getVeraBuildingCode())) {
      return false;
    }
    if (!v37(bean.getVeraClusterCode())) {
      return false;
    }
    return true;
  }

  private static boolean v112(@Nullable Object value) {
    return K8.holds(value);
  }

  private static boolean v113(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v112(optional.orElse(null)));
  }

  /** ImmutableDwelling. */
  private static boolean c28(nl.woonzorg.model.dwelling.Dwelling bean) {
    if (!v37(bean.getBuildingId())) {
      return false;
    }
    if (!v105(bean.getDistrictCode())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v107(bean.getMunicipalityCode())) {
      return false;
    }
    if (!v109(bean.getNeighbourhoodCode())) {
      return false;
    }
    if (!v37(bean.getOwnerPartyId())) {
      return false;
    }
    if (!v113(bean.getPostalCode())) {
      return false;
    }
    if (!v69(bean.getRooms())) {
      return false;
    }
    return true;
  }

  /** ImmutableAmbition. */
  private static boolean c29(nl.woonzorg.model.goal.Ambition bean) {
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v16(bean.getStatement())) {
      return false;
    }
    if (!v37(bean.getThemeId())) {
      return false;
    }
    return true;
  }

  private static boolean v114(@Nullable Object value) {
    return (value == null || (value.getClass() == T31 ? c31((nl.woonzorg.model.goal.BreakdownPart) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every115(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v114(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v114(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v114(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v116(@Nullable Object value) {
    return (value == null || every115(value));
  }

  /** ImmutableBreakdown. */
  private static boolean c30(nl.woonzorg.model.goal.Breakdown bean) {
    if (!v116(bean.getParts())) {
      return false;
    }
    return true;
  }

  /** ImmutableBreakdownPart. */
  private static boolean c31(nl.woonzorg.model.goal.BreakdownPart bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v16(bean.getLabel())) {
      return false;
    }
    if (!v37(bean.getPartyId())) {
      return false;
    }
    return true;
  }

  /** ImmutableCriterion. */
  private static boolean c32(nl.woonzorg.model.goal.Criterion bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v62(bean.getValue())) {
      return false;
    }
    return true;
  }

  private static boolean v117(@Nullable Object value) {
    return (value == null || (value.getClass() == T32 ? c32((nl.woonzorg.model.goal.Criterion) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every118(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v117(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v117(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v117(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v119(@Nullable Object value) {
    return (value == null || every118(value));
  }

  /** ImmutableGoal. */
  private static boolean c33(nl.woonzorg.model.goal.Goal bean) {
    if (!v37(bean.getAdditionalToGoalId())) {
      return false;
    }
    if (!v37(bean.getAmbitionId())) {
      return false;
    }
    if (!v62(bean.getBaseline())) {
      return false;
    }
    if (!v89(bean.getBreakdowns())) {
      return false;
    }
    if (!v119(bean.getCriteria())) {
      return false;
    }
    if (!v44(bean.getDeadline())) {
      return false;
    }
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getFindingIds())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v37(bean.getIndicator())) {
      return false;
    }
    if (!v37(bean.getIndicatorId())) {
      return false;
    }
    if (!v35(bean.getOwnerPartyIds())) {
      return false;
    }
    if (!v59(bean.getScope())) {
      return false;
    }
    if (!v91(bean.getStart())) {
      return false;
    }
    if (!v62(bean.getTarget())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  private static boolean v120(@Nullable Object value) {
    return (value == null || (value.getClass() == T50 ? c50((nl.woonzorg.model.targetgroup.AgeBand) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every121(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v120(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v120(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v120(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v122(@Nullable Object value) {
    return (value == null || every121(value));
  }

  /** ImmutableScope. */
  private static boolean c34(nl.woonzorg.model.goal.Scope bean) {
    if (!v122(bean.getAgeBands())) {
      return false;
    }
    if (!v35(bean.getAreaIds())) {
      return false;
    }
    return true;
  }

  /** ImmutableDocumentLink. */
  private static boolean c35(nl.woonzorg.model.link.DocumentLink bean) {
    if (!v37(bean.getAddress())) {
      return false;
    }
    if (!v37(bean.getDocumentId())) {
      return false;
    }
    if (!v91(bean.getIssued())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v37(bean.getPurpose())) {
      return false;
    }
    if (!v37(bean.getTitle())) {
      return false;
    }
    return true;
  }

  /** ImmutableEarlyWarningThreshold. */
  private static boolean c36(nl.woonzorg.model.monitoring.EarlyWarningThreshold bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v16(bean.getIndicatorId())) {
      return false;
    }
    return true;
  }

  /** ImmutableEvaluationMoment. */
  private static boolean c37(nl.woonzorg.model.monitoring.EvaluationMoment bean) {
    if (!v16(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getPartyIds())) {
      return false;
    }
    if (!v71(bean.getRecurrence())) {
      return false;
    }
    return true;
  }

  /** ImmutableIndicator. */
  private static boolean c38(nl.woonzorg.model.monitoring.Indicator bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v37(bean.getDefinition())) {
      return false;
    }
    if (!v35(bean.getGoalIds())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v16(bean.getName())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    return true;
  }

  /** ImmutableMeasurement. */
  private static boolean c39(nl.woonzorg.model.monitoring.Measurement bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v89(bean.getBreakdowns())) {
      return false;
    }
    if (!v16(bean.getIndicatorId())) {
      return false;
    }
    if (!v91(bean.getReferencedAs())) {
      return false;
    }
    if (!v37(bean.getSource())) {
      return false;
    }
    return true;
  }

  /** ImmutableMonitorConclusion. */
  private static boolean c40(nl.woonzorg.model.monitoring.MonitorConclusion bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v35(bean.getIndicatorIds())) {
      return false;
    }
    if (!v60(bean.getScope())) {
      return false;
    }
    if (!v16(bean.getStatement())) {
      return false;
    }
    return true;
  }

  private static boolean v123(@Nullable Object value) {
    return (value == null || (value.getClass() == T37 ? c37((nl.woonzorg.model.monitoring.EvaluationMoment) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every124(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v123(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v123(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v123(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v125(@Nullable Object value) {
    return (value == null || every124(value));
  }

  private static boolean v126(@Nullable Object value) {
    return (value == null || (value.getClass() == T38 ? c38((nl.woonzorg.model.monitoring.Indicator) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every127(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v126(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v126(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v126(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v128(@Nullable Object value) {
    return (value == null || every127(value));
  }

  private static boolean v129(@Nullable Object value) {
    return (value == null || (value.getClass() == T39 ? c39((nl.woonzorg.model.monitoring.Measurement) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every130(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v129(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v129(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v129(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v131(@Nullable Object value) {
    return (value == null || every130(value));
  }

  private static boolean v132(@Nullable Object value) {
    return (value == null || (value.getClass() == T36 ? c36((nl.woonzorg.model.monitoring.EarlyWarningThreshold) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every133(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v132(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v132(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v132(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v134(@Nullable Object value) {
    return (value == null || every133(value));
  }

  /** ImmutableMonitoring. */
  private static boolean c41(nl.woonzorg.model.monitoring.Monitoring bean) {
    if (!v125(bean.getEvaluationMoments())) {
      return false;
    }
    if (!v128(bean.getIndicators())) {
      return false;
    }
    if (!v131(bean.getMeasurements())) {
      return false;
    }
    if (!v71(bean.getReportingFrequency())) {
      return false;
    }
    if (!v134(bean.getThresholds())) {
      return false;
    }
    return true;
  }

  /** ImmutableCollective. */
  private static boolean c42(nl.woonzorg.model.party.Collective bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getMemberPartyIds())) {
      return false;
    }
    return true;
  }

  private static boolean v135(@Nullable Object value) {
    return (value == null || (value.getClass() == T42 ? c42((nl.woonzorg.model.party.Collective) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean v136(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v135(optional.orElse(null)));
  }

  private static boolean v137(@Nullable Object value) {
    return (value == null || (value.getClass() == T44 ? c44((nl.woonzorg.model.party.PartyIdentifier) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every138(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v137(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v137(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v137(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v139(@Nullable Object value) {
    return (value == null || every138(value));
  }

  /** ImmutableParty. */
  private static boolean c43(nl.woonzorg.model.party.Party bean) {
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v136(bean.getCollective())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v139(bean.getIdentifiers())) {
      return false;
    }
    if (!v16(bean.getName())) {
      return false;
    }
    return true;
  }

  /** ImmutablePartyIdentifier. */
  private static boolean c44(nl.woonzorg.model.party.PartyIdentifier bean) {
    if (!v16(bean.getValue())) {
      return false;
    }
    return true;
  }

  /** ImmutablePhaseEntry. */
  private static boolean c45(nl.woonzorg.model.phase.PhaseEntry bean) {
    if (!v37(bean.getNote())) {
      return false;
    }
    if (!v37(bean.getSkipReason())) {
      return false;
    }
    return true;
  }

  /** ImmutableActivity. */
  private static boolean c46(nl.woonzorg.model.programme.Activity bean) {
    if (!v35(bean.getAgreementIds())) {
      return false;
    }
    if (!v37(bean.getAreaId())) {
      return false;
    }
    if (!v89(bean.getBreakdowns())) {
      return false;
    }
    if (!v40(bean.getBudget())) {
      return false;
    }
    if (!v91(bean.getDeadline())) {
      return false;
    }
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v35(bean.getGoalIds())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v35(bean.getInvolvedPartyIds())) {
      return false;
    }
    if (!v62(bean.getOutput())) {
      return false;
    }
    if (!v26(bean.getPlanning())) {
      return false;
    }
    if (!v71(bean.getRecurrence())) {
      return false;
    }
    if (!v37(bean.getResponsiblePartyId())) {
      return false;
    }
    if (!v91(bean.getStart())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  private static boolean v140(@Nullable Object value) {
    return K9.holds(value);
  }

  private static boolean v141(@Nullable Object value) {
    return (value == null || value instanceof Optional<?> optional && v140(optional.orElse(null)));
  }

  /** ImmutableBudget. */
  private static boolean c47(nl.woonzorg.model.programme.Budget bean) {
    if (!v141(bean.getAmountEuro())) {
      return false;
    }
    if (!v37(bean.getFinancierPartyId())) {
      return false;
    }
    if (!v37(bean.getNote())) {
      return false;
    }
    return true;
  }

  private static boolean v142(@Nullable Object value) {
    return (value == null || (value.getClass() == T46 ? c46((nl.woonzorg.model.programme.Activity) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every143(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v142(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v142(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v142(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v144(@Nullable Object value) {
    return (value == null || every143(value));
  }

  /** ImmutableImplementationProgramme. */
  private static boolean c48(nl.woonzorg.model.programme.ImplementationProgramme bean) {
    if (!v144(bean.getActivities())) {
      return false;
    }
    if (!v26(bean.getPeriod())) {
      return false;
    }
    return true;
  }

  /** ImmutableQuantity. */
  private static boolean c49(nl.woonzorg.model.quantity.Quantity bean) {
    return true;
  }

  /** ImmutableAgeBand. */
  private static boolean c50(nl.woonzorg.model.targetgroup.AgeBand bean) {
    return true;
  }

  /** ImmutableDeadline. */
  private static boolean c51(nl.woonzorg.model.time.Deadline bean) {
    return true;
  }

  /** ImmutableFrequency. */
  private static boolean c52(nl.woonzorg.model.time.Frequency bean) {
    if (!v69(bean.getEvery())) {
      return false;
    }
    if (!v68(bean.getTimes())) {
      return false;
    }
    return true;
  }

  /** ImmutablePartialDate. */
  private static boolean c53(nl.woonzorg.model.time.PartialDate bean) {
    return true;
  }

  /** ImmutableYearPeriod. */
  private static boolean c54(nl.woonzorg.model.time.YearPeriod bean) {
    return true;
  }

  /** ImmutablePrinciple. */
  private static boolean c55(nl.woonzorg.model.vision.Principle bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  /** ImmutableTheme. */
  private static boolean c56(nl.woonzorg.model.vision.Theme bean) {
    if (!v37(bean.getDescription())) {
      return false;
    }
    if (!v16(bean.getId())) {
      return false;
    }
    if (!v16(bean.getTitle())) {
      return false;
    }
    return true;
  }

  private static boolean v145(@Nullable Object value) {
    return (value == null || (value.getClass() == T55 ? c55((nl.woonzorg.model.vision.Principle) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every146(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v145(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v145(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v145(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v147(@Nullable Object value) {
    return (value == null || every146(value));
  }

  private static boolean v148(@Nullable Object value) {
    return (value == null || (value.getClass() == T56 ? c56((nl.woonzorg.model.vision.Theme) value) : ConstraintPlan.cascaded(value)));
  }

  private static boolean every149(Object value) {
    Class<?> type = value.getClass();
    if (type == EMPTY_LIST) {
      return true;
    }
    if (type == SINGLETON_LIST) {
      return v148(((List<?>) value).get(0));
    }
    if (type == UNMODIFIABLE_LIST) {
      List<?> list = (List<?>) value;
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!v148(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof Iterable<?> all)) {
      return false;
    }
    for (Object element : all) {
      if (!v148(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean v150(@Nullable Object value) {
    return (value == null || every149(value));
  }

  /** ImmutableVisionStatement. */
  private static boolean c57(nl.woonzorg.model.vision.VisionStatement bean) {
    if (!v147(bean.getPrinciples())) {
      return false;
    }
    if (!v37(bean.getSummary())) {
      return false;
    }
    if (!v150(bean.getThemes())) {
      return false;
    }
    return true;
  }
}
