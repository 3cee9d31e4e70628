/**
 * What a rule author uses (<i>toetsregels schrijven</i>): {@link nl.woonzorg.validation.rule.Rule}
 * and its kinds, the {@link nl.woonzorg.validation.rule.RuleContext} a rule reports to, the {@link
 * nl.woonzorg.validation.rule.RuleDefinition} that documents it, its {@link
 * nl.woonzorg.validation.rule.RuleMessages}, and the {@link nl.woonzorg.validation.rule.Profile}
 * that sets its severity. The built-in rules are written against this package alone and the
 * support code; a municipality's own rule needs nothing else.
 */
@NullMarked
package nl.woonzorg.validation.rule;

import org.jspecify.annotations.NullMarked;
