package nl.woonzorg.analysis.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.analysis.number.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** What paces, projections and backlogs must satisfy for any figures. */
class PacePropertiesTest {

  @Test
  void theRequiredPaceOverThePeriodsLeftIsWhatRemains() {
    qt().forAll(fractions(), fractions(), longs().between(1, 100))
        .checkAssert((target, realised, periods) -> {
          RequiredPace required = RequiredPace.of(target, realised, periods);
          assertEquals(target.subtract(realised),
              required.pace().multiply(Fraction.of(periods)));
        });
  }

  @Test
  void aPaceOfZeroOrBelowGivesNoProjection() {
    qt().forAll(fractions(), fractions(), fractions(), fractions())
        .checkAssert((now, target, realised, pace) -> assertEquals(Optional.empty(),
            Projection.of(now, target, realised, pace.min(Fraction.ZERO)).reachedAt()));
  }

  @Test
  void atThePositivePaceTheTargetIsReachedExactlyAtTheProjectedTime() {
    qt().forAll(fractions(), fractions(), fractions(), positiveFractions())
        .checkAssert((now, target, realised, pace) -> {
          Fraction time = Projection.of(now, target, realised, pace).reachedAt().orElseThrow();
          assertEquals(target, realised.add(pace.multiply(time.subtract(now))));
        });
  }

  @Test
  void aBacklogIsNeverNegativeAndCarriesWhatWasNotRealised() {
    qt().forAll(amounts(), lists().of(amounts().zip(amounts(), (t, r) -> List.of(t, r)))
            .ofSizeBetween(0, 12))
        .checkAssert((opening, figures) -> {
          List<TargetPeriod> periods = new ArrayList<>();
          for (int i = 0; i < figures.size(); i++) {
            periods.add(TargetPeriod.of("p" + i, figures.get(i).get(0), figures.get(i).get(1)));
          }
          BacklogSeries series = BacklogSeries.of(opening, periods);
          Fraction carried = opening;
          int run = 0;
          for (PeriodOutcome outcome : series.outcomes()) {
            assertEquals(carried, outcome.previousBacklog());
            Fraction shortfall = outcome.period().target().add(carried)
                .subtract(outcome.period().realised());
            carried = shortfall.max(Fraction.ZERO);
            assertEquals(carried, outcome.backlog());
            assertTrue(outcome.backlog().signum() >= 0);
            run = outcome.missed() ? run + 1 : 0;
          }
          assertEquals(carried, series.backlog());
          assertEquals(run, series.consecutiveMissed());
        });
  }

  private static Gen<Fraction> fractions() {
    return longs().between(-1_000_000_000L, 1_000_000_000L)
        .zip(longs().between(1, 1_000_000L), Fraction::of);
  }

  private static Gen<Fraction> positiveFractions() {
    return longs().between(1, 1_000_000_000L).zip(longs().between(1, 1_000_000L), Fraction::of);
  }

  /** Amounts of zero or more, whole and not, e.g. homes or people. */
  private static Gen<Fraction> amounts() {
    return longs().between(0, 1_000).zip(longs().between(1, 4), Fraction::of);
  }
}
