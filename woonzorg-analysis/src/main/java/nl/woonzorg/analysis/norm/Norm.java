package nl.woonzorg.analysis.norm;

import java.time.LocalDate;
import java.util.Objects;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import nl.woonzorg.model.targetgroup.TargetGroup;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A norm (<i>norm</i>, <i>kengetal</i>): how many homes of one supply category a target group
 * needs per person of a population measure, with where the ratio comes from. "23 % of the
 * 65-plussers want a suitable home with meeting space" is the norm with target group {@link
 * TargetGroup#OUDEREN_65_PLUS}, category {@code GECLUSTERD}, base {@link
 * PopulationMeasure#LEEFTIJD_65_PLUS} and ratio 23/100; "x clustered homes per 1,000 people" is
 * ratio x/1000. The demand a norm gives in an area is the area's count of the base times the
 * ratio.
 *
 * <p>No official ratio exists (shared/ANALYSIS.md §3), so a norm is refused without a source and
 * the date of that source: every number it produces must be traceable to someone's claim.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Norm {

  private final String id;
  private final TargetGroup targetGroup;
  private final String category;
  private final PopulationMeasure base;
  private final Fraction ratio;
  private final String source;
  private final LocalDate sourceDate;

  private Norm(Builder builder) {
    id = required(builder.id, "an id");
    targetGroup = Objects.requireNonNull(builder.targetGroup,
        "norm " + id + " needs a target group");
    category = required(builder.category, "a supply category");
    base = Objects.requireNonNull(builder.base, "norm " + id + " needs a population measure");
    ratio = Objects.requireNonNull(builder.ratio, "norm " + id + " needs a ratio");
    source = required(builder.source, "a source");
    sourceDate = Objects.requireNonNull(builder.sourceDate,
        "norm " + id + " needs the date of its source");
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("norm " + id + " has a negative ratio: " + ratio);
    }
  }

  private String required(@Nullable String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          (id == null ? "a norm" : "norm " + id) + " needs " + what);
    }
    return value.strip();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, e.g. {@code "geclusterd-65"}; never blank. */
  public String id() {
    return id;
  }

  /** The target group whose demand this norm gives. */
  public TargetGroup targetGroup() {
    return targetGroup;
  }

  /** The code of the supply category the demand is for, e.g. {@code "GECLUSTERD"}. */
  public String category() {
    return category;
  }

  /** The population measure the ratio applies to, e.g. the inhabitants aged 65 and over. */
  public PopulationMeasure base() {
    return base;
  }

  /** The homes needed per person (or household) of the base; 0 or more. */
  public Fraction ratio() {
    return ratio;
  }

  /** Where the ratio comes from, e.g. {@code "Monitor Ouderenhuisvesting 2021"}; never blank. */
  public String source() {
    return source;
  }

  /** The date of the source. */
  public LocalDate sourceDate() {
    return sourceDate;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Norm)) {
      return false;
    }
    Norm that = (Norm) other;
    return id.equals(that.id) && targetGroup == that.targetGroup
        && category.equals(that.category) && base == that.base && ratio.equals(that.ratio)
        && source.equals(that.source) && sourceDate.equals(that.sourceDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, targetGroup, category, base, ratio, source, sourceDate);
  }

  /**
   * The norm as a formula with its source, e.g. {@code "geclusterd-65: 23/100 × LEEFTIJD_65_PLUS
   * → GECLUSTERD for OUDEREN_65_PLUS (…)"}.
   */
  @Override
  public String toString() {
    return id + ": " + ratio + " × " + base.name() + " → " + category + " for "
        + targetGroup.name() + " (" + source + ", " + sourceDate + ")";
  }

  /**
   * Builds a {@link Norm}; not thread-safe. {@code build()} throws {@link IllegalArgumentException}
   * if the id, category or source is blank or the ratio is negative, and {@link
   * NullPointerException} if anything else is missing.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private @Nullable String id;
    private @Nullable TargetGroup targetGroup;
    private @Nullable String category;
    private @Nullable PopulationMeasure base;
    private @Nullable Fraction ratio;
    private @Nullable String source;
    private @Nullable LocalDate sourceDate;

    private Builder() {}

    /** Sets the identifier. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the target group. */
    public Builder targetGroup(TargetGroup targetGroup) {
      this.targetGroup = targetGroup;
      return this;
    }

    /** Sets the code of the supply category. */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /** Sets the population measure the ratio applies to. */
    public Builder base(PopulationMeasure base) {
      this.base = base;
      return this;
    }

    /** Sets the homes needed per person of the base, e.g. {@code Fraction.of(23, 100)}. */
    public Builder ratio(Fraction ratio) {
      this.ratio = ratio;
      return this;
    }

    /** Sets the source of the ratio. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets the date of the source. */
    public Builder sourceDate(LocalDate sourceDate) {
      this.sourceDate = sourceDate;
      return this;
    }

    /** Returns the norm. */
    public Norm build() {
      return new Norm(this);
    }
  }
}
