/**
 * The machinery behind the API packages of woonzorg-io, not exported by its module: the compiled
 * JSON Schema ({@code Shape}) and the one decision whether a token fits it ({@code Fit}); the three
 * ways of reading a document that share it (the checker that reports every problem, the checking
 * parser and the flat binder that read a clean document in one pass) with {@link
 * nl.woonzorg.io.internal.DocumentReading}, which chooses between them, and {@link
 * nl.woonzorg.io.internal.RecordBlocks} for blocks of NDJSON lines; and the Jackson set-up of the
 * wire format ({@link nl.woonzorg.io.internal.WireModule}, {@link
 * nl.woonzorg.io.internal.WireMapper}).
 *
 * <p>Types here are public only so that {@code nl.woonzorg.io.json} and {@code
 * nl.woonzorg.io.ndjson} can reach them; each is {@code @API(status = INTERNAL)} and may change
 * in any release. The package depends on {@code nl.woonzorg.io} and the model, never on the
 * packages it serves.
 */
@NullMarked
package nl.woonzorg.io.internal;

import org.jspecify.annotations.NullMarked;
