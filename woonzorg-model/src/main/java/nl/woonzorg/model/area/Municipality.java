package nl.woonzorg.model.area;

import jakarta.validation.constraints.NotBlank;
import java.util.regex.Pattern;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A Dutch municipality (<i>gemeente</i>) as CBS registers it: its CBS gemeentecode, name, and the
 * COROP region (<i>COROP-gebied</i>, the CBS statistical region of several gemeenten) it lies in.
 * {@link Municipalities} holds the bundled list.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Municipality {

  private static final Pattern COROP_CODE = Pattern.compile("CR\\d{2}");

  Municipality() {}

  /** The CBS gemeentecode, {@code GM} and four digits, e.g. {@code "GM0363"}. */
  @Value.Parameter
  public abstract String getCode();

  /** The name as CBS writes it, e.g. {@code "Amsterdam"} or {@code "Bergen (NH.)"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /** The CBS code of the COROP region, {@code CR} and two digits, e.g. {@code "CR23"}. */
  @Value.Parameter
  public abstract String getCoropCode();

  /** The name of the COROP region, e.g. {@code "Groot-Amsterdam"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getCoropName();

  /**
   * Returns the municipality with the given codes and names.
   *
   * @throws IllegalStateException if {@code code} is not of the form {@code GMnnnn} or
   *     {@code coropCode} not of the form {@code CRnn}
   */
  public static Municipality of(String code, String name, String coropCode, String coropName) {
    return ImmutableMunicipality.of(code, name, coropCode, coropName);
  }

  /** Returns this municipality as an {@link Area} of type {@link AreaType#GEMEENTE}, id = code. */
  public Area toArea() {
    return Area.municipality(getCode(), getName());
  }

  @Value.Check
  final void check() {
    if (!AreaType.GEMEENTE.hasCodeFormat(getCode())) {
      throw new IllegalStateException(
          "a CBS gemeentecode is of the form GMnnnn, not '" + getCode() + "'");
    }
    if (!COROP_CODE.matcher(getCoropCode()).matches()) {
      throw new IllegalStateException(
          "a CBS COROP code is of the form CRnn, not '" + getCoropCode() + "'");
    }
  }

  /**
   * Builds a {@link Municipality}. {@code build()} throws {@link IllegalStateException} if an
   * attribute is missing or a code is malformed.
   */
  public static final class Builder extends ImmutableMunicipality.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
