package nl.woonzorg.vera.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The Immutables style of the VERA binding: the model's style without Jackson, since the binding
 * is read and written token by token, never through databind.
 *
 * <ul>
 *   <li>{@code getX()} accessors, like the model's; the builder method is {@code x}.
 *   <li>The generated {@code Immutable*} classes are package-private: users write {@code
 *       X.builder()} and {@code X.of(...)}.
 *   <li>Plural attributes get singular adders ({@code addCluster}); JDK collections only, copied
 *       immutably.
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
public @interface VeraStyle {}
