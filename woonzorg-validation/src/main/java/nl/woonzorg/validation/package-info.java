/**
 * The conformity engine for woonzorgvisies (<i>toetsing</i>): {@link
 * nl.woonzorg.validation.WoonzorgValidator} checks a whole {@link
 * nl.woonzorg.model.HousingCareVision} or one part of it — a goal, a prestatieafspraak, a dwelling
 * record — against the Jakarta constraints the model declares and the cross-object rules of the
 * catalogue, and returns one {@link nl.woonzorg.model.report.Report}.
 *
 * <p>Every finding has a stable rule id, a severity set by the {@link
 * nl.woonzorg.validation.rule.Profile profile} (<i>concept</i> or <i>vastgesteld</i>), a JSON Pointer
 * into the wire form, a message in Dutch or English, the offending value, what was expected and a
 * hint. Callers may switch rules off, change their severity and add rules of their own ({@link
 * nl.woonzorg.validation.rule.Rule}). {@code RULES.md}, at the project's root, lists every built-in
 * rule; it is generated from the code.
 */
@NullMarked
package nl.woonzorg.validation;

import org.jspecify.annotations.NullMarked;
