/**
 * Build time only: the annotation processor that writes woonzorg-validation's registry of
 * built-in rules. javac finds it by the service it provides, on the processor path or the
 * processor module path.
 */
module nl.woonzorg.rule.processor {
  requires java.compiler;

  provides javax.annotation.processing.Processor
      with nl.woonzorg.rule.processor.BuiltInRuleProcessor;
}
