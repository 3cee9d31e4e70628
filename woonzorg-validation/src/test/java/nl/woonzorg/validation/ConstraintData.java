package nl.woonzorg.validation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.agreement.ActionTerms;
import nl.woonzorg.model.agreement.AgreementDomain;
import nl.woonzorg.model.agreement.AgreementParty;
import nl.woonzorg.model.agreement.AgreementType;
import nl.woonzorg.model.agreement.DescriptiveTerms;
import nl.woonzorg.model.agreement.Exchange;
import nl.woonzorg.model.agreement.GuaranteeTerms;
import nl.woonzorg.model.agreement.IntentTerms;
import nl.woonzorg.model.agreement.Measure;
import nl.woonzorg.model.agreement.PartyRole;
import nl.woonzorg.model.agreement.PerformanceAgreement;
import nl.woonzorg.model.agreement.ProcessTerms;
import nl.woonzorg.model.agreement.TransactionTerms;
import nl.woonzorg.model.agreement.YearSlice;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.fixture.GemeenteA;
import nl.woonzorg.model.goal.Ambition;
import nl.woonzorg.model.goal.Breakdown;
import nl.woonzorg.model.goal.BreakdownDimension;
import nl.woonzorg.model.goal.BreakdownPart;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.CriterionKind;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.party.Party;
import nl.woonzorg.model.party.PartyType;
import nl.woonzorg.model.programme.Budget;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import nl.woonzorg.model.vera.UnitKind;
import org.quicktheories.core.Gen;

/**
 * Generators of model objects in which every constrained value is drawn either from values that
 * Hibernate Validator accepts or from values it rejects, the two lying close together: text of
 * Unicode whitespace beside text of characters that only look blank, codes one character off,
 * zero beside one and minus zero. Each object first draws how often its values are defective —
 * never, rarely or often — so that clean and defective objects both come up.
 *
 * <p>The validation module cannot use the testkit's generators, as the testkit depends on it.
 * Objects are decoded from a list of numbers, which QuickTheories shrinks; when the numbers run
 * out every remaining choice is the first, clean one.
 */
final class ConstraintData {

  /** Not blank for {@code @NotBlank} and {@code @NotBlankWhenPresent}, several only just. */
  static final List<String> TEXT = List.of("doel-1", "a", " x ", "\u00A0", "\u0000", "\u200B",
      "\u0085", "\uD800", "\uD83C\uDFE0", "x\n");

  /** Blank: nothing, or only characters for which {@link Character#isWhitespace} holds. */
  static final List<String> BLANK = List.of("", " ", "\t", "\n\r", "\u2003", "\u3000", "\u001F",
      "\u2028", "\u000B");

  private static final List<String> POSTCODES = List.of("1011AB", "9999ZZ", "1000AA");
  private static final List<String> BAD_POSTCODES =
      List.of("0123AB", "1011ab", "1011 AB", "1011A", "1011ABC", "1011AB\n");
  private static final List<String> BAD_MUNICIPALITIES =
      List.of("GM036", "gm0363", "GM0363 ", "GM\u0660\u0663\u0666\u0663", "0363", "GM03630");
  private static final List<BigDecimal> AMOUNTS = List.of(BigDecimal.ZERO,
      new BigDecimal("-0.00"), new BigDecimal("0.01"), new BigDecimal("1E+3"));
  private static final List<BigDecimal> NEGATIVE_AMOUNTS =
      List.of(new BigDecimal("-0.01"), new BigDecimal("-1E-10"), BigDecimal.valueOf(-5000));
  private static final List<Integer> POSITIVE = List.of(1, 2, 7, Integer.MAX_VALUE);
  private static final List<Integer> NOT_POSITIVE = List.of(0, -1, Integer.MIN_VALUE);

  private ConstraintData() {}

  static Gen<Dwelling> dwellings() {
    return draws(ConstraintData::dwelling);
  }

  static Gen<Goal> goals() {
    return draws(ConstraintData::goal);
  }

