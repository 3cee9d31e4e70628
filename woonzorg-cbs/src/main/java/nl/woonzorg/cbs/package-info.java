/**
 * What goes wrong reading CBS open data (<i>leesproblemen</i>): each {@link
 * nl.woonzorg.cbs.CbsProblem} says where — file and line:column for CSV, file and JSON Pointer for
 * JSON — what was expected there and what was found. The readers are in {@link
 * nl.woonzorg.cbs.kwb}.
 *
 * <p>Values are immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.cbs;

import org.jspecify.annotations.NullMarked;
