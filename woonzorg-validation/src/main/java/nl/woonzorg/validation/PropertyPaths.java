package nl.woonzorg.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.path.ContainerElementNode;
import org.hibernate.validator.path.PropertyNode;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.report.JsonPointer;

/**
 * Maps a Bean Validation property path onto a JSON Pointer into the wire form, whose property
 * names are the model's attribute names: {@code goals[0].scope.areaIds[].<iterable element>}
 * becomes {@code /goals/0/scope/areaIds/2}.
 *
 * <p>Container-element nodes ({@code <list element>}, {@code <optional element>}) name no wire
 * property and add nothing. A set has no index in the path, but is an array in the wire form in
 * iteration order, so the element's position is computed from the node's value (Hibernate
 * Validator records it on every node). Should the element of a set not be known — a property deep
 * inside a set of beans, which the model does not have — the pointer stops at the set.
 */
final class PropertyPaths {

  private PropertyPaths() {}

  static JsonPointer toPointer(ConstraintViolation<?> violation) {
    JsonPointer pointer = JsonPointer.root();
    @Nullable Object container = null;
    Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
    while (nodes.hasNext()) {
      Path.Node node = nodes.next();
      if (node.isInIterable()) {
        Optional<Integer> index = index(node, container, violation, !nodes.hasNext());
        if (index.isEmpty()) {
          return pointer;
        }
        pointer = pointer.append(index.get());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer = pointer.append(node.getName());
        container = unwrap(node.as(PropertyNode.class).getValue());
      } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        container = unwrap(node.as(ContainerElementNode.class).getValue());
      }
    }
    return pointer;
  }

  /** The name of the innermost property on the path, e.g. {@code areaIds}; empty at the root. */
  static String propertyName(ConstraintViolation<?> violation) {
    String name = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        name = node.getName();
      }
    }
    return name;
  }

  private static Optional<Integer> index(Path.Node node, @Nullable Object container,
      ConstraintViolation<?> violation, boolean last) {
    if (node.getIndex() != null) {
      return Optional.of(node.getIndex());
    }
    if (!(container instanceof Iterable)) {
      return Optional.empty();
    }
    @Nullable Object element;
    if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
      element = unwrap(node.as(ContainerElementNode.class).getValue());
    } else if (last) {
      element = violation.getLeafBean();
    } else {
      return Optional.empty();
    }
    int i = 0;
    for (Object candidate : (Iterable<?>) container) {
      if (Objects.equals(candidate, element)) {
        return Optional.of(i);
      }
      i++;
    }
    return Optional.empty();
  }

  private static @Nullable Object unwrap(@Nullable Object value) {
    return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
  }
}
