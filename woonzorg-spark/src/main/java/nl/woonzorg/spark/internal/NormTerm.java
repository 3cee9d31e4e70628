package nl.woonzorg.spark.internal;

import java.io.Serializable;
import nl.woonzorg.analysis.norm.Norm;
import org.apiguardian.api.API;

/**
 * What a Spark task is sent of a {@link Norm}, which is not serializable: the codes of its target
 * group, supply category and base, and its ratio as {@code Fraction.toString()} writes it.
 *
 * @param targetGroup the target group's name
 * @param category the supply category's code
 * @param base the population measure's name
 * @param ratio the ratio, e.g. {@code 23/100}
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record NormTerm(String targetGroup, String category, String base, String ratio)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The terms of {@code norm}. */
  public static NormTerm of(Norm norm) {
    return new NormTerm(norm.targetGroup().name(), norm.category(), norm.base().name(),
        norm.ratio().toString());
  }
}
