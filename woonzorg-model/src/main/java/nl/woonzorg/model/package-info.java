/**
 * The woonzorg model: an immutable, typed woonzorgvisie (housing-and-care vision) with its
 * analysis, vision, SMART goals, prestatieafspraken (performance agreements), implementation
 * programme and monitoring. Start at {@link nl.woonzorg.model.HousingCareVision}.
 *
 * <p>Every type in the model is immutable and thread-safe, and nothing in it is null: what may be
 * absent is an empty {@link java.util.Optional} or an empty collection. Users build values with
 * {@code X.builder()} and {@code X.of(...)}. Jakarta Validation constraints on the accessors carry
 * the per-field rules; states that can never be allowed are refused at build time with an
 * {@link java.lang.IllegalStateException}.
 */
@NullMarked
package nl.woonzorg.model;

import org.jspecify.annotations.NullMarked;
