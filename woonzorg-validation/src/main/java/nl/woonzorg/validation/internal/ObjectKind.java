package nl.woonzorg.validation.internal;

import org.apiguardian.api.API;

/** The kinds of identified objects in a vision, each with its own id space. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public enum ObjectKind {
  /** A party (<i>partij</i>). */
  PARTY,
  /** An area (<i>gebied</i>), the vision's own included. */
  AREA,
  /** An ambition (<i>ambitie</i>). */
  AMBITION,
  /** A goal (<i>doel</i>). */
  GOAL,
  /** A prestatieafspraak. */
  AGREEMENT,
  /** An activity of the implementation programme. */
  ACTIVITY,
  /** A monitoring indicator. */
  INDICATOR,
  /** A covenant or pact. */
  COVENANT,
  /** A consultation (<i>overleg</i>). */
  CONSULTATION,
  /** A source of the analysis. */
  SOURCE,
  /** A supply-and-demand figure of the analysis. */
  FIGURE,
  /** A bottleneck (<i>knelpunt</i>) of the analysis. */
  BOTTLENECK,
  /** A finding (<i>bevinding</i>) of the analysis. */
  ANALYSIS_FINDING,
  /** A principle of the vision statement. */
  PRINCIPLE,
  /** A theme of the vision statement. */
  THEME
}
