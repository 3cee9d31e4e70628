package nl.woonzorg.model.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.analysis.Source;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.time.PartialDate;
import nl.woonzorg.model.time.YearPeriod;
import org.apiguardian.api.API;

/**
 * What every stand-alone document of the woonzorg cycle has besides its content (<i>kop van een
 * beleidsdocument</i>): an id, a title, the area it covers, the years it covers if it names them,
 * its parties, the areas within it that its content refers to, and the sources it rests on. The
 * analysis, the uitvoeringsprogramma, the prestatieafspraken, the samenwerkingsovereenkomst and
 * the monitor each extend it; their content sits under the same property names as in a {@link
 * nl.woonzorg.model.HousingCareVision}, so that a JSON Pointer means the same in both.
 *
 * <p>Subclasses are immutable and thread-safe; every attribute is non-null.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public abstract class PolicyDocument {

  /** For the document kinds of the model only. */
  protected PolicyDocument() {}

  /** The document's id, unique among the documents a system exchanges; never blank. */
  @NotBlank
  public abstract String getId();

  /** The title as published, e.g. "Ouder en Wijzer"; never blank. */
  @NotBlank
  public abstract String getTitle();

  /** The area the document covers: a municipality, or a region of several. */
  @Valid
  public abstract Area getArea();

  /**
   * The years the document covers; empty where the document names none. Whether one is needed is
   * for validation to say, per profile.
   */
  public abstract Optional<@Valid YearPeriod> getPeriod();

  /** The parties that made, commissioned, signed or carry out the document, in order. */
  public abstract List<@Valid Party> getParties();

  /** The areas within the document's area that its content refers to, in order. */
  public abstract List<@Valid Area> getAreas();

  /** The publications the document rests on or was taken from, in order; empty if none. */
  public abstract List<@Valid Source> getSources();

  /**
   * Its typed links to other policy documents (<i>verwijzingen</i>): the woonvisie it builds on,
   * the covenant it carries out, the addendum it has; empty if none. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@Valid DocumentLink> getLinks();

  /**
   * The parts the document is made of, in its order (<i>opbouw</i>): "bestaande uit een visie,
   * verkenning en voorstellen"; empty if not stated. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<DocumentSection> getSections();

  /**
   * The day the document was signed, adopted or published, as precisely as the document says it:
   * a kind's full date ({@code signedOn}, {@code adoptedOn}, {@code publishedOn}) as a day, else
   * its partial one ({@code signedIn}, {@code adoptedIn}, {@code publishedIn}); empty if neither
   * is given. Each kind says which of its dates this is.
   *
   * @since 0.2.0
   */
  public Optional<PartialDate> issued() {
    return Optional.empty();
  }

  /**
   * This document as a vision that holds its header and its one part under the same property
   * names, in the phase of the cycle that produces such a document; so that what a document
   * shares with a vision (references, ids, area codes, goals against measurements) can be
   * checked and shown as for a vision, at the document's own JSON Pointers. The view has no
   * adoption date, status or history of its own: a document's own date stays with the document.
   *
   * @since 0.2.0
   */
  public HousingCareVision asVision() {
    return visionHeader().build();
  }

  /**
   * A vision builder with this document's header: id, title, area, period, parties, areas and
   * links.
   */
  protected final HousingCareVision.Builder visionHeader() {
    return HousingCareVision.builder()
        .id(getId())
        .title(getTitle())
        .area(getArea())
        .period(getPeriod())
        .parties(getParties())
        .areas(getAreas())
        .links(getLinks());
  }

  /**
   * The day the rules take the document to speak as of: the first day of {@link #issued()} — the
   * full date itself if given, else e.g. 1 January for "2018" and 1 March for "voorjaar 2021".
   * The one place that turns a partial date into the date the rules use.
   *
   * @since 0.2.0
   */
  public final Optional<LocalDate> documentDate() {
    return issued().map(PartialDate::firstDay);
  }

  /** The full date if given, else the partial one: the body of each kind's {@link #issued()}. */
  static Optional<PartialDate> either(Optional<LocalDate> full, Optional<PartialDate> partial) {
    return full.map(PartialDate::of).or(() -> partial);
  }

  /** The party with id {@code id}, if the document has one. */
  public Optional<Party> findParty(String id) {
    Objects.requireNonNull(id, "id");
    return getParties().stream().filter(party -> party.getId().equals(id)).findFirst();
  }

  /** The area with id {@code id}: the document's own area or one of {@link #getAreas()}. */
  public Optional<Area> findArea(String id) {
    Objects.requireNonNull(id, "id");
    return getArea().getId().equals(id) ? Optional.of(getArea())
        : getAreas().stream().filter(area -> area.getId().equals(id)).findFirst();
  }
}
