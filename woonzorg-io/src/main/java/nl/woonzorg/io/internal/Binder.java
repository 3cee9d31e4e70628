package nl.woonzorg.io.internal;

import java.util.List;
import java.util.Map;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.model.report.JsonPointer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a checked tree into model objects. What the schema cannot say — the model's invariants,
 * such as a period that ends before it starts — surfaces here as the model's own exception; it is
 * located through the tree back to the document, and in lenient mode the offending object is
 * dropped and binding tried again.
 */
final class Binder {

  private static final String NOT_SET = "some of required attributes are not set";

  private Binder() {}

  static <T> @Nullable T bind(ObjectNode root, Class<T> type, boolean lenient,
      Map<JsonNode, DocumentChecker.Origin> origins, Problems problems) {
    // Each failed attempt removes a node, so the loop ends within the size of the tree.
    while (true) {
      try {
        return WireMapper.MAPPER.treeToValue(root, type);
      } catch (DatabindException e) {
        Located failed = locate(root, e.getPath());
        DocumentChecker.Origin origin = origins.get(failed.node);
        JsonPointer pointer = origin == null ? JsonPointer.root() : origin.pointer();
        String cause = rootCause(e);
        // A missing attribute the schema did not catch can only follow from an earlier drop.
        if (!cause.contains(NOT_SET)) {
          problems.add(WireProblem.of(ProblemKind.INVALID_VALUE, pointer,
              origin == null ? null : origin.position(),
              // The model states its invariants in English, and so the cause is quoted as is.
              ProblemText.of("modelRefuses", cause), ProblemText.of("expected.modelValue"),
              ProblemText.verbatim(failed.node.toString().length() > 200
                  ? failed.node.toString().substring(0, 200) + "…" : failed.node.toString())));
        }
        if (!lenient || failed.parent == null) {
          return null;
        }
        problems.dropped(pointer);
        remove(failed);
      }
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof JacksonException
        ? ((JacksonException) cause).getOriginalMessage() : String.valueOf(cause.getMessage());
  }

  /** The deepest object or array on {@code path}, with its parent and its key there. */
  private static Located locate(ObjectNode root, List<JacksonException.Reference> path) {
    Located at = new Located(root, null, null, -1);
    for (JacksonException.Reference step : path) {
      JsonNode child = step.getPropertyName() != null
          ? at.node.get(step.getPropertyName()) : at.node.get(step.getIndex());
      if (child == null || !child.isContainer()) {
        break;
      }
      at = new Located(child, at.node, step.getPropertyName(), step.getIndex());
    }
    return at;
  }

  private static void remove(Located located) {
    if (located.parent instanceof ArrayNode) {
      ((ArrayNode) located.parent).remove(located.index);
    } else if (located.parent instanceof ObjectNode && located.name != null) {
      ((ObjectNode) located.parent).remove(located.name);
    }
  }

  private record Located(JsonNode node, @Nullable JsonNode parent, @Nullable String name,
      int index) {}
}
