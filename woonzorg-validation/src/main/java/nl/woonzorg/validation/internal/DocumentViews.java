package nl.woonzorg.validation.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.AgreementsDocument;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.CovenantDocument;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.document.MonitorReport;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.document.ProgrammeDocument;
import nl.woonzorg.model.phase.Phase;
import org.apiguardian.api.API;

/**
 * A policy document seen as a vision that holds its part alone, under the property names the
 * document uses too, so that the vision rules that apply to it report at the document's own
 * pointers; and which kinds of object a document of each type holds, so that references to
 * objects of another document are not reported as unresolved. Stateless and thread-safe.
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

  /**
   * {@code document} as a vision with its header and its one part, in the phase of the cycle that
   * produces such a document.
   */
  public static HousingCareVision asVision(PolicyDocument document) {
    HousingCareVision.Builder view = HousingCareVision.builder()
        .id(document.getId())
        .title(document.getTitle())
        .area(document.getArea())
        .period(document.getPeriod())
        .parties(document.getParties())
        .areas(document.getAreas())
        .links(document.getLinks());
    if (document instanceof AnalysisDocument analysis) {
      view.analysis(analysis.getAnalysis()).currentPhase(Phase.ANALYSE);
    } else if (document instanceof AgreementsDocument agreements) {
      view.goals(agreements.getGoals()).agreements(agreements.getAgreements())
          .ambitions(agreements.getAmbitions())
          .currentPhase(Phase.AFSPRAKEN);
    } else if (document instanceof CovenantDocument covenant) {
      view.cooperation(covenant.getCooperation()).analysis(covenant.getAnalysis())
          .goals(covenant.getGoals()).agreements(covenant.getAgreements())
          .monitoring(covenant.getMonitoring())
          .currentPhase(Phase.AFSPRAKEN);
    } else if (document instanceof ProgrammeDocument programme) {
      view.programme(programme.getProgramme()).analysis(programme.getAnalysis())
          .vision(programme.getVision()).ambitions(programme.getAmbitions())
          .goals(programme.getGoals()).monitoring(programme.getMonitoring())
          .currentPhase(Phase.UITVOERING);
    } else if (document instanceof MonitorReport monitor) {
      view.monitoring(monitor.getMonitoring()).currentPhase(Phase.BORGING);
    }
    return view.build();
  }
}
