package nl.woonzorg.model.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import nl.woonzorg.model.constraint.NotBlankWhenPresent;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.style.WoonzorgStyle;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;

/**
 * A performance agreement (<i>prestatieafspraak</i>): what municipality, housing corporations,
 * tenants' organisations and — as the Taskforce Wonen en Zorg urges — care and welfare
 * organisations and the zorgkantoor commit to, to realise the goals of the woonzorgvisie.
 * Agreements are often multi-year on main lines and filled in by {@linkplain #getYearSlices()
 * yearly slices}; good agreements refer to goals, covenants and other agreements by id instead of
 * repeating them.
 *
 * <p>An agreement has one of six {@linkplain AgreementType types}, or none where its document
 * does not say (format 1.1), and only the terms of its own type: a {@link
 * AgreementType#PROCESAFSPRAAK} may carry {@link #getProcessTerms() process terms} but never
 * {@link #getIntentTerms() intent terms}, and an agreement without a type carries no terms.
 * Building an agreement with terms of another type fails. Terms of its own type may still be
 * absent in a draft.
 *
 * <p>Only the id, title and domain are mandatory; validation reports what a complete agreement
 * still misses (its type, signatories, SMART-ness where the type demands it).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
@WoonzorgStyle
public abstract class PerformanceAgreement {

  PerformanceAgreement() {}

  /** The identifier other agreements, activities and reports refer to; never blank. */
  @NotBlank
  public abstract String getId();

  /** A short title; never blank. */
  @NotBlank
  public abstract String getTitle();

  /** The agreement in words, as the parties wrote it; empty if the title says it all. */
  public abstract Optional<@NotBlankWhenPresent String> getDescription();

  /**
   * The type of agreement, which decides which terms it may carry and whether it must be SMART;
   * empty if the document does not say, as many real ones do not ("in het pact zijn afspraken
   * gemaakt over leefbaarheid"): an agreement without a type carries no terms, and the validator
   * says when a type is needed. Optional since format 1.1, required before.
   *
   * @since 0.2.0 (returns an {@code Optional}; before, the type itself)
   */
  public abstract Optional<AgreementType> getType();

  /** The policy domain the agreement belongs to. */
  public abstract AgreementDomain getDomain();

  /** The content theme after Platform31 (2016); empty if not classified. */
  public abstract Optional<AgreementTheme> getTheme();

  /**
   * The level at which the agreement is made (<i>niveau</i>), e.g. "afspraken op projectniveau";
   * empty if not stated. Since format 1.1.
   *
   * @since 0.2.0
   */
  public abstract Optional<AgreementLevel> getLevel();

  /**
   * The subject in free text, as Overzicht 1 names it, e.g. "geclusterd wonen"; empty if not
   * named.
   */
  public abstract Optional<@NotBlankWhenPresent String> getTopic();

  /** The parties and their roles, in order; empty if not named yet. */
  public abstract List<@Valid AgreementParty> getParties();

  /** The ids of the goals the agreement serves, in order; empty if it is linked to none. */
  public abstract List<@NotBlank String> getGoalIds();

  /**
   * For whom, for which dwelling types and where the agreement applies, as a goal's {@linkplain
   * nl.woonzorg.model.goal.Goal#getScope() scope}; empty if the agreement does not say beyond its goals. Since format 1.1.
   */
  public abstract Optional<@Valid Scope> getScope();

  /** The measures taken under the agreement, in order; empty if none are listed. */
  public abstract List<@Valid Measure> getMeasures();

  /** The years the agreement runs; empty if not fixed. */
  public abstract Optional<@Valid YearPeriod> getPeriod();

  /** What is to be reached over the whole period, e.g. 110 dwellings; empty if not quantified. */
  public abstract Optional<@Valid Quantity> getTarget();

  /** When the agreement must be fulfilled; empty if no deadline is set. */
  public abstract Optional<@Valid Deadline> getDeadline();

  /** The yearly slices (<i>jaarschijven</i>), in order; empty if not filled in. */
  public abstract List<@Valid YearSlice> getYearSlices();

  /** The terms of a {@link AgreementType#PROCESAFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid ProcessTerms> getProcessTerms();

  /** The terms of a {@link AgreementType#BESCHRIJVENDE_AFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid DescriptiveTerms> getDescriptiveTerms();

  /** The terms of an {@link AgreementType#INTENTIEAFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid IntentTerms> getIntentTerms();

  /** The terms of a {@link AgreementType#HANDELINGSAFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid ActionTerms> getActionTerms();

  /** The terms of a {@link AgreementType#GARANTIEAFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid GuaranteeTerms> getGuaranteeTerms();

  /** The terms of a {@link AgreementType#TRANSACTIEAFSPRAAK}; empty for every other type. */
  public abstract Optional<@Valid TransactionTerms> getTransactionTerms();

  /** The ids of agreements this one builds on or refers to, in order; empty if none. */
  public abstract List<@NotBlank String> getRelatedAgreementIds();

  /** The ids of the covenants or pacts the agreement belongs to, in order; empty if none. */
  public abstract List<@NotBlank String> getCovenantIds();

  /** The ids of the monitoring indicators that follow the agreement, in order; empty if none. */
  public abstract List<@NotBlank String> getIndicatorIds();

  /**
   * The other policy documents this agreement refers to instead of repeating them — werkafspraken,
   * inkoopvoorwaarden, the huisvestingsverordening — in the order given; empty if none. Since
   * format 1.1.
   */
  public abstract List<@Valid DocumentLink> getLinks();

  /**
   * Whether the agreement is of {@code type}.
   *
   * @param type the type asked for
   * @return {@code true} if {@link #getType()} is {@code type}; {@code false} for an agreement of
   *     another type or without one
   * @since 0.2.0
   */
  public boolean isOfType(AgreementType type) {
    return getType().filter(type::equals).isPresent();
  }

  /**
   * The ids of the parties that play {@code role}, in the order of {@link #getParties()}, each
   * once.
   *
   * @param role the role asked for
   * @return an immutable list; empty if no party plays that role
   */
  public List<String> partyIdsWithRole(PartyRole role) {
    return getParties().stream()
        .filter(party -> party.getRoles().contains(role))
        .map(AgreementParty::getPartyId)
        .distinct()
        .toList();
  }

  @Value.Check
  final void check() {
    List<String> foreign = new ArrayList<>();
    addIfForeign(foreign, "processTerms", getProcessTerms(), AgreementType.PROCESAFSPRAAK);
    addIfForeign(
        foreign, "descriptiveTerms", getDescriptiveTerms(), AgreementType.BESCHRIJVENDE_AFSPRAAK);
    addIfForeign(foreign, "intentTerms", getIntentTerms(), AgreementType.INTENTIEAFSPRAAK);
    addIfForeign(foreign, "actionTerms", getActionTerms(), AgreementType.HANDELINGSAFSPRAAK);
    addIfForeign(foreign, "guaranteeTerms", getGuaranteeTerms(), AgreementType.GARANTIEAFSPRAAK);
    addIfForeign(
        foreign, "transactionTerms", getTransactionTerms(), AgreementType.TRANSACTIEAFSPRAAK);
    if (!foreign.isEmpty()) {
      throw new IllegalStateException("agreement '" + getId() + "' "
          + getType().map(type -> "is of type " + type).orElse("has no type") + " but has "
          + String.join(", and ", foreign));
    }
  }

  private void addIfForeign(
      List<String> foreign, String attribute, Optional<?> terms, AgreementType owner) {
    if (terms.isPresent() && !isOfType(owner)) {
      foreign.add(attribute + ", which belong to type " + owner);
    }
  }

  /** A builder for agreements; {@code id}, {@code title} and {@code domain} must be set. */
  public static final class Builder extends ImmutablePerformanceAgreement.Builder {}

  /**
   * Returns a new, empty builder.
   *
   * @return the builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }
}
