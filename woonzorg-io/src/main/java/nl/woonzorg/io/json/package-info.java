/**
 * JSON documents through Jackson 3 (<i>JSON-lezen en -schrijven</i>): {@link
 * nl.woonzorg.io.json.WoonzorgJson}, a few static calls for callers who do not care about Jackson;
 * {@link nl.woonzorg.io.json.WoonzorgModule}, the Jackson module that maps the model to the wire
 * format on any mapper (a Spring Boot application's included); {@link
 * nl.woonzorg.io.json.JsonWriter}, which writes documents deterministically, compact or pretty;
 * and {@link nl.woonzorg.io.json.JsonReader}, which reads them strictly or leniently, locating
 * every problem.
 */
@NullMarked
package nl.woonzorg.io.json;

import org.jspecify.annotations.NullMarked;
