package nl.woonzorg.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.report.JsonPointer;

/**
 * Follows a JSON Pointer through the model by its attribute names, as the wire form has them: a
 * finding's pointer must lead to an existing object, except that its last step may name an
 * attribute that is absent (the finding being that it is missing).
 */
final class PointerResolver {

  private PointerResolver() {}

  /** Whether {@code pointer} leads somewhere in {@code root}; see the class comment. */
  static boolean resolves(Object root, JsonPointer pointer) {
    Object current = root;
    List<String> tokens = pointer.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i == tokens.size() - 1;
      Optional<Object> next = step(current, tokens.get(i));
      if (next == null) {
        return false;
      }
      if (next.isEmpty()) {
        return last;
      }
      current = next.get();
    }
    return true;
  }

  /** The value at {@code token}: empty if the attribute exists but is absent; null if no such. */
  private static Optional<Object> step(Object current, String token) {
    if (current instanceof Iterable) {
      int index;
      try {
        index = Integer.parseInt(token);
      } catch (NumberFormatException e) {
        return null;
      }
      Iterator<?> elements = ((Iterable<?>) current).iterator();
      for (int i = 0; elements.hasNext(); i++) {
        Object element = elements.next();
        if (i == index) {
          return Optional.of(element);
        }
      }
      return null;
    }
    Method getter = getter(current.getClass(), "get" + Character.toUpperCase(token.charAt(0))
        + token.substring(1));
    if (getter == null) {
      return null;
    }
    try {
      Object value = getter.invoke(current);
      return value instanceof Optional ? ((Optional<?>) value).map(v -> (Object) v)
          : Optional.of(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The getter as declared by a public class, since the generated classes are not public. */
  private static Method getter(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        try {
          return c.getMethod(name);
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }
}
