package nl.woonzorg.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.woonzorg.model.HousingCareVision;
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
  private final List<Finding> findings = new ArrayList<>();
  // Made when a rule first asks for it: most calls, a dwelling record's among them, never do.
  private @Nullable Memo memo;

  Collector(WoonzorgValidator validator) {
    this.validator = validator;
  }

  /**
   * Runs {@code rule} on {@code subject}, with locations below {@code base}. {@code call} is a
   * method reference that captures nothing, such as {@code DwellingRule::check}, so that a rule
   * call makes no object but its context: a dwelling record is checked by six rules.
   */
  <R extends Rule, S> void run(R rule, S subject, JsonPointer base,
      Optional<HousingCareVision> vision, Call<R, S> call) {
    RuleDefinition definition = rule.definition();
    int before = findings.size();
    Context context = new Context(definition, base, vision);
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
      LOG.debug("rule {} at '{}': {} finding(s)", definition.id(), base, findings.size() - before);
    }
  }

  /** Adds a finding of {@code definition}, unless the caller switched it off. */
  void add(RuleDefinition definition, JsonPointer location, @Nullable Object value,
      Object... arguments) {
    Optional<Severity> severity = validator.severityOf(definition);
    if (severity.isEmpty()) {
      return;
    }
    Locale locale = validator.locale();
    Finding.Builder finding = Finding.builder();
    List<String> names = definition.arguments();
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = Values.text(arguments[i]);
      finding.putArgument(i < names.size() ? names.get(i) : Integer.toString(i), texts[i]);
    }
    finding.ruleId(definition.id())
        .severity(severity.get())
        .location(location)
        .message(text(definition, "message", locale, texts).orElse(definition.id()));
    Values.render(value).ifPresent(finding::value);
    text(definition, "expected", locale, texts).ifPresent(finding::expected);
    text(definition, "hint", locale, texts).ifPresent(finding::hint);
    findings.add(finding.build());
  }

  /** The report of the call's findings, in document order; the call ends with it. */
  Report report(@Nullable String subject) {
    findings.sort(ORDER);
    return Report.builder().subject(Optional.ofNullable(subject)).findings(findings).build();
  }

  private static Optional<String> text(
      RuleDefinition definition, String part, Locale locale, String[] arguments) {
    return definition.messages().text(definition.id() + "." + part, locale)
        .filter(template -> !template.isBlank())
        .map(template -> Templates.format(template, locale, arguments));
  }

  private static int compareLocations(JsonPointer a, JsonPointer b) {
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
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  /** How a rule of kind {@code R} checks a subject of kind {@code S}: {@code DwellingRule::check}. */
  @FunctionalInterface
  interface Call<R extends Rule, S> {
    void run(R rule, S subject, RuleContext context);
  }

  private Memo memo() {
    if (memo == null) {
      memo = new Memo();
    }
    return memo;
  }

  private final class Context implements RuleContext, Memo.Holder {

    private final RuleDefinition definition;
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
    public Memo memo() {
      return Collector.this.memo();
    }

    @Override
    public void report(JsonPointer location, @Nullable Object value, Object... arguments) {
      JsonPointer absolute = base;
      for (String token : location.tokens()) {
        absolute = absolute.append(token);
      }
      add(definition, absolute, value, arguments);
    }
  }
}
