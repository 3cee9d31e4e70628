package nl.woonzorg.vera.match;

import org.apiguardian.api.API;

/**
 * Where a household's income lies against the income limit of passend toewijzen
 * (<i>inkomensgroep</i>); the household, or its corporation, tells — the limits depend on the
 * household's size and age and on the year, and incomes are not this module's business.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum IncomeBand {
  /**
   * At or below the limit (<i>doelgroep passend toewijzen</i>, the households eligible for
   * huurtoeslag): the home's rent must be within the year's capping limit for its size.
   */
  PASSEND_TOEWIJZEN,
  /** Above the limit (<i>boven de inkomensgrens</i>): passend toewijzen puts no cap on the rent. */
  ABOVE
}
