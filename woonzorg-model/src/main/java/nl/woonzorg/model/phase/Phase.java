package nl.woonzorg.model.phase;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;

/**
 * The five phases of the woonzorg process (<i>fasen</i>, Taskforce Wonen en Zorg), in their order.
 * The process is a yearly cycle: {@link #BORGING} feeds the next year's {@link #ANALYSE}. The wire
 * code is the constant's name. What a phase needs before it may start is for validation to judge.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Phase implements CodeList {
  /** Analyse: understand demand and supply of housing and care, per target group and area. */
  ANALYSE("analyse", "analysis"),
  /** Visie: the shared picture of the future, its principles, ambitions and goals. */
  VISIE("visie", "vision"),
  /** Afspraken: concrete prestatieafspraken (performance agreements) between the partners. */
  AFSPRAKEN("afspraken", "agreements"),
  /** Uitvoering: the implementation programme carries the agreements out. */
  UITVOERING("uitvoering", "implementation"),
  /** Borging: monitoring, evaluation and steering, which feeds the next yearly cycle. */
  BORGING("borging", "monitoring and safeguarding");

  private static final Phase[] CYCLE = values();

  private final CodeEntry entry;

  Phase(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  /** The phase that follows in the yearly cycle: after {@link #BORGING} comes {@link #ANALYSE}. */
  public Phase next() {
    return CYCLE[(ordinal() + 1) % CYCLE.length];
  }

  /** The phase before this one in the yearly cycle: before {@link #ANALYSE} comes {@link #BORGING}. */
  public Phase previous() {
    return CYCLE[(ordinal() + CYCLE.length - 1) % CYCLE.length];
  }

  /**
   * How many steps forward in the cycle lead from this phase to {@code target}: 1 for the next
   * phase, 0 for this phase itself, 4 at most. A step of more than 1 skips phases.
   */
  public int stepsTo(Phase target) {
    return (target.ordinal() - ordinal() + CYCLE.length) % CYCLE.length;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the phase with the given wire code.
   *
   * @throws nl.woonzorg.model.code.UnknownCodeException if there is none
   */
  public static Phase fromCode(String code) {
    return Codes.fromCode(Phase.class, code);
  }
}
