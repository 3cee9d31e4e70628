package nl.woonzorg.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@link ConstraintPlan} from Hibernate Validator's metadata ({@link
 * Validator#getConstraintsForClass(Class)}): per property, the getter Hibernate Validator calls,
 * resolved once into a {@link MethodHandle}, and the tests of {@link KnownConstraints}, of the
 * elements of an {@code Optional}, a list or a set, and of the beans the property cascades into.
 * Each test comes twice: as lines of text ({@link PlanText}), from which the {@link ValueCheck}s
 * that only say whether there is a violation are made, and as a {@link Locator}, which keeps the
 * descriptor of each constraint and reports every violation with its place, as Hibernate
 * Validator's violations and {@link PropertyPaths} would place it.
 *
 * <p>What the plan does not copy exactly leaves the class uncompiled, with the reason: class-level
 * constraints, group conversions, constraints on fields, properties without a single public
 * getter, containers other than those above or nested in each other, and every constraint {@link
 * KnownConstraints} refuses. Stateless; thread-safe.
 */
final class PlanCompiler {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  /** The containers whose elements Hibernate Validator visits one by one, in iteration order. */
  private static final Set<Class<?>> ITERABLES =
      Set.of(Iterable.class, Collection.class, List.class, Set.class, SortedSet.class);

  /** A cascade ({@code @Valid}) into a bean, which its runtime class's plan checks. */
  private static final Step CASCADE =
      new Step(List.of(PlanText.CASCADE), ConstraintPlan::locateCascaded);

  private PlanCompiler() {}

  /**
   * A test compiled both ways: the lines of the plan's text it is written as, from which {@link
   * PlanText} makes the check of the fast path, and the locator that reports.
   */
  private record Step(List<String> lines, Locator locator) {

    /** The lines of {@code steps}, each after {@code prefix} and a space. */
    static List<String> lines(String prefix, List<Step> steps) {
      return steps.stream().flatMap(step -> step.lines().stream())
          .map(line -> prefix + " " + line).toList();
    }

    static Locator locators(List<Step> steps) {
      return Locator.allOf(steps.stream().map(Step::locator).toList());
    }
  }

  /** The plan of {@code type}; never throws: a class it cannot compile gets a plan saying why. */
  static ConstraintPlan compile(Class<?> type, Validator validator) {
    try {
      List<Step> properties = properties(type, validator);
      List<String> lines = properties.stream().flatMap(step -> step.lines().stream()).toList();
      return ConstraintPlan.compiled(lines, PlanText.checks(type, lines),
          properties.stream().map(Step::locator).toList());
    } catch (RuntimeException e) {
      // Unsupported metadata, or metadata Hibernate Validator cannot read either: it then has
      // the subject to itself, and reports what it finds as it does without a plan.
      return ConstraintPlan.unsupported(e.toString());
    }
  }

  private static List<Step> properties(Class<?> type, Validator validator) {
    if (isContainer(type)) {
      // Hibernate Validator cascades into a container's elements through value extractors.
      throw new UnsupportedOperationException(type.getName() + " is a container");
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      throw new UnsupportedOperationException("class-level constraints on " + type.getName());
    }
    List<Step> properties = new ArrayList<>();
    // By name: Hibernate Validator gives a set, and the text written of a plan must not change
    // with its order.
    List<PropertyDescriptor> constrained = new ArrayList<>(bean.getConstrainedProperties());
    constrained.sort(Comparator.comparing(PropertyDescriptor::getPropertyName));
    for (PropertyDescriptor property : constrained) {
      properties.add(property(type, property));
    }
    return properties;
  }

