package nl.woonzorg.model.code;

import org.apiguardian.api.API;

/**
 * A code list of the model, as an enumeration whose constants each hold their {@link CodeEntry}:
 * the {@link Coded} getters read it, so an enumeration declares its constants, a constructor that
 * stores the entry, {@link #codeEntry()}, {@code fromCode} and only what is its own.
 *
 * <p>Lookup by code goes through {@link Codes}, which keeps one {@link CodeTable} per enumeration.
 * Implementations are immutable and thread-safe; no method returns null.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface CodeList extends Coded {

  /** The code, labels and end date this constant was declared with; never null. */
  CodeEntry codeEntry();

  @Override
  default String getCode() {
    return codeEntry().code();
  }

  @Override
  default String getLabelNl() {
    return codeEntry().labelNl();
  }

  @Override
  default String getLabelEn() {
    return codeEntry().labelEn();
  }
}
