package nl.woonzorg.model.agreement;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The type of a performance agreement (<i>type prestatieafspraak</i>), after Overzicht 2 of the
 * Taskforce Wonen en Zorg's guide "Woonzorgopgave: van visie naar uitvoering". Which type partners
 * choose depends on the task, the phase of the process and how well they work together. The wire
 * code is the constant's name.
 *
 * <p>Each type has its own terms on {@link PerformanceAgreement}, e.g. {@link ProcessTerms} for a
 * {@link #PROCESAFSPRAAK}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum AgreementType implements CodeList {
  /**
   * Procesafspraak: process agreement, on how parties cooperate, consult, plan, monitor, evaluate
   * and decide.
   */
  PROCESAFSPRAAK("procesafspraak", "process agreement", false),
  /**
   * Beschrijvende afspraak: descriptive agreement, recording or confirming principles, positions
   * or financial arrangements.
   */
  BESCHRIJVENDE_AFSPRAAK("beschrijvende afspraak", "descriptive agreement", false),
  /** Intentieafspraak: intent agreement, a conditional intent: if this happens, then that. */
  INTENTIEAFSPRAAK("intentieafspraak", "intent agreement", false),
  /** Handelingsafspraak: action agreement, planning or coordinating activities. */
  HANDELINGSAFSPRAAK("handelingsafspraak", "action agreement", true),
  /** Garantieafspraak: guarantee agreement, a safeguard to be honoured at all times. */
  GARANTIEAFSPRAAK("garantieafspraak", "guarantee agreement", true),
  /**
   * Transactieafspraak: transaction agreement, an exchange between parties and the contributions
   * that make it happen.
   */
  TRANSACTIEAFSPRAAK("transactieafspraak", "transaction agreement", true);

  private final CodeEntry entry;
  private final boolean smartRequired;

  AgreementType(String labelNl, String labelEn, boolean smartRequired) {
    entry = new CodeEntry(name(), labelNl, labelEn);
    this.smartRequired = smartRequired;
  }

  /**
   * Whether an agreement of this type must be SMART (specific, measurable, acceptable, realistic,
   * time-bound). The Taskforce notes that some agreements cannot be SMART yet — too little
   * information, parties not yet aligned — and that a process or intent agreement then keeps
   * things moving; so SMART is demanded of the action, guarantee and transaction types and only
   * advised for the others.
   *
   * @return {@code true} for {@link #HANDELINGSAFSPRAAK}, {@link #GARANTIEAFSPRAAK} and
   *     {@link #TRANSACTIEAFSPRAAK}
   */
  public boolean isSmartRequired() {
    return smartRequired;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant whose wire code is {@code code}.
   *
   * @param code the wire code, which is the constant's name
   * @return the constant, never null
   * @throws nl.woonzorg.model.code.UnknownCodeException if no constant has that code; the
   *     message lists the valid codes
   */
  public static AgreementType fromCode(String code) {
    return Codes.fromCode(AgreementType.class, code);
  }
}
