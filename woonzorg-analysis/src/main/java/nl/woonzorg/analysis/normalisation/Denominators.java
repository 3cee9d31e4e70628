package nl.woonzorg.analysis.normalisation;

import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.population.PopulationMeasure;
import org.apiguardian.api.API;

/**
 * What an area's figures can be normalised by (<i>noemers</i>): its population per measure and
 * its number of dwellings, each when known. A gap row and a regional figure are both read through
 * this, so that one {@link Normalisation} means the same everywhere.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Denominators {

  /** The area's count of {@code measure}; empty if not known exactly. */
  Optional<Fraction> population(PopulationMeasure measure);

  /** The area's number of dwellings; empty if not known exactly. */
  Optional<Fraction> dwellings();
}
