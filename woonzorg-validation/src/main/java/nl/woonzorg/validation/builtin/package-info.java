/**
 * The built-in rules of the catalogue, a subpackage per concern, and their registry {@code
 * BuiltInRuleList}, which the build writes from the classes that carry {@link
 * nl.woonzorg.validation.internal.BuiltInRule}. Internal: the rules are reached through {@link
 * nl.woonzorg.validation.WoonzorgValidator#builtInRules()} and {@code RULES.md}, not by class.
 */
@NullMarked
package nl.woonzorg.validation.builtin;

import org.jspecify.annotations.NullMarked;
