package nl.woonzorg.io.json;

import nl.woonzorg.io.internal.WireModule;
import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that maps the woonzorg model to its wire format: register it on your own
 * {@code JsonMapper} (for instance a Spring Boot application's) to read and write model objects
 * inside your own payloads.
 *
 * <p>With the module a mapper:
 *
 * <ul>
 *   <li>reads the model's abstract types ({@code Goal}, {@code Dwelling}, …) into their generated
 *       immutable implementations;
 *   <li>writes every code-list value ({@link nl.woonzorg.model.code.Coded}) as its wire code and
 *       reads it back by code, refusing an unknown code with a message that lists the valid ones;
 *   <li>leaves empty {@code Optional}s and empty collections of model objects out;
 *   <li>writes every {@link java.math.BigDecimal} in plain notation, never with an exponent (the
 *       value is unchanged, so this is safe for your own types too);
 *   <li>ignores a {@code formatVersion} property on model objects when reading, so that it can
 *       read whole documents even with {@code FAIL_ON_UNKNOWN_PROPERTIES} enabled.
 * </ul>
 *
 * <p>Dates are ISO-8601 strings as long as the mapper keeps Jackson 3's default of not writing
 * dates as timestamps. The module does not add {@code formatVersion} to what it writes and does
 * not locate problems: for whole documents use {@link JsonWriter} and {@link JsonReader}, which
 * build on this module.
 *
 * <p>Stateless, immutable and thread-safe; one instance may serve any number of mappers.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WoonzorgModule extends JacksonModule {

  /** The module's definition, shared with the mapper of the reader and writer. */
  private static final JacksonModule WIRE = new WireModule();

  /** Creates the module. */
  public WoonzorgModule() {}

  @Override
  public String getModuleName() {
    return WIRE.getModuleName();
  }

  @Override
  public Version version() {
    return WIRE.version();
  }

  @Override
  public void setupModule(SetupContext context) {
    WIRE.setupModule(context);
  }
}
