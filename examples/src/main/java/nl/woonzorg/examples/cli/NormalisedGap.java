package nl.woonzorg.examples.cli;

import java.util.Optional;
import nl.woonzorg.analysis.gap.GapAnalysis;
import nl.woonzorg.analysis.gap.GapRow;
import nl.woonzorg.analysis.normalisation.Normalisation;
import nl.woonzorg.analysis.number.Fraction;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.model.area.AreaType;

/**
 * The gap of each row made comparable (<i>genormeerde opgave en index</i>), the same in text, JSON
 * and HTML: per so many of the area's population or dwellings, and indexed against the area's
 * region — the level just above it — and against the Netherlands, each = 100. Exact; empty where
 * a gap or base is not complete, as an index of partial sums would mean nothing. {@code label}
 * names the normalisation for people, e.g. {@code per 1,000 inhabitants}.
 */
record NormalisedGap(GapAnalysis analysis, AreaHierarchy hierarchy, Normalisation normalisation,
    String label) {

  /** The exact normalisation, for machines, e.g. {@code per 1000 INWONERS}. */
  String per() {
    return normalisation.toString();
  }

  /** The row's gap per the base. */
  Optional<Fraction> gap(GapRow row) {
    return row.normalised(row.gap(), normalisation);
  }

  /** The index against the area the row's area lies directly in; empty for the Netherlands. */
  Optional<Fraction> indexToRegion(GapRow row) {
    return hierarchy.parent(row.areaCode())
        .flatMap(parent -> analysis.index(row, normalisation, hierarchy.level(parent)));
  }

  /**
   * The index of the row of a region of the user's ({@link GapAnalysis#rows(
   * nl.woonzorg.analysis.region.Region)}) against the Netherlands: such a region lies in no area
   * of the hierarchy but the Netherlands, and its name is no CBS code to look an ancestor up by.
   */
  Optional<Fraction> regionIndexToNetherlands(GapRow row) {
    Optional<Fraction> base = analysis.row(AreaHierarchy.NETHERLANDS, row.category().code(),
        row.year(), row.scenario().orElse(null)).flatMap(this::gap)
        .filter(value -> value.signum() != 0);
    return gap(row).flatMap(own -> base.map(
        value -> own.multiply(Fraction.of(100)).divide(value)));
  }

  /** The index against the Netherlands; empty for the Netherlands itself. */
  Optional<Fraction> indexToNetherlands(GapRow row) {
    return row.level() == AreaType.LAND ? Optional.empty()
        : analysis.index(row, normalisation, AreaType.LAND);
  }
}
