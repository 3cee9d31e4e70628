package nl.woonzorg.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.databind.ser.BeanPropertyWriter;

/**
 * Where a document's plan ({@link BeanPlan}) writes the document: Jackson's generator ({@link
 * GeneratorOutput}), or the compact writer's own UTF-8 bytes ({@link CompactOutput}). One walk of
 * the model for both, so that the two cannot come to differ in what they write, only in how.
 */
interface DocumentOutput {

  /** Starts the object written for {@code value}. */
  void startObject(Object value);

  void endObject();

  /** Starts the array written for {@code array}, of {@code size} items. */
  void startArray(Object array, int size);

  void endArray();

  /** The next property's name. */
  void name(Encoded name);

  void string(String value);

  /** A string known before the write, as a code list's codes are. */
  void string(Encoded value);

  void number(int value);

  void number(BigDecimal value);

  void bool(boolean value);

  void date(LocalDate value);

  void nullValue();

  /** Has databind's own property writer write {@code property} of {@code bean}, name and all. */
  void delegate(BeanPropertyWriter property, Object bean);

  /** Has databind write {@code value}, of a class no plan is made for. */
  void serialize(Object value);

  /** Has databind write the properties of {@code document}, a root no plan is made for. */
  void unwrapped(Object document);
}