  /**
   * The step of a property, on the bean that holds it: its check reads the property and tests
   * its value; its locator reports at the bean's location and the property's name.
   */
  private static Step property(Class<?> type, PropertyDescriptor property) {
    String name = property.getPropertyName();
    String where = type.getName() + "." + name;
    if (!property.getGroupConversions().isEmpty()) {
      throw new UnsupportedOperationException("group conversions on " + where);
    }
    Method getter = getter(type, name, where);
    requireNoFieldConstraints(type, name, where);
    Class<?> declared = getter.getReturnType();
    List<Step> onValue = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
      onValue.add(constraint(constraint, declared, name));
    }
    if (property.isCascaded()) {
      onValue.add(CASCADE);
    }
    for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
      onValue.add(elements(element, declared, where, name));
    }
    MethodHandle handle = handle(type, getter, where);
    Locator locator = Step.locators(onValue);
    return new Step(Step.lines(getter.getName(), onValue),
        (bean, location, sink) ->
            locator.locate(read(handle, bean, where), location.append(name), sink));
  }

  /**
   * The step of {@code constraint} on values declared as {@code declaredType} in {@code
   * property}: a value that fails it is reported with its descriptor, as Hibernate Validator
   * reports it — a composition without {@code @ReportAsSingleViolation} as each of its parts that
   * fails, with the part's descriptor.
   */
  private static Step constraint(ConstraintDescriptor<?> constraint, Class<?> declaredType,
      String property) {
    List<String> tokens = KnownConstraints.describe(constraint, declaredType);
    if (KnownConstraints.isComposition(constraint) && !constraint.isReportAsSingleViolation()) {
      List<Step> parts = new ArrayList<>();
      for (ConstraintDescriptor<?> part : constraint.getComposingConstraints()) {
        parts.add(constraint(part, declaredType, property));
      }
      return new Step(tokens, Step.locators(parts));
    }
    ValueCheck check = KnownConstraints.check(tokens);
    return new Step(tokens, (value, location, sink) -> {
      if (!check.holds(value)) {
        sink.add(constraint, location, value, property);
      }
    });
  }

  /** The step of the elements of a container such as {@code Optional<@Pattern String>}. */
  private static Step elements(ContainerElementTypeDescriptor element, Class<?> container,
      String where, String property) {
    if (element.getContainerClass() != container
        || !Integer.valueOf(0).equals(element.getTypeArgumentIndex())) {
      throw new UnsupportedOperationException("container element " + element.getContainerClass()
          .getName() + "<" + element.getTypeArgumentIndex() + "> of " + where);
    }
    if (!element.getGroupConversions().isEmpty()
        || !element.getConstrainedContainerElementTypes().isEmpty()) {
      throw new UnsupportedOperationException(
          "group conversions or nested containers in " + where);
    }
    List<Step> steps = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
      steps.add(constraint(constraint, element.getElementClass(), property));
    }
    if (element.isCascaded()) {
      steps.add(CASCADE);
    }
    Locator eachOne = typed(element.getElementClass(), Step.locators(steps), where);
    if (container == Optional.class) {
      // As Hibernate Validator's OptionalValueExtractor: a null optional has no element; an
      // empty one's is null, at the optional's place.
      return new Step(Step.lines(PlanText.OPTIONAL, steps),
          (value, location, sink) -> {
            if (value != null) {
              eachOne.locate(((Optional<?>) value).orElse(null), location, sink);
            }
          });
    }
    if (ITERABLES.contains(container)) {
      return new Step(Step.lines(PlanText.ITERABLE, steps),
          indexed(container, element.isCascaded(), eachOne, where));
    }
    throw new UnsupportedOperationException("container " + container.getName() + " of " + where);
  }

  /**
   * The locator of the elements of an iterable declared as {@code container}, each at its index.
   * Hibernate Validator's path gives a list element its index; of a set it gives none, and {@link
   * PropertyPaths} takes the position of the first element equal to it, which for a set, whose
   * elements are distinct, is its position in iteration order. Where that is not so, the walk
   * steps aside: an iterable of another kind may hold equal elements, whose violations Hibernate
   * Validator reports once at the first; and inside a bean in a set PropertyPaths cannot place a
   * violation beyond the bean's own properties.
   */
  private static Locator indexed(Class<?> container, boolean cascaded, Locator eachOne,
      String where) {
    if (container != List.class && (cascaded || !Set.class.isAssignableFrom(container))) {
      return (value, location, sink) -> {
        if (value != null) {
          throw new UnsupportedOperationException("elements of " + container.getName() + " in "
              + where + ", which Hibernate Validator's paths do not index");
        }
      };
    }
    return (value, location, sink) -> {
      if (value != null) {
        int index = 0;
        for (Object element : (Iterable<?>) value) {
          eachOne.locate(element, location.append(index++), sink);
        }
      }
    };
  }

  /**
   * {@code locator}, for elements declared as {@code type} only. A compiled test takes a value of
   * another type for a violation, where Hibernate Validator would fail on it; an element of
   * another type, which only an unchecked cast can put in a container, ends the walk instead.
   */
  private static Locator typed(Class<?> type, Locator locator, String where) {
    return (value, location, sink) -> {
      if (value != null && !type.isInstance(value)) {
        throw new UnsupportedOperationException("an element of " + where + " is a "
            + value.getClass().getName() + ", not a " + type.getName());
      }
      locator.locate(value, location, sink);
    };
  }

  private static boolean isContainer(Class<?> type) {
    return type.isArray() || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type) || type == Optional.class
        || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class;
  }

  /**
   * The getter Hibernate Validator reads {@code property} with: of the names it tries ({@code
   * get}, {@code is} or {@code has} and the property's name capitalised), the one public method
   * that it takes for a getter.
   */
  private static Method getter(Class<?> type, String property, String where) {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    List<Method> getters = new ArrayList<>();
    for (String prefix : List.of("get", "is", "has")) {
      try {
        Method method = type.getMethod(prefix + suffix);
        Class<?> returned = method.getReturnType();
        if (!Modifier.isStatic(method.getModifiers())
            && (prefix.equals("get") ? returned != void.class : returned == boolean.class)) {
          getters.add(method);
        }
      } catch (NoSuchMethodException e) {
        // No getter with this prefix; try the next.
      }
    }
    if (getters.size() != 1) {
      throw new UnsupportedOperationException("no single public getter for " + where);
    }
    return getters.get(0);
  }

  /**
   * Demands that no field of the property's name carries a constraint or {@code @Valid}:
   * Hibernate Validator would read such a field directly, and the plan reads only getters.
   */
  private static void requireNoFieldConstraints(Class<?> type, String property, String where) {
    for (Class<?> owner = type; owner != null; owner = owner.getSuperclass()) {
      for (Field field : owner.getDeclaredFields()) {
        if (field.getName().equals(property)
            && (constrains(field.getAnnotations()) || constrains(field.getAnnotatedType()))) {
          throw new UnsupportedOperationException("constraints on the field of " + where);
        }
      }
    }
  }

  private static boolean constrains(AnnotatedType type) {
    if (constrains(type.getAnnotations())) {
      return true;
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        if (constrains(argument)) {
          return true;
        }
      }
    }
    return type instanceof AnnotatedArrayType array
        && constrains(array.getAnnotatedGenericComponentType());
  }

  private static boolean constrains(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (kind == Valid.class || kind.isAnnotationPresent(Constraint.class)
          || isConstraintList(kind)) {
        return true;
      }
    }
    return false;
  }

  /** A container of repeated constraints, such as {@code @Pattern.List}. */
  private static boolean isConstraintList(Class<? extends Annotation> kind) {
    try {
      Class<?> value = kind.getMethod("value").getReturnType();
      return value.isArray() && value.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * A handle on {@code getter}, taken from a public declaration of it: the runtime class is often
   * an Immutables implementation, package-private in the model's package, and its getters are
   * reached through the public model type they override, dispatching virtually.
   */
  static MethodHandle handle(Class<?> type, Method getter, String where) {
    for (Class<?> owner : supertypes(type)) {
      try {
        return LOOKUP.unreflect(owner.getMethod(getter.getName())).asType(GETTER);
      } catch (NoSuchMethodException | IllegalAccessException e) {
        // Not declared in this type, or not accessible through it; try its supertypes.
      }
    }
    throw new UnsupportedOperationException("no accessible getter for " + where);
  }

  /** {@code type}, then its superclasses and interfaces, nearest first. */
  static Set<Class<?>> supertypes(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
    while (!next.isEmpty()) {
      Class<?> current = next.removeFirst();
      if (all.add(current)) {
        if (current.getSuperclass() != null) {
          next.addLast(current.getSuperclass());
        }
        next.addAll(List.of(current.getInterfaces()));
      }
    }
    return all;
  }

  static @Nullable Object read(MethodHandle getter, @Nullable Object bean, String where) {
    try {
      return (Object) getter.invokeExact(bean);
    } catch (RuntimeException | VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Hibernate Validator reports a getter that fails in its own way; the plan steps aside.
      throw new IllegalStateException("getter of " + where + " threw " + e, e);
    }
  }
}
