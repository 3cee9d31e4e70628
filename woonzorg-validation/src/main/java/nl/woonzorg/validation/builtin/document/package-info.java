/**
 * Rules on the documents of the cycle besides the vision (<i>documentsoorten</i>): when a vision
 * or programme needs its years, who made an analysis and how far it looks, who signs a covenant
 * and what it asks of them, whether a monitor measures what it names, and whether agreements stay
 * within their document's years.
 */
@NullMarked
package nl.woonzorg.validation.builtin.document;

import org.jspecify.annotations.NullMarked;
