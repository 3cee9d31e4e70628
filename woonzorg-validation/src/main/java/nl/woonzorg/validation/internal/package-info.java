/**
 * Helpers the built-in rules share: walking a vision's ids and references, its quantities and the
 * phases it has reached, and the definition builder that points a rule at the bundled messages.
 * Internal: public only because the rules live in several packages; not for callers.
 */
@NullMarked
package nl.woonzorg.validation.internal;

import org.jspecify.annotations.NullMarked;
