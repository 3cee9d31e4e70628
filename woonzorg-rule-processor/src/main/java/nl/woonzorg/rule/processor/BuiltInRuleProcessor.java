package nl.woonzorg.rule.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes {@code nl.woonzorg.validation.builtin.BuiltInRuleList}: one instance of every class that
 * carries {@code @BuiltInRule}, ordered by class name. A built-in rule is registered by that
 * annotation alone, so adding one touches its class and its messages, and no list can forget it.
 *
 * <p>Gathering at build time rather than scanning the class path at run time keeps the registry
 * plain Java: no reflection, the same on the class path and the module path, and an annotated
 * class that could not be instantiated is a compile error naming the class, not a failure in a
 * user's application.
 */
@SupportedAnnotationTypes(BuiltInRuleProcessor.ANNOTATION)
public final class BuiltInRuleProcessor extends AbstractProcessor {

  static final String ANNOTATION = "nl.woonzorg.validation.internal.BuiltInRule";
  private static final String RULE = "nl.woonzorg.validation.rule.Rule";
  private static final String PACKAGE = "nl.woonzorg.validation.builtin";
  private static final String REGISTRY = "BuiltInRuleList";

  // The rules are hand-written classes, so all of them arrive in the first round; the list is
  // written then, since a source written in the last round would not be compiled with the rest.
  private final Set<String> rules = new TreeSet<>(
      Comparator.comparing((String name) -> name.substring(name.lastIndexOf('.') + 1))
          .thenComparing(Comparator.naturalOrder()));
  private boolean written;

  /** Creates the processor; javac calls this through the service loader. */
  public BuiltInRuleProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        accept(element);
      }
    }
    if (!written && !rules.isEmpty()) {
      write();
      written = true;
    }
    return true;
  }

  private void accept(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      error(element, "@BuiltInRule belongs on a class");
      return;
    }
    TypeElement type = (TypeElement) element;
    Set<Modifier> modifiers = type.getModifiers();
    TypeMirror rule = processingEnv.getElementUtils().getTypeElement(RULE).asType();
    if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.ABSTRACT)
        || type.getNestingKind().isNested()) {
      error(type, "a built-in rule is a public, concrete, top-level class");
    } else if (!processingEnv.getTypeUtils().isAssignable(type.asType(), rule)) {
      error(type, "a built-in rule implements " + RULE);
    } else if (!hasPublicNoArgumentConstructor(type)) {
      error(type, "a built-in rule has a public constructor without arguments: the registry makes"
          + " one instance of it");
    } else if (written) {
      error(type, "a built-in rule is written by hand: the registry was already written when"
          + " this generated class appeared");
    } else {
      rules.add(type.getQualifiedName().toString());
    }
  }

  private static boolean hasPublicNoArgumentConstructor(TypeElement type) {
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(type.getEnclosedElements());
    return constructors.stream().anyMatch(c ->
        c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
        message + ": " + element, element);
  }

  private void write() {
    StringBuilder source = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import java.util.List;\n")
        .append("import org.apiguardian.api.API;\n")
        .append("import nl.woonzorg.validation.rule.Rule;\n\n")
        .append("/** Every built-in rule, one instance each; written by the build from the classes"
            + " that carry {@link nl.woonzorg.validation.internal.BuiltInRule}. */\n")
        .append("@API(status = API.Status.INTERNAL, since = \"0.1.0\")\n")
        .append("public final class ").append(REGISTRY).append(" {\n\n")
        .append("  private static final List<Rule> ALL = List.of(");
    String separator = "\n      ";
    for (String rule : rules) {
      source.append(separator).append("new ").append(rule).append("()");
      separator = ",\n      ";
    }
    source.append(");\n\n")
        .append("  private ").append(REGISTRY).append("() {}\n\n")
        .append("  /** The rules, ordered by class name; an immutable list. */\n")
        .append("  public static List<Rule> all() {\n")
        .append("    return ALL;\n")
        .append("  }\n")
        .append("}\n");
    try (Writer out = processingEnv.getFiler()
        .createSourceFile(PACKAGE + "." + REGISTRY).openWriter()) {
      out.write(source.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + PACKAGE + "." + REGISTRY, e);
    }
  }
}
