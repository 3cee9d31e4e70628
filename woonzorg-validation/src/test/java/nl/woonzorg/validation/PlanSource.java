package nl.woonzorg.validation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the source of {@link WrittenChecks}: the checks of the written plans ({@link PlanText})
 * of the model's concrete classes as plain Java, each getter called on the model's public type
 * and each cascade into a model class a direct call. The interpreted checks call every getter
 * through one method handle call site and every test through one lambda call site, which the
 * compiler cannot inline; the constraint plan was a third of a vision's validation.
 *
 * <p>Each test is the very {@link ValueCheck} of {@link KnownConstraints#check(String)}, held in
 * a constant; containers and cascades follow {@link PlanText}'s reading of the lines, and a bean
 * of a class without a written check goes to {@link ConstraintPlan#cascaded(Object)} as before.
 */
final class PlanSource {

  private final Map<String, List<String>> plans;
  private final List<Class<?>> concrete = new ArrayList<>();
  private final Map<String, Integer> tokens = new LinkedHashMap<>();
  private final StringBuilder methods = new StringBuilder();
  private final Map<String, String> helpers = new LinkedHashMap<>();

  private PlanSource(Map<String, List<String>> plans) {
    this.plans = plans;
  }

  /** The source of {@code WrittenChecks.java} for {@code plans}, by class name, as written. */
  static String render(Map<String, List<String>> plans) {
    return new PlanSource(plans).render();
  }

  private String render() {
    for (String name : plans.keySet()) {
      Class<?> type = load(name);
      if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
        concrete.add(type);
      }
    }
    for (int i = 0; i < concrete.size(); i++) {
      bean(i, concrete.get(i));
    }
    StringBuilder out = new StringBuilder();
    out.append("package nl.woonzorg.validation;\n\n")
        .append("import java.util.ArrayList;\n")
        .append("import java.util.Collections;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Optional;\n")
        .append("import nl.woonzorg.model.HousingCareVision;\n")
        .append("import org.jspecify.annotations.Nullable;\n\n")
        .append("/**\n")
        .append(" * The checks of the written constraint plans ({@link PlanText#RESOURCE}) of the"
            + " model's concrete\n")
        .append(" * classes as plain Java: generated from that file by ConstraintPlanCoverageTest"
            + "\n")
        .append(" * ({@code -Dwoonzorg.regenerate=true}), which holds the two equal; do not"
            + " edit. Each test is the\n")
        .append(" * {@link KnownConstraints#check(String)} of its token, each getter is called"
            + " on the model's public\n")
        .append(" * type, and a cascade into a model class calls that class's check directly,"
            + " where the interpreted\n")
        .append(" * plan called every getter through one method handle and every test through"
            + " one lambda.\n")
        .append(" * Stateless; thread-safe.\n")
        .append(" */\n")
        .append("final class WrittenChecks {\n\n");
    for (int i = 0; i < concrete.size(); i++) {
      out.append("  private static final Class<?> T").append(i).append(" = type(\"")
          .append(concrete.get(i).getName()).append("\");\n");
    }
    out.append('\n')
        .append("  // The classes of the lists Immutables makes: none, one or more elements.\n")
        .append("  private static final Class<?> EMPTY_LIST = Collections.emptyList().getClass();\n")
        .append("  private static final Class<?> SINGLETON_LIST =\n")
        .append("      Collections.singletonList(null).getClass();\n")
        .append("  private static final Class<?> UNMODIFIABLE_LIST =\n")
        .append("      Collections.unmodifiableList(new ArrayList<>()).getClass();\n\n");
    tokens.forEach((token, i) -> out.append("  private static final ValueCheck K").append(i)
        .append(" = KnownConstraints.check(\"").append(escape(token)).append("\");\n"));
    out.append("\n  private WrittenChecks() {}\n\n")
        .append("  /** The written check of {@code type}; null if it has none. */\n")
        .append("  static @Nullable ValueCheck of(Class<?> type) {\n");
    for (int i = 0; i < concrete.size(); i++) {
      out.append("    if (type == T").append(i).append(") {\n      return bean -> c").append(i)
          .append("((").append(publicType(concrete.get(i))).append(") bean);\n    }\n");
    }
    out.append("    return null;\n  }\n\n")
        .append("  /** A model class by name, from the model's class loader; null if absent. */\n")
        .append("  private static @Nullable Class<?> type(String name) {\n")
        .append("    try {\n")
        .append("      return Class.forName(name, false, HousingCareVision.class"
            + ".getClassLoader());\n")
        .append("    } catch (ClassNotFoundException e) {\n")
        .append("      return null;\n")
        .append("    }\n")
        .append("  }\n")
        .append(methods)
        .append("}\n");
    return out.toString();
  }

  /** The check of the bean of concrete class number {@code index}. */
  private void bean(int index, Class<?> type) {
    Map<String, List<String>> byGetter = new LinkedHashMap<>();
    for (String line : plans.get(type.getName())) {
      int space = line.indexOf(' ');
      byGetter.computeIfAbsent(line.substring(0, space), getter -> new ArrayList<>())
          .add(line.substring(space + 1));
    }
    StringBuilder body = new StringBuilder();
    body.append("\n  /** ").append(type.getSimpleName()).append(". */\n")
        .append("  private static boolean c").append(index).append('(')
        .append(publicType(type)).append(" bean) {\n");
    byGetter.forEach((getter, tests) -> {
      Method method;
      try {
        method = type.getMethod(getter);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("no public getter " + type.getName() + "." + getter, e);
      }
      body.append("    if (!").append(onValue(tests, method.getGenericReturnType()))
          .append("(bean.").append(getter).append("())) {\n      return false;\n    }\n");
    });
    body.append("    return true;\n  }\n");
    methods.append(body);
  }

  /**
   * The name of a new helper method that checks a value of type {@code declared} by {@code
   * tests}, as {@link PlanText} reads them: constraints and cascade, then the element of an
   * optional, then the elements of an iterable.
   */
  private String onValue(List<String> tests, Type declared) {
    List<String> conditions = new ArrayList<>();
    Map<String, List<String>> elements = new LinkedHashMap<>();
    for (String test : tests) {
      int space = test.indexOf(' ');
      String first = space < 0 ? test : test.substring(0, space);
      if (first.equals(PlanText.OPTIONAL) || first.equals(PlanText.ITERABLE)) {
        elements.computeIfAbsent(first, container -> new ArrayList<>())
            .add(test.substring(space + 1));
      } else if (test.equals(PlanText.CASCADE)) {
        conditions.add(cascade(raw(declared)));
      } else {
        conditions.add("K" + tokens.computeIfAbsent(test, t -> tokens.size()) + ".holds(value)");
      }
    }
    if (elements.containsKey(PlanText.OPTIONAL)) {
      String each = onValue(elements.get(PlanText.OPTIONAL), element(declared));
      conditions.add("(value == null || value instanceof Optional<?> optional && " + each
          + "(optional.orElse(null)))");
    }
    if (elements.containsKey(PlanText.ITERABLE)) {
      String each = onValue(elements.get(PlanText.ITERABLE), element(declared));
      conditions.add("(value == null || " + every(each) + "(value))");
    }
    return helper("v", "(@Nullable Object value) {\n    return "
        + (conditions.isEmpty() ? "true" : String.join("\n        && ", conditions))
        + ";\n  }\n");
  }

  /**
   * The name of a helper that tests each element of an iterable with helper {@code each}, and
   * holds nothing else. The lists Immutables makes are told by their exact class first: JDK 17
   * remembers one interface per class that an instanceof test found it to implement, and the
   * tests for Iterable, List, RandomAccess and Collection, in turn on the same few classes, missed
   * it and searched the class's interfaces each time (a fifth of a vision's validation, by JFR).
   */
  private String every(String each) {
    return helper("every", "(Object value) {\n"
        + "    Class<?> type = value.getClass();\n"
        + "    if (type == EMPTY_LIST) {\n      return true;\n    }\n"
        + "    if (type == SINGLETON_LIST) {\n"
        + "      return " + each + "(((List<?>) value).get(0));\n    }\n"
        + "    if (type == UNMODIFIABLE_LIST) {\n"
        + "      List<?> list = (List<?>) value;\n"
        + "      int size = list.size();\n"
        + "      for (int i = 0; i < size; i++) {\n"
        + "        if (!" + each + "(list.get(i))) {\n"
        + "          return false;\n        }\n      }\n      return true;\n    }\n"
        + "    if (!(value instanceof Iterable<?> all)) {\n      return false;\n    }\n"
        + "    for (Object element : all) {\n"
        + "      if (!" + each + "(element)) {\n"
        + "        return false;\n      }\n    }\n    return true;\n  }\n");
  }

  /**
   * The name of a private static boolean method of {@code signature} and body: one method for
   * every site with the same test, so that the class stays small.
   */
  private String helper(String prefix, String signatureAndBody) {
    return helpers.computeIfAbsent(signatureAndBody, text -> {
      String name = prefix + helpers.size();
      methods.append("\n  private static boolean ").append(name).append(text);
      return name;
    });
  }

  /**
   * The test of a bean declared as {@code declared} that is cascaded into: absent it holds; of a
   * concrete model class that can be one, by that class's check; else by its runtime class's plan.
   */
  private String cascade(Class<?> declared) {
    StringBuilder test = new StringBuilder("(value == null || ");
    int candidates = 0;
    for (int i = 0; i < concrete.size(); i++) {
      if (declared.isAssignableFrom(concrete.get(i))) {
        test.append("(value.getClass() == T").append(i).append(" ? c").append(i).append("((")
            .append(publicType(concrete.get(i))).append(") value) : ");
        candidates++;
      }
    }
    test.append("ConstraintPlan.cascaded(value)").append(")".repeat(candidates)).append(')');
    if (candidates == 0) {
      throw new IllegalArgumentException("no written class is a " + declared.getName());
    }
    return test.toString();
  }

  /** The type argument of a container such as {@code List<Goal>}. */
  private static Type element(Type container) {
    if (container instanceof ParameterizedType parameterized) {
      Type argument = parameterized.getActualTypeArguments()[0];
      if (argument instanceof WildcardType wildcard) {
        return wildcard.getUpperBounds()[0];
      }
      return argument;
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  /**
   * The nearest public supertype of {@code type} that declares every getter of its plan, by its
   * canonical name: Immutables' implementations are package-private.
   */
  private String publicType(Class<?> type) {
    List<String> getters = plans.get(type.getName()).stream()
        .map(line -> line.substring(0, line.indexOf(' '))).distinct().toList();
    for (Class<?> candidate : PlanCompiler.supertypes(type)) {
      if (isPublic(candidate) && getters.stream().allMatch(getter -> declares(candidate, getter))) {
        return candidate.getCanonicalName();
      }
    }
    throw new IllegalArgumentException("no public type declares the getters of " + type);
  }

  private static boolean declares(Class<?> type, String getter) {
    try {
      return Modifier.isPublic(type.getMethod(getter).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return type.getTypeParameters().length == 0;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no class " + name, e);
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
