package nl.woonzorg.model.cooperation;

import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * The kind of a {@link Covenant} (<i>soort overeenkomst</i>). The wire code is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CovenantKind implements CodeList {
  /** Convenant: covenant, e.g. the "Convenant Langer en Weer Thuis" of Delft (2018). */
  CONVENANT("convenant", "covenant"),
  /**
   * Pact: pact, e.g. the pact "Wonen met ondersteuning, commitment op leefbaarheid" of regio
   * Alkmaar.
   */
  PACT("pact", "pact"),
  /** Samenwerkingsovereenkomst: cooperation agreement. */
  SAMENWERKINGSOVEREENKOMST("samenwerkingsovereenkomst", "cooperation agreement"),
  /** Intentieverklaring: declaration of intent. */
  INTENTIEVERKLARING("intentieverklaring", "declaration of intent"),
  /** Werkafspraken: working arrangements, e.g. around clients leaving sheltered housing. */
  WERKAFSPRAKEN("werkafspraken", "working arrangements"),
  /**
   * Statement: a joint public statement of the parties, e.g. "Statement huisvesting en zorg
   * kwetsbare groepen" (Amersfoort). Since format 1.1.
   */
  STATEMENT("statement", "statement"),
  /** Overig: any other kind of written agreement between the parties. Since format 1.1. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  CovenantKind(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the covenant kind with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static CovenantKind fromCode(String code) {
    return Codes.fromCode(CovenantKind.class, code);
  }
}
