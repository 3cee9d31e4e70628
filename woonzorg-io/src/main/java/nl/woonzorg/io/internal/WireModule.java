package nl.woonzorg.io.internal;

import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * What the API's {@code nl.woonzorg.io.json.WoonzorgModule} does, defined here so that the
 * reader and writer's own mapper ({@link WireMapper}) is built from it without this package
 * depending on the API package that publishes it. Not exported; use {@code WoonzorgModule}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WireModule extends JacksonModule {

  /** Creates the module. */
  public WireModule() {}

  @Override
  public String getModuleName() {
    return "woonzorg";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "nl.woonzorg", "woonzorg-io");
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new ModelTypeResolver());
    context.addSerializers(new WireSerializers());
    context.addDeserializers(new CodedDeserializers());
    context.insertAnnotationIntrospector(new ModelIntrospector());
  }
}
