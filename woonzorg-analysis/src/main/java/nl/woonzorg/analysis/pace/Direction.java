package nl.woonzorg.analysis.pace;

import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import org.apiguardian.api.API;

/**
 * Which way a target lies from where it starts (<i>richting</i>): homes to build count up to it,
 * households waiting or homes standing empty count down to it ("van 120 naar 80 wachtenden").
 * Paces keep their sign — a goal that counts down requires a pace below zero — and what is
 * "enough" or "reached" is judged in the target's direction.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Direction implements CodeList {
  /** Oplopend: the target lies at or above the start; more is better. */
  UP("oplopend", "counts up", 1),
  /** Aflopend: the target lies below the start; less is better. */
  DOWN("aflopend", "counts down", -1);

  private final CodeEntry entry;
  private final int sign;

  Direction(String labelNl, String labelEn, int sign) {
    this.entry = new CodeEntry(name(), labelNl, labelEn);
    this.sign = sign;
  }

  /** The direction from {@code start} to {@code target}: down if the target is below the start. */
  public static Direction of(Fraction start, Fraction target) {
    return target.compareTo(start) < 0 ? DOWN : UP;
  }

  /** 1 for up, −1 for down: a figure times this sign is positive when it goes the right way. */
  public int sign() {
    return sign;
  }

  /**
   * {@code value} seen in this direction: itself when counting up, its negation when counting
   * down, so that "at least" and "above zero" mean "far enough" and "the right way" for both.
   */
  public Fraction oriented(Fraction value) {
    return sign > 0 ? value : value.negate();
  }

  /** Whether {@code level} has reached {@code target}: at or above it up, at or below it down. */
  public boolean hasReached(Fraction level, Fraction target) {
    return oriented(level.subtract(target)).signum() >= 0;
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }
}
