package nl.woonzorg.validation.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.woonzorg.model.document.DocumentType;
import org.apiguardian.api.API;

/**
 * Which kinds of object a document of each type holds, so that references to objects of another
 * document are not reported as unresolved; the document itself is checked as the vision {@link
 * nl.woonzorg.model.document.PolicyDocument#asVision()} makes of it. Stateless and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class DocumentViews {

  private static final Set<ObjectKind> HEADER = EnumSet.of(ObjectKind.PARTY, ObjectKind.AREA);

  private static final Map<DocumentType<?>, Set<ObjectKind>> HELD = Map.of(
      DocumentType.ANALYSIS, with(ObjectKind.SOURCE, ObjectKind.FIGURE, ObjectKind.BOTTLENECK,
          ObjectKind.ANALYSIS_FINDING),
      DocumentType.AGREEMENTS, with(ObjectKind.GOAL, ObjectKind.AGREEMENT),
      DocumentType.COVENANT, with(ObjectKind.COVENANT, ObjectKind.CONSULTATION),
      DocumentType.PROGRAMME, with(ObjectKind.ACTIVITY),
      DocumentType.MONITOR, with(ObjectKind.INDICATOR));

  private DocumentViews() {}

  private static Set<ObjectKind> with(ObjectKind first, ObjectKind... rest) {
    Set<ObjectKind> kinds = EnumSet.of(first, rest);
    kinds.addAll(HEADER);
    return Set.copyOf(kinds);
  }

  // A programme's, covenant's or agreements document's own goals, ambitions and findings (format
  // 1.1) do not make them hold that kind: their references may still point into the vision or
  // another document of the cycle, so they are not required to resolve within the document.

  /**
   * Whether a document of {@code type} holds objects of {@code kind}, so that a reference to one
   * must resolve within it; a vision holds every kind.
   */
  public static boolean holds(DocumentType<?> type, ObjectKind kind) {
    Set<ObjectKind> held = HELD.get(type);
    return held == null || held.contains(kind);
  }
}
