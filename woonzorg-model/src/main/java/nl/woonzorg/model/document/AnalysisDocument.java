package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Analysis;
import nl.woonzorg.model.phase.Phase;
import nl.woonzorg.model.style.WoonzorgStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A woonzorganalyse or behoefteraming published on its own (<i>analysedocument</i>), e.g. the
 * "behoefteraming wonen met zorg voor ouderen" a research bureau draws up for a municipality and
 * its corporation: who made it, for whom, its figures, bottlenecks and findings, and the year it
 * looks ahead to.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@Value.Immutable
@WoonzorgStyle
public abstract class AnalysisDocument extends PolicyDocument {

  AnalysisDocument() {}

  /** The ids of the parties that made the analysis (<i>opsteller</i>), e.g. a research bureau. */
  public abstract List<@NotBlank String> getAuthorPartyIds();

  /** The ids of the parties it was made for (<i>opdrachtgever</i>); empty if not stated. */
  public abstract List<@NotBlank String> getCommissionerPartyIds();

  /** When it was published; empty if not stated. */
  public abstract Optional<LocalDate> getPublishedOn();

  /**
   * When it was published, where the source gives only a year, a part of a year or a month;
   * empty if not known or {@link #getPublishedOn()} gives the day. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid PartialDate> getPublishedIn();

  /** {@link #getPublishedOn()} as a day, else {@link #getPublishedIn()}. */
  @Override
  public Optional<PartialDate> issued() {
    return either(getPublishedOn(), getPublishedIn());
  }

  /**
   * Whom and what it is about (<i>onderwerp</i>): "wonen met zorg voor ouderen" is target group
   * ouderen and dwelling type wonen met zorg; empty if it does not narrow it down. Since 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@Valid Scope> getScope();

  /**
   * What it proposes on the strength of its findings (<i>voorstellen</i>, <i>aanbevelingen</i>),
   * each as a goal — "het aantal te realiseren woningen per wijk" is a target with a breakdown by
   * area — with the findings it rests on in {@link Goal#getFindingIds()}; empty if none. Since
   * format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid Goal> getProposals();

  /** The last year the analysis looks ahead to (<i>horizon</i>); empty if it names none. */
  public abstract Optional<Integer> getHorizonYear();

  /** The analysis itself: figures, bottlenecks, findings and their sources. */
  @Valid
  public abstract Analysis getAnalysis();

  @Override
  public HousingCareVision asVision() {
    return visionHeader().analysis(getAnalysis()).currentPhase(Phase.ANALYSE).build();
  }

  /** Builds an {@link AnalysisDocument}; id, title, area and analysis are required. */
  public static final class Builder extends ImmutableAnalysisDocument.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
