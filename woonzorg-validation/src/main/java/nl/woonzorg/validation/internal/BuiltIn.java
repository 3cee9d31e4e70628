package nl.woonzorg.validation.internal;

import org.apiguardian.api.API;
import nl.woonzorg.validation.RuleDefinition;
import nl.woonzorg.validation.RuleMessages;

/** The bundled messages ({@code nl/woonzorg/validation/Messages.properties} and {@code _en}). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BuiltIn {

  /** The texts of every built-in rule, in Dutch and English. */
  public static final RuleMessages MESSAGES =
      RuleMessages.fromResources(RuleDefinition.class, "Messages");

  private BuiltIn() {}

  /** A definition builder for built-in rule {@code id}, its messages already set. */
  public static RuleDefinition.Builder rule(String id) {
    return RuleDefinition.builder(id).messages(MESSAGES);
  }
}
