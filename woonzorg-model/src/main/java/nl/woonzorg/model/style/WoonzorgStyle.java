package nl.woonzorg.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The one Immutables style of the project, put on every value type of the model.
 *
 * <ul>
 *   <li>{@code getX()} accessors, so that any Jakarta validator (Spring's included) sees the
 *       constraints declared on them; the attribute, builder method and JSON property are {@code x}.
 *   <li>The generated {@code Immutable*} classes are package-private and hidden behind the abstract
 *       type: users write {@code X.builder()} and {@code X.of(...)}.
 *   <li>Plural attributes get singular adders ({@code addGoal}, {@code addAllGoals}).
 *   <li>JDK collections only (no Guava); all collections are immutable copies.
 *   <li>Immutables generates Jackson 3 support (a JSON creator on each generated class), but the
 *       generated code needs Jackson only when it is used: the model loads without Jackson on the
 *       class path. A plain Jackson mapper can write the model; reading it back into the abstract
 *       types, and writing codes and pointers in the wire format, takes woonzorg-io's module.
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@JsonDeserialize
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
public @interface WoonzorgStyle {}
