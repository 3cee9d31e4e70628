package nl.woonzorg.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import nl.woonzorg.model.HousingCareVision;

/**
 * A {@link ConstraintPlan}'s checks written as text, and read back. Each line is one test of a
 * property's value: the getter, then {@value #OPTIONAL} or {@value #ITERABLE} for a test of a
 * container's elements, then {@value #CASCADE} for a bean checked by its own plan or a token of
 * {@link KnownConstraints#describe}; e.g. {@code getPostalCode optional Pattern 0
 * [1-9][0-9]{3}[A-Z]{2}}.
 *
 * <p>The checks of the model's own classes are compiled from {@value #RESOURCE}, written at build
 * time from Hibernate Validator's metadata, which a test holds equal to the metadata. So a clean
 * object passes without Hibernate Validator being started at all; a command-line run that checks
 * one document spent a quarter of its processor time on that start-up and the model's metadata.
 * Whatever is to be reported, and every class the file does not list, still goes through the plan
 * {@link PlanCompiler} makes from the metadata at run time. Stateless; thread-safe.
 */
final class PlanText {

  /** The test of a bean that Hibernate Validator cascades into, by its runtime class's plan. */
  static final String CASCADE = "cascade";

  /** Before the tests of an {@code Optional}'s element. */
  static final String OPTIONAL = "optional";

  /** Before the tests of each element of a list or a set. */
  static final String ITERABLE = "iterable";

  /** The plans of the model's classes, next to this class. */
  static final String RESOURCE = "constraint-plans.txt";

  private PlanText() {}

  /** Read once, on first use: lines by class name, in order. */
  private static final class Known {
    static final Map<String, List<String>> LINES = load();
  }

  /**
   * The lines of {@code type}'s plan as written at build time; empty if {@code type} is not one
   * of the model's classes that {@value #RESOURCE} lists.
   */
  static Optional<List<String>> linesOf(Class<?> type) {
    // By name, of the model's own class loader only: a class of the same name elsewhere is
    // another class.
    if (type.getClassLoader() != HousingCareVision.class.getClassLoader()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Known.LINES.get(type.getName()));
  }

  /**
   * The text of the plans of {@code plans}, by class name: a line of the class name, then a line
   * for each test, after the class name and a space; what {@link #parse} reads.
   */
  static String render(Map<String, List<String>> plans) {
    StringBuilder text = new StringBuilder();
    text.append("# The constraint plans of the model's classes, written from Hibernate Validator's"
        + " metadata by\n# ConstraintPlanCoverageTest (-Dwoonzorg.regenerate=true); do not edit.\n");
    plans.forEach((type, lines) -> {
      text.append(type).append('\n');
      lines.forEach(line -> text.append(type).append(' ').append(line).append('\n'));
    });
    return text.toString();
  }

  /** The plans of a text written by {@link #render}, by class name, in order. */
  static Map<String, List<String>> parse(List<String> text) {
    Map<String, List<String>> plans = new LinkedHashMap<>();
    for (String line : text) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      if (space < 0) {
        plans.put(line, new ArrayList<>());
      } else {
        List<String> lines = plans.get(line.substring(0, space));
        if (lines == null) {
          throw new IllegalArgumentException("a test before its class: " + line);
        }
        lines.add(line.substring(space + 1));
      }
    }
    plans.replaceAll((type, lines) -> List.copyOf(lines));
    return plans;
  }

  private static Map<String, List<String>> load() {
    try (InputStream in = PlanText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return Map.copyOf(parse(reader.lines().toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The checks of {@code type}'s plan written as {@code lines}, one per property, in the order of
   * the lines.
   *
   * @throws RuntimeException if a line names no public getter of {@code type} or is no test
   */
  static List<ValueCheck> checks(Class<?> type, List<String> lines) {
    Map<String, List<String>> byGetter = new LinkedHashMap<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      byGetter.computeIfAbsent(line.substring(0, space), getter -> new ArrayList<>())
          .add(line.substring(space + 1));
    }
    List<ValueCheck> checks = new ArrayList<>();
    byGetter.forEach((name, tests) -> {
      String where = type.getName() + "." + name;
      MethodHandle getter;
      try {
        getter = PlanCompiler.handle(type, type.getMethod(name), where);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no public getter " + where, e);
      }
      ValueCheck check = onValue(tests);
      checks.add(bean -> check.holds(PlanCompiler.read(getter, bean, where)));
    });
    return checks;
  }

  /**
   * The check of a value by {@code tests}: its constraints and cascade, then its elements' tests,
   * as {@link PlanCompiler} writes them.
   */
  private static ValueCheck onValue(List<String> tests) {
    List<ValueCheck> checks = new ArrayList<>();
    Map<String, List<String>> elements = new HashMap<>();
    for (String test : tests) {
      int space = test.indexOf(' ');
      String first = space < 0 ? test : test.substring(0, space);
      if (first.equals(OPTIONAL) || first.equals(ITERABLE)) {
        elements.computeIfAbsent(first, container -> new ArrayList<>())
            .add(test.substring(space + 1));
      } else if (test.equals(CASCADE)) {
        checks.add(ConstraintPlan::cascaded);
      } else {
        checks.add(KnownConstraints.check(test));
      }
    }
    if (elements.containsKey(OPTIONAL)) {
      // As Hibernate Validator's OptionalValueExtractor: an empty optional's element is null,
      // and is checked as such; a null optional has no element.
      ValueCheck each = onValue(elements.get(OPTIONAL));
      checks.add(value -> value == null
          || value instanceof Optional<?> optional && each.holds(optional.orElse(null)));
    }
    if (elements.containsKey(ITERABLE)) {
      ValueCheck each = onValue(elements.get(ITERABLE));
      checks.add(value -> value == null || value instanceof Iterable<?> all && everyOne(all, each));
    }
    return ValueCheck.allOf(checks);
  }

  private static boolean everyOne(Iterable<?> all, ValueCheck each) {
    if (all instanceof List<?> list && all instanceof RandomAccess) {
      // An index spares the iterator on the lists that nearly every model object holds, and
      // the size read once spares a call through the unmodifiable wrapper per element.
      int size = list.size();
      for (int i = 0; i < size; i++) {
        if (!each.holds(list.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (all instanceof Collection<?> collection && collection.isEmpty()) {
      // Most sets of the model are empty, and an iterator over an unmodifiable set costs two
      // objects: sampled, it was the walk's largest single cost.
      return true;
    }
    for (Object element : all) {
      if (!each.holds(element)) {
        return false;
      }
    }
    return true;
  }
}
