package nl.woonzorg.model.code;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An entry of a code list (<i>codelijst</i>): a stable wire code with a Dutch and an English label.
 *
 * <p>Every domain enumeration of the model implements this, through {@link CodeList}, which
 * answers these getters from the constant's {@link CodeEntry}. The {@linkplain #getCode() code} is
 * what travels in the wire format and never changes once released; labels may be improved.
 * Implementations are immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Coded {

  /** The stable wire code, never null or blank. */
  String getCode();

  /** The Dutch label, as the source documents use it; never null. */
  String getLabelNl();

  /** The English label; never null. */
  String getLabelEn();

  /**
   * The label in the given locale's {@linkplain Language language}: English for {@code en}, Dutch
   * otherwise (Dutch is the language of the domain and the default).
   */
  default String getLabel(Locale locale) {
    return Language.of(locale).pick(getLabelNl(), getLabelEn());
  }
}
