package nl.woonzorg.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.builtin.BuiltInRuleList;
import nl.woonzorg.validation.internal.BuiltIn;
import nl.woonzorg.validation.internal.ClusteredHomeRule;
import nl.woonzorg.validation.rule.AgreementRule;
import nl.woonzorg.validation.rule.DocumentRule;
import nl.woonzorg.validation.rule.BuildingRule;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.GoalRule;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.Rule;
import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.VisionRule;

/**
 * Checks woonzorg data for conformity (<i>toetser</i>): a whole {@link HousingCareVision}, or a
 * goal, a prestatieafspraak or a dwelling record on its own, and returns an immutable {@link
 * Report}.
 *
 * <p>Two layers run: the Jakarta constraints declared on the model, whose violations — those
 * Hibernate Validator, without Expression Language, finds — get rule ids {@code WZ-BEAN-…}, and the cross-object
 * rules of the catalogue ({@link #builtInRules()}, listed in {@code RULES.md}) plus any the caller
 * adds. Every finding carries a stable rule id, a severity from the {@link Profile} and the
 * caller's overrides, a JSON Pointer into the wire form, and texts in the chosen language. Findings
 * come in document order: by location, array indices numerically, then by rule id.
 *
 * <p>Of each rule a report holds at most the first {@link Builder#maxFindingsPerRule(int)}
 * findings in document order (100 unless set), and one {@code WZ-ENGINE-02} finding for the rest,
 * located at the first of them, with the rule's severity and their number; so the memory a report
 * takes grows with the number of rules, not with the size of the data, and the verdict is the
 * same as without the cap.
 *
 * <p>Build one validator and share it: it is immutable and <b>thread-safe</b>, and any number of
 * threads may validate with it at once; the same input always gives an equal report. Invalid
 * content never throws: however incomplete or contradictory the data, it is reported, and a rule
 * that fails is reported as {@code WZ-ENGINE-01}. Only misuse of the API throws, as documented per
 * method.
 *
 * <pre>{@code
 * WoonzorgValidator validator = WoonzorgValidator.builder()
 *     .profile(Profile.VASTGESTELD)
 *     .locale(Locale.ENGLISH)
 *     .severity("WZ-TOPIC-01", Severity.WARNING)
 *     .build();
 * Report report = validator.validate(vision);
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WoonzorgValidator {

  private static final Logger LOG = LoggerFactory.getLogger(WoonzorgValidator.class);

  /** Reported when a rule throws instead of reporting, so that the caller never sees it throw. */
  static final RuleDefinition ENGINE_FAILURE = BuiltIn.rule("WZ-ENGINE-01")
      .severity(Severity.ERROR)
      .rationale("A validator that throws on bad data cannot be used to judge data; a rule that"
          + " fails is a defect in the rule, reported so that the data is not silently passed.")
      .source("Issue 3 (engine): invalid content never throws")
      .example("A caller's rule that throws a NullPointerException on a goal without a target.")
      .arguments("ruleId")
      .build();

  /**
   * Stands for the findings of a rule past the cap. It takes the severity of the findings it
   * counts, so its own is never looked up; ERROR is what the catalogue shows.
   */
  static final RuleDefinition FINDINGS_OMITTED = BuiltIn.rule("WZ-ENGINE-02")
      .severity(Severity.ERROR)
      .rationale("A report of a million findings of one rule takes more memory than a check may,"
          + " and tells a reader no more than the first hundred and their number do.")
      .source("Issue 20 (hardening): bounded memory for every input")
      .example("A goal whose ownerPartyIds lists 1,000 ids of no party: of WZ-REF-03 100"
          + " findings and one WZ-ENGINE-02 for the other 900.")
      .arguments("ruleId", "omitted", "severity")
      .build();

  /** The findings per rule a report holds unless the builder says otherwise. */
  public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 100;

  private final Profile profile;
  private final Locale locale;
  private final int maxFindingsPerRule;
  private final Optional<LocalDate> referenceDate;
  private final List<Criterion> criteria;
  private final boolean planned;
  private final Map<String, RuleDefinition> definitions;
  private final Map<String, Severity> overrides;
  private final Set<String> disabled;
  private final List<VisionRule> visionRules;
  private final List<GoalRule> goalRules;
  private final List<AgreementRule> agreementRules;
  private final List<DwellingRule> dwellingRules;
  /** How many of the vision, goal, agreement and dwelling rules, the first ones, are built in. */
  private final int builtInVisionRules;
  private final int builtInGoalRules;
  private final int builtInAgreementRules;
  private final int builtInDwellingRules;
  /** Per built-in dwelling rule, its definition, and whether it judges only clustered homes. */
  private final RuleDefinition[] builtInDwellingDefinitions;
  private final boolean[] clusteredOnly;
  private final List<BuildingRule> buildingRules;
  private final List<DocumentRule> documentRules;
  // Per rule id, the templates of its findings' texts in this validator's language; looked up on
  // a rule's first finding, as building the keys and looking them up cost more than the wording.
  private final Map<String, Template[]> templates = new ConcurrentHashMap<>();

  private WoonzorgValidator(Builder builder, Map<String, RuleDefinition> definitions,
      List<Rule> rules, int builtIns) {
    this.profile = builder.profile;
    this.locale = builder.locale;
    this.maxFindingsPerRule = builder.maxFindingsPerRule;
    this.referenceDate = builder.referenceDate;
    this.criteria = List.copyOf(builder.criteria);
    this.planned = builder.planned;
    this.definitions = Map.copyOf(definitions);
    this.overrides = Map.copyOf(builder.overrides);
    this.disabled = Set.copyOf(builder.disabled);
    this.visionRules = rulesOf(rules, VisionRule.class);
    this.goalRules = rulesOf(rules, GoalRule.class);
    this.agreementRules = rulesOf(rules, AgreementRule.class);
    this.dwellingRules = rulesOf(rules, DwellingRule.class);
    // The built-in rules come first in rules, and so in each kind's list.
    List<Rule> builtIn = rules.subList(0, builtIns);
    this.builtInVisionRules = rulesOf(builtIn, VisionRule.class).size();
    this.builtInGoalRules = rulesOf(builtIn, GoalRule.class).size();
    this.builtInAgreementRules = rulesOf(builtIn, AgreementRule.class).size();
    this.builtInDwellingRules = rulesOf(builtIn, DwellingRule.class).size();
    this.builtInDwellingDefinitions = new RuleDefinition[builtInDwellingRules];
    this.clusteredOnly = new boolean[builtInDwellingRules];
    for (int i = 0; i < builtInDwellingRules; i++) {
      builtInDwellingDefinitions[i] = dwellingRules.get(i).definition();
      clusteredOnly[i] = dwellingRules.get(i) instanceof ClusteredHomeRule;
    }
    this.buildingRules = rulesOf(rules, BuildingRule.class);
    this.documentRules = rulesOf(rules, DocumentRule.class);
  }

  private <T extends Rule> List<T> rulesOf(List<Rule> rules, Class<T> kind) {
    return rules.stream()
        .filter(kind::isInstance)
        .filter(rule -> !disabled.contains(rule.definition().id()))
        .map(kind::cast)
        .toList();
  }

  /** A builder with profile {@link Profile#VASTGESTELD}, Dutch texts and every built-in rule. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The definitions of the built-in rules and of the Bean Validation mappings, ordered by id; an
   * immutable list. {@code RULES.md} is generated from it.
   */
  public static List<RuleDefinition> builtInRules() {
    List<RuleDefinition> all = new ArrayList<>(BeanConstraints.DEFINITIONS);
    all.add(ENGINE_FAILURE);
    all.add(FINDINGS_OMITTED);
    all.addAll(BuildingReferences.DEFINITIONS);
    BuiltInRuleList.all().forEach(rule -> all.add(rule.definition()));
    all.sort(Comparator.comparing(RuleDefinition::id));
    return List.copyOf(all);
  }

  /** The profile this validator applies. */
  public Profile profile() {
    return profile;
  }

  /** The locale of the findings' texts; Dutch unless the builder was told otherwise. */
  public Locale locale() {
    return locale;
  }

  /**
   * The most findings of one rule a report of this validator holds; the rest are counted in a
   * {@code WZ-ENGINE-02} finding.
   */
  public int maxFindingsPerRule() {
    return maxFindingsPerRule;
  }

  /**
   * The peildatum at which subjects without a date of their own, such as dwelling records, are
   * judged; empty unless the builder was given one.
   *
   * @since 0.2.0
   */
  public Optional<LocalDate> referenceDate() {
    return referenceDate;
  }

  /**
   * The criteria the rules on buildings take their thresholds from ({@link
   * Builder#criteria(Collection)}); an immutable list, empty unless given.
   *
   * @since 0.2.0
   */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * Every rule this validator knows, built-in and added, switched off or not, ordered by id; an
   * immutable list.
   */
  public List<RuleDefinition> rules() {
    return definitions.values().stream().sorted(Comparator.comparing(RuleDefinition::id)).toList();
  }

  /**
   * The severity findings of rule {@code ruleId} get from this validator; empty if the rule is
   * switched off.
   *
   * @throws IllegalArgumentException if this validator knows no rule {@code ruleId}
   */
  public Optional<Severity> severity(String ruleId) {
    RuleDefinition definition = definitions.get(Objects.requireNonNull(ruleId, "ruleId"));
    if (definition == null) {
      throw new IllegalArgumentException("unknown rule id '" + ruleId + "'");
    }
    return severityOf(definition);
  }

  Optional<Severity> severityOf(RuleDefinition definition) {
    String id = definition.id();
    if (disabled.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(overrides.getOrDefault(id, definition.severity(profile)));
  }

  /**
   * The templates of the message, expected and hint texts of {@code definition}'s findings in
   * this validator's language, in that order; null where the rule has none or a blank one.
   */
  @Nullable Template[] templates(RuleDefinition definition) {
    return templates.computeIfAbsent(definition.id(), id -> {
      Template[] texts = new Template[3];
      List<String> parts = List.of("message", "expected", "hint");
      for (int i = 0; i < texts.length; i++) {
        texts[i] = definition.messages().text(id + "." + parts.get(i), locale)
            .filter(template -> !template.isBlank())
            .map(template -> Template.of(template, locale))
            .orElse(null);
      }
      return texts;
    });
  }

  /**
   * Validates a document of any {@link DocumentType}, as its type asks, and returns its report,
   * whose subject is the document's id:
   *
   * <ul>
   *   <li>a {@link HousingCareVision}: its constraints, the vision rules, and the goal and
   *       agreement rules for each of its goals and agreements; locations are pointers from the
   *       vision's root;
   *   <li>a {@link Goal} or {@link PerformanceAgreement} on its own: its constraints and the goal
   *       or agreement rules, without what needs the vision (such as whether a deadline lies in
   *       the vision's period, or the types of an agreement's parties); locations are relative to
   *       the part;
   *   <li>a {@link PolicyDocument} — analysis, prestatieafspraken, covenant, programme, monitor:
   *       its constraints, the document rules, and, on the document seen as a vision of its part
   *       alone, the vision rules that {@linkplain VisionRule#appliesTo apply} to its kind and the
   *       goal and agreement rules for each of its goals and agreements; references to objects
   *       its kind does not hold are left to the document that holds them;
   *   <li>a {@link Dwelling} record: its constraints and the dwelling rules;
   *   <li>a {@link nl.woonzorg.model.monitoring.Measurement}: its constraints; no rule judges a
   *       measurement without the indicator it measures.
   * </ul>
   *
   * @throws NullPointerException if {@code document} is null
   * @throws IllegalArgumentException if {@code document} is of no {@link DocumentType}
   */
  public Report validate(Object document) {
    Objects.requireNonNull(document, "document");
    if (document instanceof Dwelling dwelling) {
      // A stock check validates millions of records: no search of the document types for them.
      return validate(dwelling);
    }
    DocumentType<?> type = DocumentType.ofDocument(document).orElseThrow(() ->
        new IllegalArgumentException("cannot validate a " + document.getClass().getName()
            + ": not a woonzorg document; DocumentType.all() lists them"));
    return validate(type, document);
  }

  private <T> Report validate(DocumentType<T> type, Object document) {
    T subject = type.modelType().cast(document);
    Optional<String> id = type.idOf(subject);
    LOG.debug("validating {} {} ({} profile)", type, id, profile);
    Collector collector = constraints(subject);
    collector.documentType(type);
    if (subject instanceof HousingCareVision vision) {
      visionRules(vision, collector);
    } else if (subject instanceof PolicyDocument policyDocument) {
      documentRules(type, policyDocument, collector);
    } else if (subject instanceof Goal goal) {
      goalRules(goal, JsonPointer.root(), Optional.empty(), collector);
    } else if (subject instanceof PerformanceAgreement agreement) {
      agreementRules(agreement, JsonPointer.root(), Optional.empty(), collector);
    } else if (subject instanceof Building building) {
      for (BuildingRule rule : buildingRules) {
        collector.run(rule, building, JsonPointer.root(), Optional.empty(), BuildingRule::check);
      }
    }
    return collector.report(id.orElse(null));
  }

  /**
   * A dwelling record's report: its constraints and the dwelling rules, without what a record of
   * a stock check does not need: the id as an optional, the search of the kinds of subject, the
   * debug line's arguments while debug logging is off, and the rules about clustered homes for a
   * record of another housing form, in which they find nothing.
   */
  private Report validate(Dwelling dwelling) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("validating {} {} ({} profile)", DocumentType.DWELLING,
          Optional.of(dwelling.getId()), profile);
    }
    Collector collector = constraints(dwelling);
    collector.documentType(DocumentType.DWELLING);
    boolean clustered = ClusteredHomeRule.clusteredForm(dwelling).isPresent();
    for (int i = 0; i < builtInDwellingRules; i++) {
      if (clustered || !clusteredOnly[i]) {
        collector.runBuiltIn(dwellingRules.get(i), builtInDwellingDefinitions[i], dwelling,
            DwellingRule::check);
      }
    }
    for (int i = builtInDwellingRules; i < dwellingRules.size(); i++) {
      collector.run(dwellingRules.get(i), dwelling, JsonPointer.root(), Optional.empty(),
          DwellingRule::check);
    }
    return collector.report(dwelling.getId());
  }

  private void visionRules(HousingCareVision vision, Collector collector) {
    visionRules(DocumentType.VISION, vision, collector);
  }

  private void documentRules(DocumentType<?> type, PolicyDocument document,
      Collector collector) {
    for (DocumentRule rule : documentRules) {
      collector.run(rule, document, JsonPointer.root(), Optional.empty(), DocumentRule::check);
    }
    visionRules(type, document.asVision(), collector);
  }

  private void visionRules(DocumentType<?> type, HousingCareVision vision, Collector collector) {
    Optional<HousingCareVision> context = Optional.of(vision);
    for (int i = 0; i < visionRules.size(); i++) {
      VisionRule rule = visionRules.get(i);
      if (rule.appliesTo(type)) {
        run(collector, rule, i < builtInVisionRules, vision, JsonPointer.root(), context,
            VisionRule::check);
      }
    }
    for (int i = 0; i < vision.getGoals().size(); i++) {
      goalRules(vision.getGoals().get(i), JsonPointer.of("goals").append(i), context, collector);
    }
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      agreementRules(vision.getAgreements().get(i), JsonPointer.of("agreements").append(i),
          context, collector);
    }
  }

  private void goalRules(Goal goal, JsonPointer base, Optional<HousingCareVision> vision,
      Collector collector) {
    for (int i = 0; i < goalRules.size(); i++) {
      run(collector, goalRules.get(i), i < builtInGoalRules, goal, base, vision, GoalRule::check);
    }
  }

  private void agreementRules(PerformanceAgreement agreement, JsonPointer base,
      Optional<HousingCareVision> vision, Collector collector) {
    for (int i = 0; i < agreementRules.size(); i++) {
      run(collector, agreementRules.get(i), i < builtInAgreementRules, agreement, base, vision,
          AgreementRule::check);
    }
  }

  /** Runs a built-in rule with the context it may share, a caller's rule with one of its own. */
  private static <R extends Rule, S> void run(Collector collector, R rule, boolean builtIn,
      S subject, JsonPointer base, Optional<HousingCareVision> vision, Collector.Call<R, S> call) {
    if (builtIn) {
      collector.runBuiltIn(rule, subject, base, vision, call);
    } else {
      collector.run(rule, subject, base, vision, call);
    }
  }

  /**
   * A new collector of the call's findings, holding those of the subject's constraints; the
   * rules' are added to it. Made here, since the constraints may be checked twice over and only
   * the findings of the check that tells are kept.
   */
  private <T> Collector constraints(T subject) {
    if (planned) {
      // Nearly all data satisfies its constraints, and the compiled plan shows that for a
      // fraction of Hibernate Validator's cost.
      if (ConstraintPlan.admits(subject)) {
        return new Collector(this);
      }
      // Otherwise the plan reports the violations one by one and the collector keeps the first
      // of each rule, where Hibernate Validator would make every one of them at once. If the
      // plan cannot tell all the way, what it reported goes with its collector.
      Collector located = new Collector(this);
      if (ConstraintPlan.locate(subject, (constraint, location, value, property) ->
          located.add(definitions.get(BeanConstraints.ruleId(constraint)), location, value,
              BeanConstraints.arguments(constraint, property, WoonzorgValidator::noMessage)))) {
        return located;
      }
    }
    return hibernateValidator(subject);
  }

  private <T> Collector hibernateValidator(T subject) {
    Collector collector = new Collector(this);
    Set<ConstraintViolation<T>> violations;
    try {
      violations = BeanConstraints.validator().validate(subject);
    } catch (RuntimeException e) {
      LOG.debug("Bean Validation failed on {}", subject.getClass().getName(), e);
      collector.add(ENGINE_FAILURE, JsonPointer.root(), e.toString(), "WZ-BEAN");
      return collector;
    }
    LOG.debug("Bean Validation: {} violation(s)", violations.size());
    for (ConstraintViolation<T> violation : violations) {
      ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
      collector.add(definitions.get(BeanConstraints.ruleId(constraint)),
          PropertyPaths.toPointer(violation), violation.getInvalidValue(),
          BeanConstraints.arguments(constraint, PropertyPaths.propertyName(violation),
              violation::getMessage));
    }
    return collector;
  }

  /** Hibernate Validator words what WZ-BEAN-OTHER shows; a plan that would report it steps aside. */
  private static String noMessage() {
    throw new UnsupportedOperationException("only Hibernate Validator words a WZ-BEAN-OTHER");
  }

  /**
   * Builds a {@link WoonzorgValidator}. Not thread-safe; the validator it builds is. Settings are
   * checked by {@link #build()}, so a mistyped rule id fails at once rather than silently doing
   * nothing.
   */
  @API(status = API.Status.STABLE, since = "0.1.0")
  public static final class Builder {

    private Profile profile = Profile.VASTGESTELD;
    private Locale locale = Locale.forLanguageTag("nl");
    private int maxFindingsPerRule = DEFAULT_MAX_FINDINGS_PER_RULE;
    private Optional<LocalDate> referenceDate = Optional.empty();
    private final List<Criterion> criteria = new ArrayList<>();
    private boolean planned = true;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> overrides = new LinkedHashMap<>();
    private final List<Rule> added = new ArrayList<>();

    private Builder() {}

    /** The profile to apply; {@link Profile#VASTGESTELD} unless set. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The language of the findings' texts: Dutch ({@code nl}, the default) and English ({@code
     * en}) are bundled; any other language gets Dutch.
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The most findings of one rule a report holds, the first in document order; the rest are
     * counted in one {@code WZ-ENGINE-02} finding at the first of them. {@value
     * WoonzorgValidator#DEFAULT_MAX_FINDINGS_PER_RULE} unless set; {@link Integer#MAX_VALUE}
     * keeps every finding, and the memory of a report then grows with the data.
     *
     * @throws IllegalArgumentException if {@code max} is less than 1, which would hide which
     *     findings there are
     */
    public Builder maxFindingsPerRule(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxFindingsPerRule must be at least 1, was " + max);
      }
      this.maxFindingsPerRule = max;
      return this;
    }

    /**
     * The peildatum: the date at which to judge a subject that carries no date of its own, such
     * as a dwelling record, e.g. whether its gemeentecode still held then (WZ-AREA-05). Unset, a
     * dwelling record is judged by the bundled list of gemeenten, as of its date. A vision is
     * judged at its own date, whatever this says. The validator never reads the clock, so that
     * the same input gives the same report on any day.
     *
     * @since 0.2.0
     */
    public Builder referenceDate(LocalDate date) {
      this.referenceDate = Optional.of(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds criteria that an agreement or goal states for the buildings to be checked, e.g. a
     * goal's {@link nl.woonzorg.model.goal.Goal#getCriteria()}: the clustered-housing rules take
     * their thresholds from them — the minimum number of homes from a {@link
     * nl.woonzorg.model.goal.CriterionKind#MINIMAAL_AANTAL_WONINGEN_PER_LOCATIE} criterion
     * (WZ-BLD-02), the minimum share for 55-plussers from a {@link
     * nl.woonzorg.model.goal.CriterionKind#MINIMAAL_AANDEEL_WONINGEN_55_PLUS} one (WZ-BLD-03) —
     * and otherwise fall back on what each rule documents. Of several criteria of one kind with a
     * value, the first counts.
     *
     * @since 0.2.0
     */
    public Builder criteria(Collection<Criterion> criteria) {
      criteria.forEach(criterion -> this.criteria.add(
          Objects.requireNonNull(criterion, "criterion")));
      return this;
    }

    /**
     * Leaves the constraints to Hibernate Validator alone, without the compiled plan: for tests
     * that prove the plan reports exactly what Hibernate Validator does.
     */
    Builder withoutConstraintPlan() {
      this.planned = false;
      return this;
    }

    /**
     * Switches off the rules with the given ids, built-in, Bean Validation or added ones; {@code
     * build()} refuses an unknown id, WZ-ENGINE-01, which reports failing rules, and WZ-ENGINE-02,
     * which counts the findings past the cap.
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        disabled.add(Objects.requireNonNull(id, "ruleId"));
      }
      return this;
    }

    /** Gives findings of rule {@code ruleId} severity {@code severity} in any profile. */
    public Builder severity(String ruleId, Severity severity) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId"),
          Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a rule of the caller's own, e.g. a municipality's local rule. It runs after the
     * built-in rules, for every subject of the kinds it implements.
     */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException if a disabled or overridden id names no rule; if an added
     *     rule's id is taken; if an added rule implements none of {@link VisionRule}, {@link
     *     GoalRule}, {@link AgreementRule}, {@link DwellingRule} and {@link BuildingRule}; or if a rule's messages lack
     *     its title or message in Dutch
     */
    public WoonzorgValidator build() {
      Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
      builtInRules().forEach(d -> definitions.put(d.id(), d));
      List<Rule> rules = new ArrayList<>(BuiltInRuleList.all());
      int builtIns = rules.size();
      for (Rule rule : added) {
        RuleDefinition definition = rule.definition();
        if (definitions.putIfAbsent(definition.id(), definition) != null) {
          throw new IllegalArgumentException("rule id '" + definition.id() + "' of "
              + rule.getClass().getName() + " is taken");
        }
        if (!(rule instanceof VisionRule || rule instanceof GoalRule
            || rule instanceof AgreementRule || rule instanceof DwellingRule
            || rule instanceof BuildingRule)) {
          throw new IllegalArgumentException("rule " + definition.id() + " ("
              + rule.getClass().getName() + ") implements none of VisionRule, GoalRule,"
              + " AgreementRule, DwellingRule and BuildingRule, so it would never run");
        }
        requireTexts(definition);
        rules.add(rule);
      }
      if (disabled.contains(ENGINE_FAILURE.id())) {
        throw new IllegalArgumentException(ENGINE_FAILURE.id() + " cannot be switched off: it"
            + " reports a rule that failed, and without it that rule's checks would vanish");
      }
      if (disabled.contains(FINDINGS_OMITTED.id()) || overrides.containsKey(FINDINGS_OMITTED.id())) {
        throw new IllegalArgumentException(FINDINGS_OMITTED.id() + " cannot be switched off or"
            + " given a severity: it counts the findings of a rule past the cap, with that"
            + " rule's severity, and without it they would vanish");
      }
      Set<String> unknown = new TreeSet<>(disabled);
      unknown.addAll(overrides.keySet());
      unknown.removeAll(definitions.keySet());
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("unknown rule id(s) " + unknown
            + "; WoonzorgValidator.builtInRules() and RULES.md list the built-in ones");
      }
      return new WoonzorgValidator(this, definitions, rules, builtIns);
    }

    private static void requireTexts(RuleDefinition definition) {
      for (String part : List.of("title", "message")) {
        String key = definition.id() + "." + part;
        if (definition.messages().text(key, Locale.forLanguageTag("nl")).isEmpty()) {
          throw new IllegalArgumentException("rule " + definition.id() + " has no text " + key
              + " in " + definition.messages());
        }
      }
    }
  }
}
