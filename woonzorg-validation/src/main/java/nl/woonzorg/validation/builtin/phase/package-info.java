/**
 * Phase rules (<i>fasering</i>): what each phase of the Taskforce's cycle needs before it
 * starts, and a phase history in order with a reason for every skipped phase.
 */
@NullMarked
package nl.woonzorg.validation.builtin.phase;

import org.jspecify.annotations.NullMarked;
