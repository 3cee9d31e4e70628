package nl.woonzorg.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.util.NameTransformer;

/**
 * A document written through Jackson's generator, values as databind writes them: for pretty
 * output, and for a compact document with something in it that {@link CompactOutput} leaves to
 * databind.
 */
final class GeneratorOutput implements DocumentOutput {

  private final JsonGenerator gen;
  private final SerializationContext ctx;

  GeneratorOutput(JsonGenerator gen, SerializationContext ctx) {
    this.gen = gen;
    this.ctx = ctx;
  }

  @Override
  public void startObject(Object value) {
    gen.writeStartObject(value);
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void startArray(Object array, int size) {
    gen.writeStartArray(array, size);
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void name(Encoded name) {
    gen.writeName(name.text);
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  public void string(Encoded value) {
    gen.writeString(value.text);
  }

  @Override
  public void number(int value) {
    gen.writeNumber(value);
  }

  /** As {@link WireSerializers} writes a decimal. */
  @Override
  public void number(BigDecimal value) {
    gen.writeNumber(value.toPlainString());
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }

  @Override
  public void date(LocalDate value) {
    serialize(value);
  }

  @Override
  public void nullValue() {
    gen.writeNull();
  }

  @Override
  public void delegate(BeanPropertyWriter property, Object bean) {
    try {
      property.serializeAsProperty(bean, gen, ctx);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot write " + property.getName(), e);
    }
  }

  @Override
  public void serialize(Object value) {
    ctx.findValueSerializer(value.getClass()).serialize(value, gen, ctx);
  }

  @Override
  public void unwrapped(Object document) {
    ctx.findValueSerializer(document.getClass()).unwrappingSerializer(NameTransformer.NOP)
        .serialize(document, gen, ctx);
  }
}
