/**
 * The reading and writing machinery of the VERA binding: token-level binders, the writer of
 * bound and passed-through properties, NDJSON line splitting and the translation of Jackson's
 * errors into located problems. Not exported: it may change in any release.
 */
@NullMarked
package nl.woonzorg.vera.internal;

import org.jspecify.annotations.NullMarked;
