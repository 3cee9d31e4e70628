package nl.woonzorg.validation.internal;

import nl.woonzorg.validation.rule.RuleDefinition;
import nl.woonzorg.validation.rule.RuleMessages;
import org.apiguardian.api.API;

/** The bundled messages ({@code nl/woonzorg/validation/Messages.properties} and {@code _en}). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BuiltIn {

  /**
   * The texts of every built-in rule, in Dutch and English. An absolute name: the files keep the
   * place they had when the rule API lived in {@code nl.woonzorg.validation}, where tools and
   * translators find them.
   */
  public static final RuleMessages MESSAGES =
      RuleMessages.fromResources(BuiltIn.class, "/nl/woonzorg/validation/Messages");

  private BuiltIn() {}

  /** A definition builder for built-in rule {@code id}, its messages already set. */
  public static RuleDefinition.Builder rule(String id) {
    return RuleDefinition.builder(id).messages(MESSAGES);
  }
}
