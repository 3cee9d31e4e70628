/**
 * SMART rules: goals and prestatieafspraken are Specific, Measurable, Acceptable, Realistic and
 * Time-bound, each criterion its own rule. Action-type agreements (handeling, garantie,
 * transactie) must be SMART; process and intent agreements are advised to be.
 */
@NullMarked
package nl.woonzorg.validation.builtin.smart;

import org.jspecify.annotations.NullMarked;
