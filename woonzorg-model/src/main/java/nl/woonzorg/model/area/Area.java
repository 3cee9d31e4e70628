package nl.woonzorg.model.area;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An area (<i>gebied</i>) that an analysis, goal, agreement or activity applies to: a
 * <i>gemeente</i>, one of its <i>wijken</i>, <i>buurten</i> or <i>kernen</i>, a <i>regio</i> of
 * several gemeenten, or a single <i>locatie</i>. Other objects refer to it by {@link #getId() id}.
 *
 * <p>A {@linkplain #getCode() code} must fit the {@linkplain #getType() type}: a gemeente's code is
 * a CBS gemeentecode {@code GMnnnn}, a wijk's a CBS wijkcode {@code WKnnnnnn}, a buurt's a CBS
 * buurtcode {@code BUnnnnnnnn} and a provincie's a CBS provinciecode {@code PVnn}; the other types
 * may not use those prefixes. Whether a well-formed code actually exists (see
 * {@link Municipalities}) is for validation to say, since code lists change every year.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class Area {

  Area() {}

  /** The identifier other objects use to refer to this area; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getId();

  /** The kind of area. */
  @Value.Parameter
  public abstract AreaType getType();

  /** The name of the area, e.g. {@code "Amsterdam"} or {@code "Centrum"}; never blank. */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * The official CBS code, e.g. {@code "GM0363"}; empty if the area has none or it is not known.
   * When present it fits {@link #getType()}.
   */
  public abstract Optional<@NotBlankWhenPresent String> getCode();

  /** The id of the area this one lies in, e.g. a wijk's gemeente; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getParentId();

  /**
   * The ids of the areas this one consists of, in the order given, e.g. the gemeenten of a regio;
   * empty if not given.
   */
  public abstract List<@NotBlank String> getMemberIds();

  /** Returns the area {@code id} of the given type and name, without a code. */
  public static Area of(String id, AreaType type, String name) {
    return ImmutableArea.of(id, type, name);
  }

  /**
   * Returns the gemeente with CBS code {@code code} and the given name, identified by its code,
   * e.g. {@code Area.municipality("GM0363", "Amsterdam")}.
   *
   * @throws IllegalStateException if {@code code} is not of the form {@code GMnnnn}
   */
  public static Area municipality(String code, String name) {
    return builder().id(code).type(AreaType.GEMEENTE).name(name).code(code).build();
  }

  @Value.Check
  final void check() {
    getCode().ifPresent(this::checkCode);
  }

  private void checkCode(String code) {
    AreaType type = getType();
    if (type.codePrefix().isPresent()) {
      if (!type.hasCodeFormat(code)) {
        throw new IllegalStateException("area '" + getId() + "' is a " + type
            + ", so its code must be of the form " + type.codeFormat().orElseThrow() + ", not '"
            + code + "'");
      }
      return;
    }
    // A KERN may well be coded "BUURTHUIS-3"; only a code in another kind's official format
    // says this area is something it is not.
    AreaType.ofCodePrefix(code).filter(owner -> owner.hasCodeFormat(code)).ifPresent(owner -> {
      throw new IllegalStateException("area '" + getId() + "' is a " + type + ", so its code cannot"
          + " be a CBS code of a " + owner + ": '" + code + "'");
    });
  }

  /**
   * Builds an {@link Area}. {@code build()} throws {@link IllegalStateException} if id, type or
   * name is missing or the code does not fit the type.
   */
  public static final class Builder extends ImmutableArea.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