  static Gen<PerformanceAgreement> agreements() {
    return draws(ConstraintData::agreement);
  }

  /** Gemeente A with generated goals, agreements, areas, parties and ambitions added. */
  static Gen<HousingCareVision> visions() {
    return draws(ConstraintData::vision);
  }

  private static <T> Gen<T> draws(Function<Draws, T> decoder) {
    return lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 600)
        .map(numbers -> decoder.apply(new Draws(numbers)));
  }

  static Dwelling dwelling(Draws d) {
    return Dwelling.builder()
        .id(d.text())
        .unitKind(UnitKind.WOONRUIMTE)
        // The valid codes nest, as a record must: GM0363 holds WK036301, which holds BU03630101.
        .municipalityCode(d.optional(() -> d.value(List.of("GM0363"), BAD_MUNICIPALITIES)))
        .districtCode(d.optional(
            () -> d.value(List.of("WK036301"), List.of("WK36301", "wk036301"))))
        .neighbourhoodCode(d.optional(
            () -> d.value(List.of("BU03630101"), List.of("BU0363010", "BU036301011"))))
        .postalCode(d.optional(() -> d.value(POSTCODES, BAD_POSTCODES)))
        .rooms(d.optional(() -> d.value(POSITIVE, NOT_POSITIVE)))
        .ownerPartyId(d.optionalText())
        .build();
  }

  static Goal goal(Draws d) {
    return Goal.builder()
        .id(d.text())
        .title(d.text())
        .description(d.optionalText())
        .ambitionId(d.optionalText())
        .indicator(d.optionalText())
        .indicatorId(d.optionalText())
        .target(d.optional(() -> Quantity.of(d.below(200), Unit.WONINGEN)))
        .deadline(d.optional(() -> Deadline.ofYear(2030)))
        .scope(Scope.builder().addAllAreaIds(d.list(d::text)).build())
        .ownerPartyIds(d.list(d::text))
        .breakdowns(d.list(() -> Breakdown.builder()
            .dimension(d.pick(List.of(BreakdownDimension.values())))
            .parts(d.list(() -> BreakdownPart.builder()
                .label(d.text())
                .value(BigDecimal.valueOf(d.below(50)))
                .areaId(d.optionalText())
                .partyId(d.optionalText())
                .build()))
            .build()))
        .criteria(d.list(() -> Criterion.builder()
            .kind(d.pick(List.of(CriterionKind.values())))
            .value(d.optional(() -> Quantity.of(d.below(1000), Unit.METER)))
            .description(d.optionalText())
            .build()))
        .build();
  }

  static PerformanceAgreement agreement(Draws d) {
    AgreementType type = d.pick(List.of(AgreementType.values()));
    PerformanceAgreement.Builder agreement = PerformanceAgreement.builder()
        .id(d.text())
        .title(d.text())
        .type(type)
        .domain(d.pick(List.of(AgreementDomain.values())))
        .description(d.optionalText())
        .topic(d.optionalText())
        .parties(d.list(() -> AgreementParty.builder()
            .partyId(d.text())
            .roles(d.defective() ? EnumSet.noneOf(PartyRole.class)
                : EnumSet.of(d.pick(List.of(PartyRole.values()))))
            .build()))
        .goalIds(d.list(d::text))
        .measures(d.list(() -> Measure.builder()
            .description(d.text())
            .partyIds(d.list(d::text))
            .budget(d.optional(() -> Budget.builder()
                .amountEuro(d.optional(() -> d.value(AMOUNTS, NEGATIVE_AMOUNTS)))
                .financierPartyId(d.optionalText())
                .note(d.optionalText())
                .build()))
            .build()))
        .period(d.optional(() -> YearPeriod.of(2022, 2025)))
        .yearSlices(d.list(() -> YearSlice.builder()
            .year(2022 + d.below(4))
            .description(d.optionalText())
            .build()))
        .relatedAgreementIds(d.list(d::text))
        .covenantIds(d.list(d::text))
        .indicatorIds(d.list(d::text));
    if (d.below(4) > 0) {
      terms(d, type, agreement);
    }
    return agreement.build();
  }

  /** The terms of {@code type}, the only ones an agreement of that type may carry. */
  private static void terms(Draws d, AgreementType type, PerformanceAgreement.Builder agreement) {
    switch (type) {
      case PROCESAFSPRAAK -> agreement.processTerms(ProcessTerms.builder()
          .cycle(d.text())
          .frequency(d.optional(() -> Frequency.of(d.value(POSITIVE, NOT_POSITIVE),
              d.pick(List.of(CalendarPeriod.values())))))
          .renewalIntervalYears(d.optional(() -> d.value(POSITIVE, NOT_POSITIVE)))
          .evaluationAfterYears(d.optional(() -> d.value(POSITIVE, NOT_POSITIVE)))
          .build());
      case BESCHRIJVENDE_AFSPRAAK -> agreement.descriptiveTerms(DescriptiveTerms.of(d.text()));
      case INTENTIEAFSPRAAK -> agreement.intentTerms(IntentTerms.of(d.text(), d.text()));
      case HANDELINGSAFSPRAAK -> agreement.actionTerms(ActionTerms.builder()
          .activities(d.list(d::text))
          .timing(d.optionalText())
          .build());
      case GARANTIEAFSPRAAK -> agreement.guaranteeTerms(GuaranteeTerms.builder()
          .obligation(d.text())
          .costBearerPartyIds(d.list(d::text))
          .costSharing(d.optionalText())
          .build());
      case TRANSACTIEAFSPRAAK -> agreement.transactionTerms(TransactionTerms.builder()
          .exchanges(d.list(() -> Exchange.of(d.text(), d.text(), d.text())))
          .build());
    }
  }

  static HousingCareVision vision(Draws d) {
    HousingCareVision vision = GemeenteA.vision();
    return HousingCareVision.builder().from(vision)
        .id(d.text())
        .title(d.text())
        .addAllGoals(d.list(() -> goal(d)))
        .addAllAgreements(d.list(() -> agreement(d)))
        .addAllAreas(d.list(() -> Area.builder()
            .id(d.text())
            .type(AreaType.KERN)
            .name(d.text())
            .code(d.optionalText())
            .parentId(d.optionalText())
            .memberIds(d.list(d::text))
            .build()))
        .addAllParties(d.list(() -> Party.builder()
            .id(d.text())
            .name(d.text())
            .type(d.pick(List.of(PartyType.values())))
            .areaId(d.optionalText())
            .build()))
        .addAllAmbitions(d.list(() -> Ambition.builder()
            .id(d.text())
            .statement(d.text())
            .themeId(d.optionalText())
            .build()))
        .build();
  }

  /** The choices an object is decoded from. Not thread-safe: one per object. */
  static final class Draws {

    private final List<Integer> numbers;
    private int next;
    /** One value in this many is defective; 0 for none. */
    private final int defectEvery;

    Draws(List<Integer> numbers) {
      this.numbers = numbers;
      this.defectEvery = List.of(0, 40, 6).get(below(3));
    }

    int below(int bound) {
      return next < numbers.size() ? numbers.get(next++) % bound : 0;
    }

    <T> T pick(List<T> options) {
      return options.get(below(options.size()));
    }

    boolean defective() {
      return defectEvery > 0 && below(defectEvery) == defectEvery - 1;
    }

    /** One of {@code good}, or now and then one of {@code bad}. */
    <T> T value(List<T> good, List<T> bad) {
      return defective() ? pick(bad) : pick(good);
    }

    String text() {
      return value(TEXT, BLANK);
    }

    Optional<String> optionalText() {
      return optional(this::text);
    }

    <T> Optional<T> optional(Supplier<T> value) {
      return below(2) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    <T> List<T> list(Supplier<T> element) {
      List<T> out = new ArrayList<>();
      for (int i = below(4); i > 0; i--) {
        out.add(element.get());
      }
      return out;
    }
  }
}
