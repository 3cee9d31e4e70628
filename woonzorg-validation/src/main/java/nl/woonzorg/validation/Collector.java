package nl.woonzorg.validation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.report.Severity;
import nl.woonzorg.validation.internal.Memo;
import nl.woonzorg.validation.rule.DwellingRule;
import nl.woonzorg.validation.rule.Rule;
import nl.woonzorg.validation.rule.RuleContext;
import nl.woonzorg.validation.rule.RuleDefinition;

/**
 * Gathers the findings of one validation call: turns what rules report into findings with
 * severity, pointer and localised texts, and keeps a failing rule from failing the call. It also
 * keeps the call's {@link Memo}, which its rules share and which goes when the call returns.
 *
 * <p>Of each rule it keeps only the first {@link WoonzorgValidator#maxFindingsPerRule()} findings
 * in document order, and counts the rest into one {@code WZ-ENGINE-02} summary, so that the
 * findings of a call take memory in proportion to the number of rules, not to the size of the
 * data: a list of a million dangling references makes a hundred findings and a summary, not a
 * million findings. Since every finding of a rule has the rule's severity, the verdict is the
 * same as without the cap.
 */
final class Collector {

  private static final Logger LOG = LoggerFactory.getLogger(WoonzorgValidator.class);

  /**
   * Document order: by location (array indices numerically), then rule id, then value, and only
   * then the text — which depends on the language, so that a Dutch and an English report list
   * their findings alike.
   */
  static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::getLocation, Collector::compareLocations)
      .thenComparing(Finding::getRuleId)
      .thenComparing(f -> f.getValue().orElse(""))
      .thenComparing(Finding::getMessage);

  private final WoonzorgValidator validator;
  private final int cap;
  private DocumentType<?> documentType = DocumentType.VISION;
  // Per rule id, its first findings in document order so far, the last of them at the head.
  // Made at the first finding: most calls, nearly every dwelling record's among them, make none.
  private @Nullable Map<String, Kept> kept;
  // Made when a rule first asks for it: most calls, a dwelling record's among them, never do.
  private @Nullable Memo memo;
  // The context that runBuiltIn hands from one built-in rule to the next.
  private @Nullable Context reused;

  Collector(WoonzorgValidator validator) {
    this.validator = validator;
    this.cap = validator.maxFindingsPerRule();
  }

  /** Says which kind of document the rules of this call check; the vision unless set. */
  void documentType(DocumentType<?> type) {
    this.documentType = type;
  }

  /**
   * Runs {@code rule} on {@code subject}, with locations below {@code base}. {@code call} is a
   * method reference that captures nothing, such as {@code DwellingRule::check}, so that a rule
   * call makes no object but its context, as for the built-in rules a stock check runs on each of
   * millions of records.
   */
  <R extends Rule, S> void run(R rule, S subject, JsonPointer base,
      Optional<HousingCareVision> vision, Call<R, S> call) {
    run(rule, subject, base, call, new Context(rule.definition(), base, vision));
  }

  /**
   * Runs {@code rule}, a built-in rule defined by {@code definition}, on {@code subject}, a record
   * checked from its root, as {@link #runBuiltIn(Rule, Object, JsonPointer, Optional, Call)} does.
   * The caller hands the definition over: asking each of a record's rules for it is a call to one
   * of many classes, which the compiler cannot inline, for every rule of every record.
   */
  <R extends Rule, S> void runBuiltIn(R rule, RuleDefinition definition, S subject,
      Call<R, S> call) {
    runBuiltIn(rule, definition, subject, JsonPointer.root(), Optional.empty(), call);
  }

  /**
   * Runs {@code rule}, a built-in rule, on {@code subject}, with locations below {@code base}, with
   * the context of the previous such run made over to it if that had the same base and vision:
   * the built-in rules keep nothing of their context once they return, and a vision runs sixteen
   * of them on each goal and 24 on each agreement (a stock's records go through {@link
   * #runBuiltIn(Rule, RuleDefinition, Object, Call)}). A caller's rule gets a context of its own ({@link #run(Rule, Object, JsonPointer,
   * Optional, Call)}), as it might keep it and report later under another rule's id.
   */
  <R extends Rule, S> void runBuiltIn(R rule, S subject, JsonPointer base,
      Optional<HousingCareVision> vision, Call<R, S> call) {
    runBuiltIn(rule, rule.definition(), subject, base, vision, call);
  }

  private <R extends Rule, S> void runBuiltIn(R rule, RuleDefinition definition, S subject,
      JsonPointer base, Optional<HousingCareVision> vision, Call<R, S> call) {
    if (reused == null || reused.base != base || reused.vision != vision) {
      reused = new Context(definition, base, vision);
    } else {
      reused.definition = definition;
    }
    run(rule, subject, base, call, reused);
  }

  private <R extends Rule, S> void run(R rule, S subject, JsonPointer base, Call<R, S> call,
      Context context) {
    RuleDefinition definition = context.definition;
    long before = LOG.isDebugEnabled() ? reported() : 0;
    try {
      call.run(rule, subject, context);
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable e) {
      // A caller's rule may fail any way it likes, an AssertionError included; the report says
      // so instead of the validation failing.
      LOG.debug("rule {} failed at '{}'", definition.id(), base, e);
      add(WoonzorgValidator.ENGINE_FAILURE, base, e.toString(), definition.id());
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("rule {} at '{}': {} finding(s)", definition.id(), base, reported() - before);
    }
  }

  /** Adds a finding of {@code definition}, unless the caller switched it off. */
  void add(RuleDefinition definition, JsonPointer location, @Nullable Object value,
      Object... arguments) {
    Optional<Severity> severity = validator.severityOf(definition);
    if (severity.isEmpty()) {
      return;
    }
    Optional<String> rendered = Values.render(value);
    if (kept == null) {
      kept = new HashMap<>();
    }
    Kept rule = kept.computeIfAbsent(definition.id(), id -> new Kept(definition, severity.get()));
    if (rule.size() == cap && !rule.before(location, rendered)) {
      // Past the cap and after all that is kept: counted, and not even worded, which is what a
      // finding costs.
      rule.omit(location);
      return;
    }
    Finding.Builder finding = Finding.builder();
    List<String> names = definition.arguments();
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = Values.text(arguments[i]);
      finding.putArgument(i < names.size() ? names.get(i) : Integer.toString(i), texts[i]);
    }
    @Nullable Template[] templates = validator.templates(definition);
    finding.ruleId(definition.id())
        .severity(severity.get())
        .location(location)
        .message(templates[0] == null ? definition.id() : templates[0].format(texts));
    rendered.ifPresent(finding::value);
    if (templates[1] != null) {
      finding.expected(templates[1].format(texts));
    }
    if (templates[2] != null) {
      finding.hint(templates[2].format(texts));
    }
    rule.keep(finding.build());
  }

  /**
   * The report of the call's findings, in document order, with a {@code WZ-ENGINE-02} summary for
   * each rule that had more than the cap; the call ends with it.
   */
  Report report(@Nullable String subject) {
    // The subject set only when there is one: an optional made to be unwrapped is an object
    // for every record of a stock check.
    Report.Builder report = Report.builder();
    if (subject != null) {
      report.subject(subject);
    }
    if (kept == null) {
      return report.build();
    }
    List<Finding> findings = sorted(kept.values(), false);
    if (hasTwins(findings)) {
      // Rare: a caller's rule whose message leaves out an argument. Twins keep the order of the
      // heap they have always been kept in, which the stable sort leaves them in.
      findings = sorted(kept.values(), true);
    }
    return report.findings(findings).build();
  }

  /**
   * The findings kept of {@code rules} and their summaries, sorted by {@link #ORDER}: a rule's
   * findings below the cap given in the order they came, or if {@code inHeapOrder} in that of a
   * heap they are added to in that order.
   */
  private List<Finding> sorted(Collection<Kept> rules, boolean inHeapOrder) {
    List<Finding> findings = new ArrayList<>();
    for (Kept rule : rules) {
      findings.addAll(rule.findings(inHeapOrder));
      if (rule.omitted > 0) {
        findings.add(summary(rule.definition.id(), rule.severity, rule.omitted,
            rule.firstOmitted, validator.locale()));
      }
    }
    findings.sort(ORDER);
    return findings;
  }

  /**
   * Whether {@code sorted} holds findings equal under {@link #ORDER}: of one rule, as the order
   * compares rule ids, and side by side once sorted.
   */
  private static boolean hasTwins(List<Finding> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The number of findings reported so far, those past the cap included. */
  private long reported() {
    return kept == null ? 0
        : kept.values().stream().mapToLong(rule -> rule.size() + rule.omitted).sum();
  }

  /**
   * The finding that stands for the {@code omitted} findings of rule {@code ruleId} past the cap:
   * at {@code first}, the first of them, with the rule's {@code severity}, so that a filter on
   * severity or location still shows that there is more. Worded here with MessageFormat, whose
   * choice format inflects the count ("1 bevinding", "2 bevindingen"), which the rules' plain
   * templates do not need.
   */
  static Finding summary(String ruleId, Severity severity, long omitted, JsonPointer first,
      Locale locale) {
    RuleDefinition definition = WoonzorgValidator.FINDINGS_OMITTED;
    String label = severity.getLabel(locale);
    Object[] arguments = {ruleId, omitted, label};
    Finding.Builder finding = Finding.builder()
        .ruleId(definition.id())
        .severity(severity)
        .location(first)
        .putArgument("ruleId", ruleId)
        .putArgument("omitted", Long.toString(omitted))
        .putArgument("severity", severity.getCode());
    for (String part : List.of("message", "expected", "hint")) {
      definition.messages().text(definition.id() + "." + part, locale)
          .filter(template -> !template.isBlank())
          .map(template -> new MessageFormat(template, locale).format(arguments))
          .ifPresent(text -> {
            switch (part) {
              case "message" -> finding.message(text);
              case "expected" -> finding.expected(text);
              default -> finding.hint(text);
            }
          });
    }
    return finding.build();
  }

  /** Compares locations in document order: by token, array indices numerically. */
  static int compareLocations(JsonPointer a, JsonPointer b) {
    List<String> left = a.tokens();
    List<String> right = b.tokens();
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int c = compareTokens(left.get(i), right.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareTokens(String a, String b) {
    boolean numberA = isIndex(a);
    boolean numberB = isIndex(b);
    if (numberA && numberB) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
  }

  private static boolean isIndex(String token) {
    // A loop, not a stream: past the cap every finding of a rule is compared, a million times
    // for a list of a million wrong references.
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** How a rule of kind {@code R} checks a subject of kind {@code S}: {@code DwellingRule::check}. */
  @FunctionalInterface
  interface Call<R extends Rule, S> {
    void run(R rule, S subject, RuleContext context);
  }

  /**
   * One rule's first findings in document order: once there are as many as the cap, a heap of
   * them whose head is the last of them, so that a finding before it takes its place in
   * logarithmic time.
   */
  private final class Kept {

    final RuleDefinition definition;
    final Severity severity;
    // Below the cap the findings are only gathered, and made a heap when they reach it: most
    // rules never do, and each insertion into a heap compares findings a logarithmic number of
    // times (the 99 findings of one rule on the benchmark vision, 4 % of its validation). Made
    // from the findings in the order they came, the heap is the one their insertion made before.
    private final List<Finding> gathered = new ArrayList<>();
    private @Nullable PriorityQueue<Finding> heap;
    long omitted;
    // The first in document order of the findings past the cap; set once omitted > 0.
    JsonPointer firstOmitted = JsonPointer.root();

    Kept(RuleDefinition definition, Severity severity) {
      this.definition = definition;
      this.severity = severity;
    }

    /**
     * Whether a finding at {@code location} with {@code value} comes before the last one kept.
     * Of one rule, findings differ in location and value first; one equal in both to the last
     * kept is taken to come after it, so the first of such twins reported is kept.
     */
    boolean before(JsonPointer location, Optional<String> value) {
      Finding last = Objects.requireNonNull(heap, "asked before the cap was reached").peek();
      int c = compareLocations(location, last.getLocation());
      if (c == 0) {
        c = value.orElse("").compareTo(last.getValue().orElse(""));
      }
      return c < 0;
    }

    void keep(Finding finding) {
      if (heap == null) {
        gathered.add(finding);
        if (gathered.size() == cap) {
          heap = new PriorityQueue<>(ORDER.reversed());
          heap.addAll(gathered);
        }
        return;
      }
      heap.add(finding);
      if (heap.size() > cap) {
        omit(heap.poll().getLocation());
      }
    }

    /** The number of findings kept. */
    int size() {
      return heap == null ? gathered.size() : heap.size();
    }

    /**
     * The findings kept, in no order unless {@code inHeapOrder}: the report sorts them by {@link
     * #ORDER}, stably, and only findings equal under it (twins) keep the order they are given in,
     * which is to be that of the heap they have always been kept in. At the cap they are in it;
     * below, they are added to one in the order they came, as they were before the cap made a heap
     * of them only when it was reached.
     */
    Collection<Finding> findings(boolean inHeapOrder) {
      if (heap != null || !inHeapOrder) {
        return heap == null ? gathered : heap;
      }
      PriorityQueue<Finding> replayed = new PriorityQueue<>(ORDER.reversed());
      replayed.addAll(gathered);
      return replayed;
    }

    void omit(JsonPointer location) {
      if (omitted == 0 || compareLocations(location, firstOmitted) < 0) {
        firstOmitted = location;
      }
      omitted++;
    }
  }

  private Memo memo() {
    if (memo == null) {
      memo = new Memo();
    }
    return memo;
  }

  private final class Context implements RuleContext, Memo.Holder {

    // Made over from one built-in rule to the next by runBuiltIn.
    private RuleDefinition definition;
    private final JsonPointer base;
    private final Optional<HousingCareVision> vision;

    Context(RuleDefinition definition, JsonPointer base, Optional<HousingCareVision> vision) {
      this.definition = definition;
      this.base = base;
      this.vision = vision;
    }

    @Override
    public Optional<HousingCareVision> vision() {
      return vision;
    }

    @Override
    public DocumentType<?> documentType() {
      return documentType;
    }

    @Override
    public Optional<LocalDate> referenceDate() {
      return validator.referenceDate();
    }

    @Override
    public List<Criterion> criteria() {
      return validator.criteria();
    }

    @Override
    public Memo memo() {
      return Collector.this.memo();
    }

    @Override
    public void report(JsonPointer location, @Nullable Object value, Object... arguments) {
      add(definition, base.append(location), value, arguments);
    }
  }
}
