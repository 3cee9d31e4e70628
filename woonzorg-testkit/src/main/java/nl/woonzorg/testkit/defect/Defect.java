package nl.woonzorg.testkit.defect;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;

/**
 * One named way of breaking a valid object so that exactly one rule reports it: a goal breakdown
 * that no longer adds up to the target, an agreement the tenants' organisation does not sign, a
 * deadline after the vision's period, and so on. {@link Defects} lists every defect.
 *
 * <p>A defect finds the places in an object where it can be injected ({@link #sites(Object)}) —
 * every goal with a breakdown, say — and {@link #inject(Object, int)} breaks one of them. Injected
 * into a valid object from {@link nl.woonzorg.testkit.gen.WoonzorgGen}, the validator with {@link
 * nl.woonzorg.validation.rule.Profile#VASTGESTELD} then reports the defect's rule at the site's
 * pointer and no other {@code ERROR}. For a defect of a rule that is only a warning or advice in
 * that profile, it reports that finding and no {@code ERROR} at all; since a valid object may
 * carry warnings and advice already, a defect breaks only places its rule does not report yet,
 * and among the findings of that severity or above, its own is the only one the {@linkplain
 * Defective#original() original} lacks. Injected into other valid objects the finding is reported
 * too, but an unusual object may get further findings as a consequence.
 *
 * <p>Some rules no defect triggers on its own: no data triggers them, or only together with
 * another rule's findings; {@link Defects#notInjectable()} names them and says why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of object the defect breaks
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Defect<T> {

  /** A place where a defect can be injected, and how: package-private plumbing. */
  record Site<T>(JsonPointer pointer, Function<T, T> breaker) {}

  private final String name;
  private final String ruleId;
  private final String description;
  private final Function<T, List<Site<T>>> sites;

  Defect(String name, String ruleId, String description, Function<T, List<Site<T>>> sites) {
    this.name = name;
    this.ruleId = ruleId;
    this.description = description;
    this.sites = sites;
  }

  /** The defect's stable name, e.g. {@code "breakdown-does-not-add-up"}. */
  public String name() {
    return name;
  }

  /** The id of the rule that reports the defect, e.g. {@code "WZ-SMART-R-01"}. */
  public String ruleId() {
    return ruleId;
  }

  /** What the defect does, in a sentence. */
  public String description() {
    return description;
  }

  /**
   * The pointers of the places in {@code valid} where this defect can be injected, in document
   * order; empty if it has none (a vision without guarantee agreements has no place for a
   * guarantee without a cost bearer).
   *
   * @throws NullPointerException if {@code valid} is null
   */
  public List<JsonPointer> sites(T valid) {
    Objects.requireNonNull(valid, "valid");
    return sites.apply(valid).stream().map(Site::pointer).toList();
  }

  /** Whether {@code valid} has a place for this defect. */
  public boolean appliesTo(T valid) {
    return !sites(valid).isEmpty();
  }

  /**
   * Injects this defect into {@code valid} at site number {@code choice}, taken modulo the number
   * of sites, so any int picks one.
   *
   * @throws NullPointerException if {@code valid} is null
   * @throws IllegalArgumentException if {@code valid} has no place for this defect
   */
  public Defective<T> inject(T valid, int choice) {
    Objects.requireNonNull(valid, "valid");
    List<Site<T>> found = sites.apply(valid);
    if (found.isEmpty()) {
      throw new IllegalArgumentException("defect " + name + " has no place in the object given");
    }
    Site<T> site = found.get(Math.floorMod(choice, found.size()));
    return new Defective<>(this, valid, site.breaker().apply(valid), site.pointer());
  }

  @Override
  public String toString() {
    return name + " (" + ruleId + ")";
  }
}
