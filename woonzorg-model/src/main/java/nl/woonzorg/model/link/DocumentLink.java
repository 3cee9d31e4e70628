package nl.woonzorg.model.link;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.Valid;
import java.util.Optional;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.PartialDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A typed link to another policy document (<i>verwijzing</i>): "deze woonzorgvisie bouwt voort op
 * de Woonvisie 2020", "addendum bij het convenant Wonen met zorg", an agreement that refers to the
 * zorgkantoor's inkoopvoorwaarden. A {@link PolicyDocumentKind#WOONZORGDOCUMENT} is named by its
 * id; another document by its title and, where it has one, its address.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class DocumentLink {

  DocumentLink() {}

  /** How the linking document stands to the one linked. */
  @Value.Parameter
  public abstract DocumentRelation getRelation();

  /** The kind of document linked. */
  @Value.Parameter
  public abstract PolicyDocumentKind getKind();

  /** The id of the woonzorg document linked; empty for a document of another kind. */
  public abstract Optional<@NotBlankWhenPresent String> getDocumentId();

  /** The document's title, e.g. {@code "Woonvisie 2020-2030"}; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getTitle();

  /** Where it is published, e.g. an address on officielebekendmakingen.nl; empty if not given. */
  public abstract Optional<@NotBlankWhenPresent String> getAddress();

  /** When it was adopted or published, as precisely as known; empty if not given. */
  public abstract Optional<@Valid PartialDate> getIssued();

  /**
   * The ids of the parties of the linking document that made or helped make the linked one, or
   * are to make it, e.g. the zorgkantoor "mede dankzij wiens inzet" a regiovisie was adopted;
   * empty if not stated. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract List<@NotBlank String> getPartyIds();

  /**
   * What the link is for, in words, e.g. an addendum added "om op de bestaande afspraken meer
   * urgentie en snelheid te realiseren"; empty if not stated. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<@NotBlankWhenPresent String> getPurpose();

  /** Returns a link with {@code relation} to the document of {@code kind} titled {@code title}. */
  public static DocumentLink of(DocumentRelation relation, PolicyDocumentKind kind, String title) {
    return builder().relation(relation).kind(kind).title(title).build();
  }

  /** Returns a link with {@code relation} to the woonzorg document {@code documentId}. */
  public static DocumentLink toDocument(DocumentRelation relation, String documentId) {
    return builder().relation(relation).kind(PolicyDocumentKind.WOONZORGDOCUMENT)
        .documentId(documentId).build();
  }

  /** Builds a {@link DocumentLink}; {@code build()} throws if relation or kind is missing. */
  public static final class Builder extends ImmutableDocumentLink.Builder {}

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }
}
