package nl.woonzorg.analysis.supply;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.woonzorg.model.dwelling.DwellingType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A supply category (<i>aanbodcategorie</i>) of a {@link StockClassification}: a kind of home an
 * analysis weighs demand against, such as zero-step (<i>nultredenwoning</i>), wheelchair-accessible
 * (<i>rolstoelwoning</i>), clustered (<i>geclusterd</i>) or care-ready (<i>zorggeschikt</i>).
 * Categories may overlap: a wheelchair-accessible home is a zero-step home too.
 *
 * <p>A category has a code (capitals, digits and underscores, e.g. {@code GECLUSTERD}), a Dutch and
 * an English label, and, where one means the same, the model's {@link DwellingType}, which the
 * figures of an analysis document name. Two categories are equal if their codes are.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SupplyCategory {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final String code;
  private final String labelNl;
  private final String labelEn;
  private final @Nullable DwellingType dwellingType;

  private SupplyCategory(String code, String labelNl, String labelEn,
      @Nullable DwellingType dwellingType) {
    this.code = code;
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.dwellingType = dwellingType;
  }

  /**
   * The category {@code code} with its labels and the dwelling type it stands for, if any.
   *
   * @throws IllegalArgumentException if the code is not capitals, digits and underscores starting
   *     with a capital, or a label is blank
   */
  public static SupplyCategory of(String code, String labelNl, String labelEn,
      @Nullable DwellingType dwellingType) {
    if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
      throw new IllegalArgumentException("a category code is capitals, digits and underscores,"
          + " e.g. GECLUSTERD, not '" + code + "'");
    }
    if (labelNl.isBlank() || labelEn.isBlank()) {
      throw new IllegalArgumentException("category " + code + " needs a Dutch and an English"
          + " label");
    }
    return new SupplyCategory(code, labelNl.strip(), labelEn.strip(), dwellingType);
  }

  /** The code, e.g. {@code "GECLUSTERD"}; never blank. */
  public String code() {
    return code;
  }

  /** The Dutch label, e.g. {@code "geclusterde woning"}. */
  public String labelNl() {
    return labelNl;
  }

  /** The English label, e.g. {@code "clustered home"}. */
  public String labelEn() {
    return labelEn;
  }

  /** The model's dwelling type this category stands for; empty if none does. */
  public Optional<DwellingType> dwellingType() {
    return Optional.ofNullable(dwellingType);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SupplyCategory && ((SupplyCategory) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The {@linkplain #code() code}. */
  @Override
  public String toString() {
    return code;
  }
}
